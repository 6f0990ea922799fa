// @vitest-environment jsdom
// The status dropdown goes through core's workflow, as `dpia status` does: a refused move says why and changes nothing.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DpiaError } from '../../core/errors.ts';
import { createAssessment } from './render-app.tsx';

afterEach(cleanup);

async function openValidation() {
  const rendered = await createAssessment();
  const nav = screen.getByRole('navigation', { name: 'Plan de l’analyse' });
  await rendered.user.click(within(nav).getByRole('button', { name: /^Avis et validation/ }));
  const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'État' });
  return { ...rendered, select };
}

describe('status workflow in the app', () => {
  it('refuses draft → validated with no DPO opinion, shows core’s message and keeps the status', async () => {
    const { user, select } = await openValidation();
    expect(select.value).toBe('draft');
    await user.selectOptions(select, 'validated');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      new DpiaError('status-transition-refused', { from: 'draft', to: 'validated' }).localized('fr'),
    );
    expect(select.value).toBe('draft');
  });

  it('refuses in-review → validated until the DPO has given an opinion, with the CLI’s message', async () => {
    const { user, select } = await openValidation();
    await user.selectOptions(select, 'in-review');
    expect(select.value).toBe('in-review');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.selectOptions(select, 'validated');
    expect((await screen.findByRole('alert')).textContent).toBe(
      new DpiaError('dpo-opinion-required').localized('fr'),
    );
    expect(select.value).toBe('in-review');
  });

  it('records an allowed move in the status history, like the CLI', async () => {
    const { user, select, api } = await openValidation();
    await user.selectOptions(select, 'in-review');
    await user.keyboard('{Control>}s{/Control}');
    const saved = [...api.saved.values()].at(-1);
    expect(saved?.meta.status).toBe('in-review');
    expect(saved?.statusHistory.at(-1)).toMatchObject({ status: 'in-review', by: 'Claire Martin' });
  });
});
