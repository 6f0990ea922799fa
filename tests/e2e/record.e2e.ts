// The record of processing and the archive package, end to end in Chromium against the real handlers: a record
// (.xlsx in French, CSV in English) pre-fills an assessment after a preview with a conflict choice, its row is written
// back, and a signed assessment is archived into a zip that `sha256sum -c` accepts. French and English, at
// 1366 × 768 and 1024 × 700, with screenshots and the axe check.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import { writeDpia } from '../../core/format/write-dpia.ts';
import type { Language } from '../../core/model/localized.ts';
import { writeXlsxTable } from '../../core/node/table-file.ts';
import { addTrustedKey } from '../../core/node/trust-store.ts';
import { generateSigningKeyPair, importPrivateKey } from '../../core/signature/keys.ts';
import { signDocument } from '../../core/signature/sign.ts';
import { startApp, type AppSession } from './app-harness.ts';
import { expectAccessible, expectClean, goTo, journey, nav, shoot, sharedBrowser } from './journey-tools.ts';

const RECORD = [
  [
    'Référence',
    'Nom du traitement',
    'Responsable du traitement',
    'DPO',
    'Finalités',
    'Destinataires',
    'Durée de conservation',
    'Observations',
  ],
  [
    'T-001',
    'Gestion de l’état civil',
    'Commune de Testville',
    'Agence DPO mutualisée',
    'Actes d’état civil',
    'Préfecture',
    '75 ans',
    '',
  ],
  [
    'T-012',
    'Vidéoprotection de la voie publique',
    'Commune de Testville',
    'Agence DPO mutualisée',
    'Protection des bâtiments publics ; prévention des atteintes aux biens',
    'Police municipale ; OPJ sur réquisition',
    '30 jours',
    'Revue annuelle',
  ],
  [
    'T-020',
    'Cantine scolaire',
    'Commune de Testville',
    'Agence DPO mutualisée',
    'Facturation',
    'Trésor public',
    '5 ans',
    '',
  ],
];

const T = {
  fr: {
    create: 'Créer l’analyse',
    general: /^Informations générales/,
    dpo: 'Délégué à la protection des données',
    import: 'Pré-remplir depuis le registre…',
    dialog: /^Pré-remplir depuis registre/,
    search: 'Rechercher par nom ou référence',
    row: 'T-012 — Vidéoprotection de la voie publique',
    next: 'Voir ce qui sera rempli',
    conflict: /^Que faire pour «.Délégué à la protection des données.»$/,
    replace: 'Remplacer',
    apply: /^Remplir \d+ réponses$/,
    reference: 'Référence',
    exportCsv: 'Exporter sa ligne (CSV)',
    validation: /^Avis et validation|^Validation/,
    archive: 'Archiver…',
    archived: /Paquet d’archive enregistré/,
    openFile: 'Ouvrir un fichier…',
  },
  en: {
    create: 'Create the assessment',
    general: /^General information/,
    dpo: 'Data-protection officer',
    import: 'Pre-fill from the record…',
    dialog: /^Pre-fill from registre/,
    search: 'Search by name or reference',
    row: 'T-012 — Vidéoprotection de la voie publique',
    next: 'See what will be filled',
    conflict: /^What to do for “Data-protection officer”$/,
    replace: 'Replace',
    apply: /^Fill \d+ answers$/,
    reference: 'Reference',
    exportCsv: 'Export its row (CSV)',
    validation: /^Opinions and validation|^Validation/,
    archive: 'Archive…',
    archived: /Archive package saved/,
    openFile: 'Open a file…',
  },
} as const;

const shared = sharedBrowser();

/** A signed copy of the example, its key in the app's trust list. */
async function signedExample(session: AppSession): Promise<string> {
  const document = await buildExampleDocument();
  document.assessment.meta.status = 'validated';
  document.assessment.validation = {
    ...document.assessment.validation,
    decision: 'validated',
    by: 'M. Bernard Lefebvre',
    role: 'Maire',
    date: '2026-11-30',
  };
  const pair = await generateSigningKeyPair();
  const key = await importPrivateKey(pair.privateKeyPem, 'key.pem');
  const { document: signed } = await signDocument(document, {
    key,
    signer: { name: 'M. Bernard Lefebvre', role: 'Maire' },
    at: '2026-12-01T10:00:00Z',
  });
  const file = path.join(session.dir, 'AIPD signée.dpia');
  await writeFile(file, (await writeDpia(signed, { createdWith: 'e2e', file: 'AIPD signée.dpia' })).bytes);
  await addTrustedKey(
    path.join(session.dir, 'user-data', 'trusted-keys'),
    { name: 'M. Bernard Lefebvre', publicKeyPem: pair.publicKeyPem, addedAt: '2026-12-01T09:00:00Z' },
    'key.pem',
  );
  return file;
}

