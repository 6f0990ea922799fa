// Where the editor shows a finding of the checks engine: the item (and question) it points to.
import type { Finding, FindingLocation } from '../../core/checks/index.ts';
import { isMissingAnswer } from '../../core/checks/index.ts';
import type { Reminder } from '../../core/register/reminders.ts';
import type { Template } from '../../core/template/schema.ts';
import type { OpenableKind } from './open-request.tsx';
import type { View } from './view.ts';

export interface FindingTarget {
  view: View;
  questionId: string | null;
  /** The one camera, risk or measure to open on that page. */
  entity?: { kind: OpenableKind; id: string };
}

const REGISTER_TYPE = { camera: 'cameras', risk: 'risks', measure: 'measures' } as const;

/** The page that holds what a finding points to; assessment-level findings go to the summary pages. */
export function findingTarget(location: FindingLocation, template: Template): FindingTarget | null {
  for (const section of template.sections) {
    for (const item of section.items) {
      if (location.kind === 'item' && item.id === location.id)
        return { view: { kind: 'item', itemId: item.id }, questionId: null };
      for (const question of item.questions) {
        const hit =
          (location.kind === 'question' && question.id === location.id) ||
          ((location.kind === 'camera' || location.kind === 'risk' || location.kind === 'measure') &&
            question.type === REGISTER_TYPE[location.kind]);
        if (!hit) continue;
        const target: FindingTarget = { view: { kind: 'item', itemId: item.id }, questionId: question.id };
        if (location.kind === 'camera' || location.kind === 'risk' || location.kind === 'measure')
          target.entity = { kind: location.kind, id: location.id };
        return target;
      }
    }
  }
  if (location.kind === 'assessment') {
    return {
      view: {
        kind: location.id.startsWith('opinions') || location.id === 'validation' ? 'validation' : 'overview',
      },
      questionId: null,
    };
  }
  return null;
}

/**
 * Where a reminder of the register leads: the late measure itself (or the action plan), the camera inventory for an
 * authorisation, the
 * overview (where the review date is set) for a review, the decision for an assessment left in draft or review.
 */
export function reminderTarget(reminder: Reminder, template: Template): FindingTarget | null {
  switch (reminder.kind) {
    case 'measure': {
      const target = reminder.measureId
        ? findingTarget({ kind: 'measure', id: reminder.measureId }, template)
        : null;
      // A template without a register of measures still has the action plan, where deadlines are listed.
      return target ?? { view: { kind: 'action-plan' }, questionId: null };
    }
    case 'authorisation': {
      const target = findingTarget({ kind: 'camera', id: '' }, template);
      return target ? { view: target.view, questionId: target.questionId } : null;
    }
    case 'review':
      return findingTarget({ kind: 'assessment', id: 'meta.reviewDate' }, template);
    case 'stale':
      return findingTarget({ kind: 'assessment', id: 'validation' }, template);
  }
}

export { isMissingAnswer };

/** The findings that point into one item (its questions, or the registers it holds), missing answers aside. */
export function findingsOfItem(findings: readonly Finding[], itemId: string, template: Template): Finding[] {
  return findings.filter((f) => {
    if (isMissingAnswer(f)) return false;
    const target = findingTarget(f.location, template);
    return target?.view.kind === 'item' && target.view.itemId === itemId;
  });
}
