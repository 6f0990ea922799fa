// @vitest-environment jsdom
// « Responsable du traitement » is asked once: the general information and the overview question show one value.
import { cleanup, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssessment } from './render-app.tsx';

afterEach(cleanup);

const goTo = async (user: UserEvent, name: RegExp) =>
  user.click(
    within(screen.getByRole('navigation', { name: 'Plan de l’analyse' })).getByRole('button', { name }),
  );

describe('the controller', () => {
  it('typed in the general information is the answer to the overview question, and back', async () => {
    const { user, api } = await createAssessment();
    await goTo(user, /^Informations générales/);
    const general = screen.getByRole<HTMLInputElement>('textbox', { name: 'Responsable de traitement' });
    await user.type(general, 'Commune de Testville');
    await user.tab();
    await goTo(user, /^Vue d’ensemble/);
    const question = screen.getByRole<HTMLInputElement>('textbox', {
      name: /Qui est le responsable du traitement/,
    });
    expect(question.value).toBe('Commune de Testville');
    await user.clear(question);
    await user.type(question, 'Syndicat intercommunal du CSU');
    await user.tab();
    await goTo(user, /^Informations générales/);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Responsable de traitement' }).value).toBe(
      'Syndicat intercommunal du CSU',
    );
    await user.keyboard('{Control>}s{/Control}');
    const saved = [...api.saved.values()].at(-1);
    expect(saved?.meta.controller).toBe('Syndicat intercommunal du CSU');
    expect(saved?.answers['context.controller']).toEqual({
      type: 'text',
      text: 'Syndicat intercommunal du CSU',
    });
  });
});
