// @vitest-environment jsdom
// The checks run off the page (a worker) and may not have answered yet: the findings page says so rather than « no
// findings », and the validation rule holds on the document as it is, never on findings still on their way.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAssessment } from './render-app.tsx';

// A worker that has not answered yet: no findings, not checked.
vi.mock('../../renderer/app/checks-scheduler.ts', () => ({
  useScheduledChecks: () => ({ findings: [], checked: false }),
}));

afterEach(cleanup);

const nav = () => screen.getByRole('navigation', { name: 'Plan de l’analyse' });

describe('checks still running', () => {
  it('the findings page says the checks are running, not that there is nothing to report', async () => {
    const { user } = await createAssessment();
    await user.click(within(nav()).getByRole('button', { name: /^Points de vigilance/ }));
    expect(screen.getByTestId('findings-count').textContent).toBe('Vérification en cours…');
    expect(screen.queryByText('Aucun point relevé')).toBeNull();
  });

  it('validating a blank assessment still asks why its open findings are accepted', async () => {
    const { user } = await createAssessment();
    await user.click(within(nav()).getByRole('button', { name: /^Avis et validation/ }));
    const dpo = screen.getByRole('region', { name: 'Avis du délégué à la protection des données' });
    await user.click(within(dpo).getAllByRole('radio')[0]!);
    await user.type(within(dpo).getByRole('textbox', { name: 'Texte de l’avis' }), 'Avis favorable.');
    await user.tab();
    const status = screen.getByRole('combobox', { name: 'État' });
    await user.selectOptions(status, 'in-review');
    await user.selectOptions(status, 'validated');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/justif|pourquoi/i));
    expect((status as HTMLSelectElement).value).toBe('in-review');
  });
});
