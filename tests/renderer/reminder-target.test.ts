// A reminder of the register opens the assessment where it points: the late measure itself, the camera inventory,
// the review date (overview), the decision (validation).
import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../../core/template/builtin.ts';
import type { Reminder } from '../../core/register/reminders.ts';
import { reminderTarget } from '../../renderer/app/findings.ts';

const csu = getBuiltinTemplate('csu-videoprotection')!;
const reminder = (kind: Reminder['kind'], extra: Partial<Reminder> = {}): Reminder => ({
  entryId: 'e1',
  kind,
  title: 'AIPD',
  due: '2026-01-01',
  overdue: true,
  days: -10,
  ...extra,
});
const questionType = (id: string | null) =>
  csu.sections.flatMap((s) => s.items.flatMap((i) => i.questions)).find((q) => q.id === id)?.type;

describe('where a reminder leads', () => {
  it('a late measure opens that measure in the register of measures', () => {
    const target = reminderTarget(reminder('measure', { measureId: 'm-42' }), csu)!;
    expect(target.view.kind).toBe('item');
    expect(questionType(target.questionId)).toBe('measures');
    expect(target.entity).toEqual({ kind: 'measure', id: 'm-42' });
  });

  it('an authorisation opens the camera inventory; a review the overview; a stale draft the decision', () => {
    expect(questionType(reminderTarget(reminder('authorisation'), csu)!.questionId)).toBe('cameras');
    expect(reminderTarget(reminder('review'), csu)!.view).toEqual({ kind: 'overview' });
    expect(reminderTarget(reminder('stale'), csu)!.view).toEqual({ kind: 'validation' });
  });
});
