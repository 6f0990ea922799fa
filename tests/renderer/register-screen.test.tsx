// @vitest-environment jsdom
// The register screen and the home screen's reminders, over a FakeDpia: rows with their verdicts and reasons,
// search and sort, the export through exportTable, a reminder that opens its assessment.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import type { RegisterEntry, RegisterFacts } from '../../core/register/entry.ts';
import { UNSIGNED } from '../../core/signature/trust.ts';
import { App } from '../../renderer/app/app.tsx';
import { createI18n } from '../../renderer/i18n/i18n.ts';
import { FakeDpia } from './fake-dpia.ts';
import { csuTemplate } from './render-app.tsx';

afterEach(cleanup);

const facts = (patch: Partial<RegisterFacts>): RegisterFacts => ({
  assessmentId: 'a',
  title: 'AIPD',
  organisation: 'Valmont',
  templateId: 'csu-videoprotection',
  templateVersion: '1.1.0',
  version: '1.0',
  status: 'validated',
  statusSince: '2026-01-01',
  verdict: 'unsigned',
  verdictReason: null,
  decision: null,
  decisionDate: null,
  reviewDate: null,
  authorisationExpiry: null,
  errorCount: 0,
  modifiedAt: '2026-01-01T00:00:00Z',
  measures: [],
  ...patch,
});
const ID = { draft: 'd'.repeat(64), signed: 'e'.repeat(64), broken: 'f'.repeat(64) };
const ENTRIES: RegisterEntry[] = [
  {
    id: ID.draft,
    filePath: '/aipd/centre-ville.dpia',
    fileModifiedAt: null,
    facts: facts({ title: 'AIPD du centre-ville', status: 'draft', reviewDate: '2026-02-01', errorCount: 4 }),
    problem: null,
  },
  {
    id: ID.signed,
    filePath: '/aipd/gare.dpia',
    fileModifiedAt: null,
    facts: facts({ title: 'AIPD de la gare', status: 'signed', verdict: 'trusted' }),
    problem: null,
  },
  {
    id: ID.broken,
    filePath: '/aipd/abimee.dpia',
    fileModifiedAt: null,
    facts: null,
    problem: { fr: '« abimee.dpia » est endommagé.', en: '"abimee.dpia" is damaged.' },
  },
];

async function renderWithRegister(folders: string[]) {
  const api = new FakeDpia({
    templates: [csuTemplate],
    preferences: { language: 'fr', registerFolders: folders },
  });
  api.registerEntries = ENTRIES;
  const document = await buildExampleDocument();
  api.recentDocuments.set(ID.draft, {
    filePath: '/aipd/centre-ville.dpia',
    assessment: {
      ...document.assessment,
      meta: { ...document.assessment.meta, title: 'AIPD du centre-ville' },
    },
    template: document.template,
    signature: UNSIGNED,
  });
  const user = userEvent.setup();
  render(<App api={api} i18n={createI18n('fr')} />);
  await screen.findByRole('button', { name: 'Créer l’analyse' });
  return { api, user };
}

describe('the register of assessments', () => {
  it('lists what is due on the home screen, and a reminder opens its assessment', async () => {
    const { api, user } = await renderWithRegister(['/aipd']);
    const due = await screen.findByText(/Revue en retard, prévue le 1er février 2026/);
    const item = due.closest('li')!;
    await user.click(
      within(item as HTMLElement).getByRole('button', { name: 'Ouvrir AIPD du centre-ville' }),
    );
    await screen.findByRole('navigation', { name: 'Plan de l’analyse' });
    expect(api.callsTo('openRegisterEntry')).toEqual([
      { method: 'openRegisterEntry', input: { entryId: ID.draft } },
    ]);
  });

  it('shows every row, the reason of an unreadable file, and searches, sorts and exports', async () => {
    const { api, user } = await renderWithRegister(['/aipd']);
    await user.click(screen.getByRole('button', { name: 'Registre des AIPD' }));
    await screen.findByRole('heading', { level: 1, name: 'Registre des AIPD' });
    const table = await screen.findByRole('table');
    await within(table).findByText('« abimee.dpia » est endommagé.');
    expect(within(table).getByText('Signature reconnue')).toBeTruthy();
    expect(screen.getByText('2 AIPD trouvées. 1 fichier illisible.')).toBeTruthy();

    const titles = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.querySelector('.register-title')?.textContent);
    expect(titles()).toEqual(['AIPD de la gare', 'AIPD du centre-ville', 'abimee.dpia']);
    await user.click(within(table).getByRole('button', { name: /Titre/ }));
    expect(titles()).toEqual(['AIPD du centre-ville', 'AIPD de la gare', 'abimee.dpia']);

    await user.type(screen.getByLabelText('Rechercher'), 'gare');
    expect(titles()).toEqual(['AIPD de la gare']);

    await user.click(screen.getByRole('button', { name: 'Exporter (Excel)…' }));
    const [call] = api.callsTo('exportTable');
    expect(call?.input).toMatchObject({ kind: 'register', format: 'xlsx', defaultName: 'Registre des AIPD' });
    const rows = (call?.input as { rows: string[][] }).rows;
    expect(rows[0]?.[0]).toBe('Titre');
    expect(rows).toHaveLength(2);
  });

  it('without folders, offers to choose them through the dialog, never by typing a path', async () => {
    const { api, user } = await renderWithRegister([]);
    expect(screen.getByText(/Choisissez les dossiers de vos AIPD/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Registre des AIPD' }));
    api.nextRegisterFolder = '/aipd';
    await user.click(await screen.findByRole('button', { name: 'Ajouter des dossiers…' }));
    await screen.findByRole('table');
    expect(api.callsTo('addRegisterFolder')).toHaveLength(1);
    expect(api.callsTo('startRegister').length).toBeGreaterThan(0);
  });
});
