// @vitest-environment jsdom
// The record of processing in the editor: pre-filling from a spreadsheet row, shown before it is filled, with a choice
// for each answer already written; and the row written back.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssessment } from './render-app.tsx';

afterEach(cleanup);

const nav = () => screen.getByRole('navigation', { name: 'Plan de l’analyse' });
const goTo = async (user: UserEvent, name: RegExp | string) =>
  user.click(within(nav()).getByRole('button', { name }));

const RECORD = [
  ['Référence', 'Nom du traitement', 'Responsable du traitement', 'DPO', 'Destinataires', 'Remarques'],
  ['T-001', 'État civil', 'Commune de Valmont', 'Agence DPO', 'Préfecture', ''],
  [
    'T-012',
    'Vidéoprotection de la voie publique',
    'Commune de Valmont',
    'Agence DPO',
    'Police municipale',
    'à revoir',
  ],
];

describe('record of processing', () => {
  it('pre-fills from the chosen row, asking before replacing an answer', async () => {
    const { user, api } = await createAssessment();
    await goTo(user, 'Informations générales');
    const dpo = screen.getByRole('textbox', { name: 'Délégué à la protection des données' });
    await user.type(dpo, 'Mme Martin');
    await user.tab();
    api.nextTable = { name: 'registre.xlsx', rows: RECORD };
    await user.click(screen.getByRole('button', { name: 'Pré-remplir depuis le registre…' }));
    expect(api.callsTo('importTable')[0]?.input).toEqual({ kind: 'record' });
    const dialog = await screen.findByRole('dialog', { name: 'Pré-remplir depuis registre.xlsx' });
    expect(
      within(dialog).getByText(/2\u202Ftraitements dans ce registre|2 traitements dans ce registre/),
    ).toBeTruthy();
    await user.type(
      within(dialog).getByRole('searchbox', { name: 'Rechercher par nom ou référence' }),
      'vidéo',
    );
    expect(within(dialog).queryByRole('radio', { name: /État civil/ })).toBeNull();
    await user.click(
      within(dialog).getByRole('radio', { name: 'T-012 — Vidéoprotection de la voie publique' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Voir ce qui sera rempli' }));

    // Shown before filled: the DPO already written is a conflict, kept unless the user says otherwise.
    const choice = within(dialog).getByRole('group', {
      name: /^Que faire pour «.Délégué à la protection des données.»$/,
    });
    expect(within(choice).getByRole<HTMLInputElement>('radio', { name: 'Garder' }).checked).toBe(true);
    expect(within(choice).queryByRole('radio', { name: 'Ajouter à la suite' })).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Référence' }).value).toBe('');
    await user.click(within(choice).getByRole('radio', { name: 'Remplacer' }));
    await user.click(within(dialog).getByRole('button', { name: /^Remplir \d+ réponses$/ }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Référence' }).value).toBe('T-012');
    expect(
      screen.getByRole<HTMLInputElement>('textbox', { name: 'Délégué à la protection des données' }).value,
    ).toBe('Agence DPO');

    // The row written back follows the record's own columns.
    await user.click(screen.getByRole('button', { name: 'Exporter sa ligne (CSV)' }));
    await waitFor(() => expect(api.callsTo('exportTable')).toHaveLength(1));
    const { rows, kind, format } = api.callsTo('exportTable')[0]!.input as {
      rows: string[][];
      kind: string;
      format: string;
    };
    expect({ kind, format }).toEqual({ kind: 'record', format: 'csv' });
    expect(rows[0]).toEqual(RECORD[0]);
    expect(rows[1]!.slice(0, 5)).toEqual([
      'T-012',
      'Vidéoprotection de la voie publique',
      'Commune de Valmont',
      'Agence DPO',
      'Police municipale',
    ]);
    expect(rows[1]![5]).toBe('');
  });

  it('keeps an answer when the user keeps it', async () => {
    const { user, api } = await createAssessment();
    await goTo(user, 'Informations générales');
    await user.type(
      screen.getByRole('textbox', { name: 'Délégué à la protection des données' }),
      'Mme Martin',
    );
    await user.tab();
    api.nextTable = { name: 'registre.csv', rows: RECORD.slice(0, 2) };
    await user.click(screen.getByRole('button', { name: 'Pré-remplir depuis le registre…' }));
    const dialog = await screen.findByRole('dialog');
    // One processing only: it is already chosen.
    await user.click(within(dialog).getByRole('button', { name: 'Voir ce qui sera rempli' }));
    await user.click(within(dialog).getByRole('button', { name: /^Remplir \d+ réponses?$/ }));
    expect(
      screen.getByRole<HTMLInputElement>('textbox', { name: 'Délégué à la protection des données' }).value,
    ).toBe('Mme Martin');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Nom du traitement' }).value).toBe(
      'État civil',
    );
  });

  it('says why a draft cannot be archived', async () => {
    const { user } = await createAssessment();
    await goTo(user, /^Avis et validation|Validation/);
    expect(screen.getByText('Seul un document signé (signature intacte) ou refusé s’archive.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Archiver…' })).toBeNull();
  });
});