for (const language of ['fr', 'en'] as const satisfies readonly Language[]) {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    const name = `${language}-${viewport.width}`;
    const t = T[language];
    void describe(`record of processing and archive (${name})`, () => {
      let session: AppSession;
      before(async () => {
        session = await startApp(shared.browser, { server: shared.server, language, viewport });
      });
      after(async () => session?.close());

      void it('pre-fills from the record after a preview, asks about the DPO, writes the row back', () =>
        journey(
          () => session,
          `record-${name}`,
          async () => {
            const { page, dialogs, dir } = session;
            await page.getByRole('button', { name: t.create }).click();
            await nav(page).waitFor();
            await goTo(page, t.general);
            await page.getByRole('textbox', { name: t.dpo, exact: true }).fill('Mme Claire Martin');
            await page.getByRole('textbox', { name: t.reference, exact: true }).click();

            const file = path.join(dir, language === 'fr' ? 'registre.xlsx' : 'registre.csv');
            const csv = `\uFEFF${RECORD.map((r) => r.map((c) => `"${c}"`).join(';')).join('\r\n')}\r\n`;
            await writeFile(file, language === 'fr' ? await writeXlsxTable(RECORD) : csv);
            dialogs.open.push([file]);
            await page.getByRole('button', { name: t.import }).click();
            const dialog = page.getByRole('dialog', { name: t.dialog });
            await dialog.getByRole('searchbox', { name: t.search }).fill('vidéo');
            await dialog.getByRole('radio', { name: t.row }).check();
            await shoot(page, `record-pick-${name}`);
            await expectAccessible(page, `record pick ${name}`);
            await dialog.getByRole('button', { name: t.next }).click();
            const choice = dialog.getByRole('group', { name: t.conflict });
            await choice.waitFor();
            await shoot(page, `record-preview-${name}`);
            await expectAccessible(page, `record preview ${name}`);
            await choice.getByRole('radio', { name: t.replace }).check();
            await dialog.getByRole('button', { name: t.apply }).click();
            await dialog.waitFor({ state: 'detached' });
            assert.equal(
              await page.getByRole('textbox', { name: t.dpo, exact: true }).inputValue(),
              'Agence DPO mutualisée',
            );
            assert.equal(
              await page.getByRole('textbox', { name: t.reference, exact: true }).inputValue(),
              'T-012',
            );
            await page
              .getByRole('heading', {
                name: language === 'fr' ? 'Registre des traitements' : 'Record of processing',
              })
              .scrollIntoViewIfNeeded();
            await shoot(page, `record-section-${name}`);

            const row = path.join(dir, 'ligne.csv');
            dialogs.save.push(row);
            await page.getByRole('button', { name: t.exportCsv }).click();
            await page
              .getByText(language === 'fr' ? /Ligne du registre enregistrée/ : /Record row saved/)
              .first()
              .waitFor();
            const written = (await readFile(row, 'utf8')).replace(/^\uFEFF/, '');
            const [header, values] = written.trim().split('\r\n');
            assert.equal(header, RECORD[0]!.join(';'));
            assert.match(
              values ?? '',
              /^T-012;Vidéoprotection de la voie publique;Commune de Testville;Agence DPO mutualisée;/,
            );
            assert.match(values ?? '', /30 (jours|days)/);
            expectClean(session);
          },
        ));

      void it('archives a signed assessment into a zip that sha256sum -c accepts', () =>
        journey(
          () => session,
          `archive-${name}`,
          async () => {
            const { page, dialogs, dir } = session;
            const file = await signedExample(session);
            await page.goto(`${session.server.origin}/index.html`);
            dialogs.open.push([file]);
            await page.getByRole('button', { name: t.openFile }).click();
            await nav(page).waitFor();
            await goTo(page, t.validation);
            const zip = path.join(dir, 'archive.zip');
            dialogs.save.push(zip);
            await page.getByRole('button', { name: t.archive }).click();
            await page.getByText(t.archived).waitFor({ timeout: 60_000 });
            await page.getByText(t.archived).scrollIntoViewIfNeeded();
            await shoot(page, `archive-${name}`);
            await expectAccessible(page, `archive ${name}`);

            const folder = path.join(dir, 'unzipped');
            for (const [entry, bytes] of Object.entries(unzipSync(new Uint8Array(await readFile(zip))))) {
              await mkdir(path.dirname(path.join(folder, entry)), { recursive: true });
              await writeFile(path.join(folder, entry), bytes);
            }
            const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], {
              cwd: path.join(folder, 'archive'),
              encoding: 'utf8',
            });
            assert.equal(check.status, 0, check.stdout + check.stderr);
            assert.match(check.stdout, /AIPD-signee\.dpia: OK/);
            const report = await readFile(path.join(folder, 'archive', 'verification.txt'), 'utf8');
            assert.match(report, /Signature reconnue/);
            expectClean(session);
          },
        ));
    });
  }
}
