// @vitest-environment jsdom
// « Corriger » on a finding: the preview says what will change, nothing changes before the click, the remedy is one
// undoable step, and a remedy that states a fact waits for the user's confirmation.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openExample } from './render-app.tsx';

afterEach(cleanup);

const nav = () => screen.getByRole('navigation', { name: 'Plan de l’analyse' });
const findingsList = () =>
  screen.getByRole('heading', { level: 2, name: 'Points de vigilance' }).parentElement!;
const findingItem = (text: RegExp) =>
  within(findingsList())
    .getAllByRole('listitem')
    .find((li) => text.test(li.textContent ?? ''))!;

describe('remedies in the editor', () => {
  it('previews, applies as one undoable step, and re-runs the checks', async () => {
    const { user } = await openExample();
    await user.click(within(nav()).getByRole('button', { name: /^Points de vigilance/ }));
    const expired = findingItem(/relèvent d’une autorisation préfectorale expirée/);
    await user.click(within(expired).getByRole('button', { name: 'Corriger' }));
    const dialog = screen.getByRole('dialog', { name: 'Corriger ce point' });
    expect(dialog.textContent).toMatch(
      /Mesure prévue ajoutée au plan d’action[\u00a0\u202f]: «[\u00a0\u202f]Renouvellement/,
    );
    // Nothing changed yet.
    expect(findingItem(/relèvent d’une autorisation préfectorale expirée/).textContent).toMatch(/^Erreur/);
    await user.click(within(dialog).getByRole('button', { name: 'Appliquer' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const addressed = findingItem(/relèvent d’une autorisation préfectorale expirée/);
    expect(addressed.textContent).toMatch(
      /^Alerte.*Traité au plan d’action par «[\u00a0\u202f]Renouvellement/,
    );
    await user.keyboard('{Control>}z{/Control}');
    expect(findingItem(/relèvent d’une autorisation préfectorale expirée/).textContent).toMatch(/^Erreur/);
  });

  it('waits for the user to confirm a fact before recording it', async () => {
    const { user } = await openExample();
    await user.click(within(nav()).getByRole('button', { name: /^Points de vigilance/ }));
    await user.click(within(findingItem(/près d’habitations/)).getByRole('button', { name: 'Corriger' }));
    const dialog = screen.getByRole('dialog', { name: 'Corriger ce point' });
    const apply = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Appliquer' });
    expect(apply.disabled).toBe(true);
    expect(dialog.textContent).toMatch(/8 caméras modifiées/);
    await user.click(within(dialog).getByRole('checkbox', { name: /Je confirme/ }));
    expect(apply.disabled).toBe(false);
    await user.click(apply);
    expect(within(findingsList()).queryAllByText(/près d’habitations sans masque/)).toHaveLength(0);
  });
});
