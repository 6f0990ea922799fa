// Corrective actions of the action plan have no owner and no deadline: one finding names them.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../core/checks/index.ts';
import { cleanAssessment, csuTemplate, TODAY } from './fixtures.ts';

const evaluation = (verdict: 'acceptable' | 'improvable' | 'to-correct') => ({
  verdict,
  comment: 'Commentaire.',
  correctiveAction: 'Faire mieux.',
  evaluatedBy: 'DPO',
  evaluatedAt: `${TODAY}T10:00:00Z`,
});

describe('corrective actions without owner or deadline', () => {
  it('reports them once, with their count, in both languages', () => {
    const a = cleanAssessment();
    a.evaluations['principles.alternatives'] = evaluation('to-correct');
    a.evaluations['principles.retention'] = evaluation('improvable');
    const found = runChecks(a, csuTemplate(), { asOf: TODAY }).filter(
      (f) => f.id === 'completeness.unassigned-corrective-actions',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message.fr).toMatch(/^2 action\(s\) corrective\(s\).*sans responsable ni échéance/);
    expect(found[0]?.message.en).toMatch(/^2 corrective action\(s\).*no owner and no deadline/);
  });

  it('says nothing when every verdict is acceptable', () => {
    const a = cleanAssessment();
    a.evaluations['principles.alternatives'] = evaluation('acceptable');
    const ids = runChecks(a, csuTemplate(), { asOf: TODAY }).map((f) => f.id);
    expect(ids).not.toContain('completeness.unassigned-corrective-actions');
  });
});
