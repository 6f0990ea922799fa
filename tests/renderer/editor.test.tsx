// @vitest-environment jsdom
// The guided editor as a DPO uses it: create, answer, autosave, undo, review, registers, export — against a fake API.
import { UNSIGNED } from '../../core/signature/trust.ts';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { createAssessment, openExample, renderApp } from './render-app.tsx';

afterEach(cleanup);

const nav = () => screen.getByRole('navigation', { name: 'Plan de l’analyse' });
const goTo = async (user: UserEvent, name: RegExp | string) =>
  user.click(within(nav()).getByRole('button', { name }));

describe('home', () => {
  it('offers the built-in template, the example and the recent files', async () => {
    await renderApp();
    expect(
      screen.getByRole<HTMLInputElement>('radio', { name: /Vidéoprotection|CSU|supervision/i }).checked,
    ).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Ouvrir l’exemple' }).disabled).toBe(false);
    expect(screen.getByText('Aucun fichier récent.')).toBeTruthy();
  });

  it('switches the interface and the template texts to English', async () => {
    const { user, api } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Create the assessment' })).toBeTruthy();
    expect(api.callsTo('setPreferences').at(-1)?.input).toEqual({ language: 'en' });
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('preferences', () => {
  it('records the user’s name and role on leaving the field, and changes the templates folder', async () => {
    const { user, api } = await renderApp();
    const name = screen.getByRole('textbox', { name: 'Votre nom' });
    const role = screen.getByRole('textbox', { name: 'Votre fonction' });
    await user.clear(name);
    await user.type(name, 'Mme Nathalie Verhaeghe');
    await user.clear(role);
    await user.type(role, 'DPD ');
    await user.tab();
    expect(api.callsTo('setPreferences').map((c) => c.input)).toEqual([
      { authorName: 'Mme Nathalie Verhaeghe' },
      { authorRole: 'DPD' },
    ]);
    api.nextTemplatesFolder = '/home/dpd/Modèles AIPD';
    await user.click(screen.getByRole('button', { name: 'Choisir…' }));
    expect(await screen.findByText('/home/dpd/Modèles AIPD')).toBeTruthy();
    expect(api.callsTo('listTemplates')).toHaveLength(1);
  });
});

describe('editor', () => {
  it('opens a new assessment on its first item, with progress and guidance for the first question', async () => {
    await createAssessment();
    expect(
      screen.getByRole('heading', { level: 2, name: /qualification|Pré-analyse|Qualification/i }),
    ).toBeTruthy();
    expect(within(nav()).getByText(/0 réponse obligatoire sur \d+/)).toBeTruthy();
    const guidance = screen.getByRole('complementary', { name: 'Aide' });
    expect(within(guidance).getByRole('heading', { name: 'Textes de référence' })).toBeTruthy();
  });

  it('commits a rich-text answer after a pause, autosaves it and says when', async () => {
    const { user, api } = await createAssessment();
    await goTo(user, /^Vue d’ensemble/);
    const field = screen.getByRole('textbox', { name: /Décrivez le traitement/ });
    await user.type(field, 'Trois cents caméras.');
    expect(await screen.findByText('Modifications non enregistrées')).toBeTruthy();
    await waitFor(() => expect(api.callsTo('autosave')).toHaveLength(1), { timeout: 4000 });
    const saved = api.saved.values().next().value!;
    expect(saved.answers['context.description']).toEqual({ type: 'richtext', text: 'Trois cents caméras.' });
    expect(await screen.findByText(/Brouillon enregistré à \d\d h \d\d/)).toBeTruthy();
    // One required answer more, in the item and overall.
    expect(within(nav()).getByText(/^1 réponses? obligatoires? sur/)).toBeTruthy();
  });

  it('shows a hostile answer as text, in the editor and to the reviewer, never as HTML', async () => {
    const { user, container } = await createAssessment();
    await goTo(user, /^Vue d’ensemble/);
    const field = screen.getByRole('textbox', { name: /Décrivez le traitement/ });
    const hostile = '<img src=x onerror="window.__pwned=1"> gras';
    await user.type(field, hostile);
    expect(field.textContent).toBe(hostile);
    act(() => field.blur());
    await user.click(screen.getByRole('button', { name: 'Mode évaluateur' }));
    const answer = screen.getByRole('region', { name: /Décrivez le traitement/ });
    expect(answer.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(container.querySelector('img')).toBeNull();
  });

  it('formats with the toolbar: bold, then a bullet list, and keeps the focus in the text', async () => {
    const { user, api } = await createAssessment();
    await goTo(user, /^Vue d’ensemble/);
    const field = screen.getByRole('textbox', { name: /Décrivez le traitement/ });
    await user.type(field, 'caméras');
    await user.keyboard('{Control>}a{/Control}');
    const question = field.closest('section')!;
    await user.click(within(question).getByRole('button', { name: 'Gras' }));
    expect(field.querySelector('strong')?.textContent).toBe('caméras');
    await user.click(within(question).getByRole('button', { name: 'Liste à puces' }));
    expect(document.activeElement).toBe(field);
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(api.callsTo('saveDocument')).toHaveLength(1));
    expect(api.saved.values().next().value!.answers['context.description']).toEqual({
      type: 'richtext',
      text: '- **caméras**',
    });
  });

  it('undoes a choice with Ctrl+Z outside text fields, and redoes it', async () => {
    const { user } = await createAssessment();
    const option = screen.getAllByRole('radio')[0]!;
    await user.click(option);
    expect((option as HTMLInputElement).checked).toBe(true);
    act(() => document.body.focus());
    await user.keyboard('{Control>}z{/Control}');
    expect((option as HTMLInputElement).checked).toBe(false);
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect((option as HTMLInputElement).checked).toBe(true);
  });

  it('saves with Ctrl+S, including the words still being typed', async () => {
    const { user, api } = await createAssessment();
    await goTo(user, /^Vue d’ensemble/);
    const field = screen.getByRole('textbox', { name: /Décrivez le traitement/ });
    await user.type(field, 'Texte');
    await user.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(api.callsTo('saveDocument')).toHaveLength(1));
    expect(api.saved.values().next().value!.answers['context.description']).toEqual({
      type: 'richtext',
      text: 'Texte',
    });
    expect(await screen.findByText(/^Enregistré à \d\d h \d\d$/)).toBeTruthy();
  });

  it('reviewer mode: an item marked improvable shows in the navigation and in the action plan', async () => {
    const { user } = await createAssessment();
    await user.click(screen.getByRole('button', { name: 'Mode évaluateur' }));
    const evaluation = screen.getByRole('group', { name: /^Évaluation/ });
    await user.click(within(evaluation).getByRole('radio', { name: /Améliorable/ }));
    const action = within(evaluation).getByRole('textbox', { name: 'Action corrective' });
    await user.type(action, 'Préciser le régime par finalité.');
    act(() => action.blur());
    expect(within(nav()).getAllByRole('img', { name: 'Améliorable' })).toHaveLength(1);
    await goTo(user, 'Plan d’action');
    const table = screen.getByRole('table');
    expect(within(table).getByText('Préciser le régime par finalité.')).toBeTruthy();
  });
});

describe('registers on the example', () => {
  it('keeps the 361-camera grid small in the DOM, and filters it', async () => {
    const { user } = await openExample();
    await goTo(user, /^Données, processus/);
    const grid = screen.getByRole('grid', { name: 'Inventaire des caméras' });
    expect(grid.getAttribute('aria-rowcount')).toBe('362');
    const rendered = within(grid).getAllByRole('row').length;
    expect(rendered).toBeLessThan(40);
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher une caméra' }), 'CAM-001');
    await waitFor(() => expect(screen.getByText(/caméras affichées sur 361|1 caméra affichée/)).toBeTruthy());
  });

  it('imports cameras from a CSV, listing the rows it cannot read', async () => {
    const { user, api } = await createAssessment();
    await goTo(user, /^Données, processus/);
    api.nextTable = {
      name: 'cameras.csv',
      rows: [
        ['Code', 'Emplacement', 'Type', 'Finalités'],
        ['C-1', 'Mairie', 'fixe', '1'],
        ['C-2', 'Gare', 'fusée', '5'],
        ['C-3', 'Parc', 'dôme', '5, 11'],
      ],
    };
    await user.click(screen.getByRole('button', { name: 'Importer (CSV, Excel)…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importer des caméras depuis cameras.csv' });
    expect(within(dialog).getByText(/Ligne 3 — Type : type « fusée » inconnu/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Importer 2 caméras' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('2 caméras')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Modifier la caméra C-3' })).toBeTruthy();
  });

  it('adds a custom risk with threats typed without pressing Enter, and shows it on the map', async () => {
    const { user } = await createAssessment();
    await goTo(user, /^Scénarios de risques/);
    await user.click(screen.getByRole('button', { name: 'Ajouter un risque' }));
    const threats = screen.getByLabelText('Menaces', { selector: 'input' });
    await user.type(threats, 'Export sur clé USB');
    await user.click(screen.getByLabelText('Impacts sur les personnes', { selector: 'input' }));
    expect(screen.getByRole('list', { name: 'Menaces (liste)' }).textContent).toContain('Export sur clé USB');
    const initial = screen.getByRole('region', { name: /Niveau initial/ });
    await user.click(
      within(within(initial).getByRole('radiogroup', { name: /Gravité/ })).getByRole('radio', { name: /^3/ }),
    );
    await user.click(
      within(within(initial).getByRole('radiogroup', { name: /Vraisemblance/ })).getByRole('radio', {
        name: /^2/,
      }),
    );
    expect(
      screen.getByRole('img', { name: /Cartographie des risques.*initial gravité 3, vraisemblance 2/ }),
    ).toBeTruthy();
  });

  it('adds a catalogue measure to the register in one click', async () => {
    const { user } = await createAssessment();
    await goTo(user, /^Registre des mesures/);
    const guidance = screen.getByRole('complementary', { name: 'Aide' });
    const add = within(guidance).getAllByRole('button', { name: 'Ajouter au registre' })[0]!;
    await user.click(add);
    expect(screen.getByText('1 mesure')).toBeTruthy();
    expect(within(guidance).getAllByText('Déjà au registre')).toHaveLength(1);
  });

  it('draws an arrow from initial to residual for rated risks of the example', async () => {
    const { user, container } = await openExample();
    await goTo(user, /^Scénarios de risques/);
    expect(container.querySelectorAll('.risk-arrow').length).toBeGreaterThan(0);
  });
});

describe('export', () => {
  it('exports to Word with progress, then shows the file in its folder', async () => {
    const { user, api } = await createAssessment();
    await user.click(screen.getByRole('button', { name: 'Exporter en Word' }));
    const dialog = screen.getByRole('dialog', { name: 'Exporter en Word' });
    await user.click(within(dialog).getByRole('radio', { name: 'English' }));
    await user.click(within(dialog).getByRole('button', { name: 'Exporter…' }));
    expect(await within(dialog).findByText('Document exporté : /tmp/aipd.docx')).toBeTruthy();
    expect(api.callsTo('exportDocx')[0]?.input).toMatchObject({ language: 'en' });
    await user.click(within(dialog).getByRole('button', { name: 'Afficher dans le dossier' }));
    expect(api.callsTo('showInFolder')[0]?.input).toEqual({ filePath: '/tmp/aipd.docx' });
  });

  it('answers the menu: save as, then close', async () => {
    const { api } = await createAssessment();
    act(() => api.menu('save-as'));
    await waitFor(() => expect(api.callsTo('saveDocument')[0]?.input).toMatchObject({ saveAs: true }));
    act(() => api.menu('close'));
    expect(await screen.findByRole('button', { name: 'Créer l’analyse' })).toBeTruthy();
    expect(api.callsTo('closeDocument')).toHaveLength(1);
  });
});

describe('more of the editor', () => {
  it('deletes a camera, and brings it back from the message’s Undo', async () => {
    const { user } = await openExample();
    await goTo(user, /^Données, processus/);
    await user.click(screen.getByRole('button', { name: 'Supprimer la caméra CAM-001' }));
    expect(screen.getByText('360 caméras')).toBeTruthy();
    const status = screen.getByText('Caméra CAM-001 supprimée.').parentElement!;
    await user.click(within(status).getByRole('button', { name: 'Annuler' }));
    expect(screen.getByText('361 caméras')).toBeTruthy();
  });

  it('moves through the camera grid with the arrow keys', async () => {
    const { user } = await openExample();
    await goTo(user, /^Données, processus/);
    screen.getByRole('button', { name: 'Modifier la caméra CAM-001' }).focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('CAM-002'));
  });

  it('in reviewer mode, shows answers formatted and read-only', async () => {
    const { user } = await openExample();
    await goTo(user, /^Vue d’ensemble/);
    await user.click(screen.getByRole('button', { name: 'Mode évaluateur' }));
    expect(screen.queryByRole('textbox', { name: /Décrivez le traitement/ })).toBeNull();
    const answer = screen.getByRole('region', { name: /Décrivez le traitement/ });
    expect(answer.querySelector('strong')).not.toBeNull();
  });

  it('hides and shows the guidance, and the Help button brings it back', async () => {
    const { user } = await createAssessment();
    await user.click(screen.getByRole('button', { name: 'Masquer' }));
    expect(screen.queryByRole('heading', { name: 'Textes de référence' })).toBeNull();
    await user.click(screen.getAllByRole('button', { name: /^Afficher l’aide/ })[0]!);
    expect(screen.getByRole('heading', { name: 'Textes de référence' })).toBeTruthy();
  });

  it('lists the checks’ findings and takes the user to the place concerned', async () => {
    const { user } = await openExample();
    await user.click(within(nav()).getByRole('button', { name: /^Points de vigilance/ }));
    const list = screen.getByRole('heading', { level: 2, name: 'Points de vigilance' }).parentElement!;
    const first = within(list).getAllByRole('listitem')[0]!;
    expect(first.textContent).toMatch(/LAPI/);
    await user.click(within(first).getByRole('button', { name: 'Y aller' }));
    expect(screen.getByRole('heading', { level: 2, name: /plaques d’immatriculation/ })).toBeTruthy();
  });

  it('asks why the data subjects’ views were not sought when they were not', async () => {
    const { user } = await createAssessment();
    await goTo(user, 'Avis et validation');
    const sought = screen.getByRole('radiogroup', { name: /^Leur avis a-t-il été recueilli/ });
    await user.click(within(sought).getByRole('radio', { name: 'Non' }));
    expect(screen.getByRole('textbox', { name: 'Pourquoi leur avis n’a pas été recueilli' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /^Comment/ })).toBeNull();
  });
});

describe('reuse and import', () => {
  it('imports a CNIL PIA export and says what could not be mapped', async () => {
    const { user, api } = await renderApp();
    const { csuTemplate } = await import('./render-app.tsx');
    const { createAssessment: blank } = await import('../../core/assessment/new-assessment.ts');
    api.nextCnilImport = {
      document: {
        filePath: null,
        signature: UNSIGNED,
        template: csuTemplate,
        assessment: blank({
          template: csuTemplate,
          language: 'fr',
          now: new Date(),
          newId: () => crypto.randomUUID(),
          title: 'PIA importée',
        }),
      },
      report: [
        {
          fr: 'Question libre « Q12 » → commentaire de Vue d’ensemble',
          en: 'Free question "Q12" → Overview comment',
        },
      ],
    };
    await user.click(screen.getByRole('button', { name: 'Importer depuis l’outil PIA de la CNIL…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import terminé' });
    expect(dialog.textContent).toContain('Question libre « Q12 »');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('PIA importée');
  });

  it('makes a copy for another town and opens it in place of the original', async () => {
    const { user, api } = await openExample();
    await goTo(user, 'Informations générales');
    await user.type(screen.getByRole('textbox', { name: 'Titre de la copie' }), 'AIPD du CSU de Bourg-Neuf');
    await user.click(screen.getByRole('button', { name: 'Créer la copie et l’ouvrir' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('AIPD du CSU de Bourg-Neuf'),
    );
    expect(api.callsTo('closeDocument')).toHaveLength(1);
    expect(within(nav()).queryAllByRole('img', { name: /Améliorable|À corriger|Acceptable/ })).toHaveLength(
      0,
    );
  });

  it('saves the assessment as a template', async () => {
    const { user, api } = await openExample();
    await goTo(user, 'Informations générales');
    await user.type(screen.getByRole('textbox', { name: 'Nom du modèle' }), 'CSU – modèle Nordelec');
    await user.click(screen.getByRole('button', { name: 'Enregistrer comme modèle' }));
    await waitFor(() =>
      expect(api.callsTo('saveAsTemplate')[0]?.input).toMatchObject({
        id: 'csu-modele-nordelec',
        withAnswers: true,
      }),
    );
    expect(await screen.findByText('Modèle « CSU – modèle Nordelec » enregistré.')).toBeTruthy();
  });
});
