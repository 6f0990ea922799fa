// The editor's derived views of an assessment: progress counts, the action plan, and where a finding leads.
import { describe, expect, it } from 'vitest';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import { blankMeasure, blankRisk } from '../../core/assessment/blank-entities.ts';
import { buildActionPlan } from '../../renderer/app/action-plan.ts';
import { findingTarget, findingsOfItem } from '../../renderer/app/findings.ts';
import { isAnswered } from '../../core/assessment/is-answered.ts';
import { itemProgress, templateProgress } from '../../renderer/app/progress.ts';
import { runChecks } from '../../core/checks/index.ts';

const { assessment: example, template } = await buildExampleDocument();

describe('progress', () => {
  it('counts the example as complete and a blank answer as missing', () => {
    expect(templateProgress(template, example)).toEqual({ answered: 57, required: 57 });
    const item = template.sections[1]!.items[0]!;
    const blank = {
      ...example,
      answers: { ...example.answers, 'context.description': { type: 'richtext' as const, text: '  ' } },
    };
    expect(itemProgress(item, blank).answered).toBe(itemProgress(item, example).answered - 1);
  });

  it('counts a register question as answered when the register is not empty', () => {
    const question = template.sections
      .flatMap((s) => s.items)
      .flatMap((i) => i.questions)
      .find((q) => q.type === 'cameras')!;
    expect(isAnswered(question, example)).toBe(true);
    expect(isAnswered(question, { ...example, cameras: [] })).toBe(false);
  });
});

describe('action plan', () => {
  it('lists planned measures by deadline with overdue and incomplete flags, then the verdicts to act on', () => {
    const late = {
      ...blankMeasure('00000000-0000-4000-8000-000000000001', 'Late'),
      owner: 'CSU',
      deadline: '2026-01-10',
    };
    const soon = { ...blankMeasure('00000000-0000-4000-8000-000000000002', 'Soon'), deadline: '2026-03-01' };
    const done = {
      ...blankMeasure('00000000-0000-4000-8000-000000000003', 'Done'),
      state: 'existing' as const,
    };
    const risk = { ...blankRisk('00000000-0000-4000-8000-000000000004', 'Leak'), measureIds: [soon.id] };
    const assessment = {
      ...example,
      measures: [soon, done, late],
      risks: [risk],
      evaluations: {
        'context.overview': {
          verdict: 'to-correct' as const,
          comment: '',
          correctiveAction: 'Redo',
          evaluatedBy: 'R',
          evaluatedAt: '2026-01-01T00:00:00Z',
        },
      },
    };
    const plan = buildActionPlan(assessment, template, '2026-02-01');
    expect(plan.map((e) => (e.kind === 'measure' ? e.measure.title : e.targetId))).toEqual([
      'Late',
      'Soon',
      'context.overview',
    ]);
    expect(plan[0]).toMatchObject({ overdue: true, incomplete: false });
    expect(plan[1]).toMatchObject({
      overdue: false,
      incomplete: true,
      risks: [{ number: 1, title: 'Leak' }],
    });
  });
});

describe('findings', () => {
  it('leads every finding of the example to a page of the editor', () => {
    const findings = runChecks(example, template, { asOf: '2026-06-01' });
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings)
      expect(findingTarget(finding.location, template), finding.id).not.toBeNull();
  });

  it('shows a camera finding on the page holding the inventory, never "answer missing"', () => {
    const findings = runChecks({ ...example, answers: {} }, template, { asOf: '2026-06-01' });
    const page = findingsOfItem(findings, 'context.data', template);
    expect(page.some((f) => f.location.kind === 'camera' || f.related.some((r) => r.kind === 'camera'))).toBe(
      true,
    );
    expect(page.some((f) => f.id === 'completeness.required-answer')).toBe(false);
  });
});
