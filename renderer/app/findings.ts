// Where the editor shows a finding of the checks engine: the item (and question) it points to.
import type { Finding, FindingLocation } from '../../core/checks/index.ts';
import { isMissingAnswer } from '../../core/checks/index.ts';
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

export { isMissingAnswer };

/** The findings that point into one item (its questions, or the registers it holds), missing answers aside. */
export function findingsOfItem(findings: readonly Finding[], itemId: string, template: Template): Finding[] {
  return findings.filter((f) => {
    if (isMissingAnswer(f)) return false;
    const target = findingTarget(f.location, template);
    return target?.view.kind === 'item' && target.view.itemId === itemId;
  });
}
