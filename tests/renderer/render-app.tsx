// Renders the whole renderer app against a FakeDpia, with the real built-in template and example.
import { UNSIGNED } from '../../core/signature/trust.ts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import type { Language } from '../../core/model/localized.ts';
import { getBuiltinTemplate } from '../../core/template/builtin.ts';
import { App } from '../../renderer/app/app.tsx';
import { createI18n } from '../../renderer/i18n/i18n.ts';
import { FakeDpia } from './fake-dpia.ts';
import './prosemirror-jsdom.ts';

export const csuTemplate = getBuiltinTemplate('csu-videoprotection')!;

export async function renderApp(options: { language?: Language } = {}) {
  const language = options.language ?? 'fr';
  const api = new FakeDpia({
    templates: [csuTemplate],
    preferences: { language },
    example: async () => {
      const document = await buildExampleDocument();
      return {
        sessionId: '',
        filePath: null,
        assessment: document.assessment,
        template: document.template,
        signature: UNSIGNED,
      };
    },
  });
  const user = userEvent.setup();
  const view = render(<App api={api} i18n={createI18n(language)} />);
  await screen.findByRole('button', {
    name: language === 'fr' ? 'Créer l’analyse' : 'Create the assessment',
  });
  return { api, user, ...view };
}

/** Home → new assessment from the CSU template. */
export async function createAssessment(options: { language?: Language } = {}) {
  const rendered = await renderApp(options);
  await rendered.user.click(
    screen.getByRole('button', {
      name: options.language === 'en' ? 'Create the assessment' : 'Créer l’analyse',
    }),
  );
  await screen.findByRole('navigation', {
    name: options.language === 'en' ? 'Outline of the assessment' : 'Plan de l’analyse',
  });
  return rendered;
}

/** Home → the example (361 cameras). */
export async function openExample(options: { language?: Language } = {}) {
  const rendered = await renderApp(options);
  await rendered.user.click(
    screen.getByRole('button', { name: options.language === 'en' ? 'Open the example' : 'Ouvrir l’exemple' }),
  );
  await screen.findByRole('navigation', {
    name: options.language === 'en' ? 'Outline of the assessment' : 'Plan de l’analyse',
  });
  return rendered;
}
