// @vitest-environment jsdom
// The DPO's opinion names who gave it from the preferences when nobody is named yet, and never overwrites a name.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssessment } from './render-app.tsx';

afterEach(cleanup);

async function openValidation() {
  const rendered = await createAssessment();
  const nav = screen.getByRole('navigation', { name: 'Plan de l’analyse' });
  await rendered.user.click(within(nav).getByRole('button', { name: /^Avis et validation/ }));
  const section = screen.getByRole('region', { name: 'Avis du délégué à la protection des données' });
  const name = within(section).getByRole<HTMLInputElement>('textbox', { name: 'Nom' });
  const verdicts = within(section).getByRole('radiogroup', { name: /Sens de l’avis/ });
  return { ...rendered, name, verdicts };
}

describe('the DPO’s opinion', () => {
  it('is signed with the name and role of the preferences when the DPO gives it', async () => {
    const { user, name, verdicts } = await openValidation();
    expect(name.value).toBe('');
    expect(name.placeholder).toBe('Claire Martin, DPD');
    await user.click(within(verdicts).getAllByRole('radio')[0]!);
    expect(name.value).toBe('Claire Martin, DPD');
  });

  it('keeps a name already written', async () => {
    const { user, name, verdicts } = await openValidation();
    await user.type(name, 'Mme Nathalie Verhaeghe');
    await user.tab();
    await user.click(within(verdicts).getAllByRole('radio')[1]!);
    expect(name.value).toBe('Mme Nathalie Verhaeghe');
  });
});
