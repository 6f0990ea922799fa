// End to end: a DPO chooses the folders of the council's assessments, reads the register (signed, forged, future and
// corrupt files among them), finds what is due, exports the register and opens an assessment from a reminder; in
// French at 1366×768 and in English at 1024×700, with window.dpia bridged to the real handlers.
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import type { Language } from '../../core/model/localized.ts';
import { writeDpia } from '../../core/format/write-dpia.ts';
import { registerFolder, type RegisterFolder } from '../core/register/register-fixtures.ts';
import { startApp, type AppSession } from './app-harness.ts';
import { expectAccessible, expectClean, journey, shoot, sharedBrowser } from './journey-tools.ts';

const shared = sharedBrowser();
let folder: RegisterFolder;

before(async () => {
  folder = await registerFolder();
  const example = await buildExampleDocument();
  await writeFile(
    folder.file('valmont.dpia'),
    (await writeDpia(example, { createdWith: 'e2e', file: 'valmont.dpia' })).bytes,
  );
});
after(async () => {
  await rm(folder.dir, { recursive: true, force: true });
});

async function trustTheMairie(session: AppSession): Promise<void> {
  const dir = path.join(session.dir, 'user-data', 'trusted-keys');
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'mairie.json'),
    JSON.stringify({ name: 'Mairie', publicKeyPem: folder.trustedKeyPem, addedAt: '2026-01-01T00:00:00Z' }),
  );
}

const WORDS = {
  fr: {
    register: 'Registre des AIPD',
    add: 'Ajouter des dossiers…',
    found: /5 AIPD trouvées\. 2 fichiers illisibles\./,
    trusted: 'Signature reconnue',
    broken: 'Signature rompue',
    search: 'Rechercher',
    export: 'Exporter (CSV)…',
    exportXlsx: 'Exporter (Excel)…',
    show: 'Afficher dans le dossier',
    back: '← Accueil',
    due: 'Échéances',
    actionPlan: 'Plan d’action',
    open: /^Ouvrir AIPD du centre-ville/,
    future: /mettez l’application à jour/,
    header: 'Titre;Organisme;Modèle',
  },
  en: {
    register: 'DPIA register',
    add: 'Add folders…',
    found: /5 assessments found\. 2 files could not be read\./,
    trusted: 'Trusted signature',
    broken: 'Broken signature',
    search: 'Search',
    export: 'Export (CSV)…',
    exportXlsx: 'Export (Excel)…',
    show: 'Show in folder',
    back: '← Home',
    due: 'Due or overdue',
    actionPlan: 'Action plan',
    open: /^Open AIPD du centre-ville/,
    future: /newer version/i,
    header: 'Title;Organisation;Template',
  },
} as const;

for (const [language, viewport] of [
  ['fr', { width: 1366, height: 768 }],
  ['en', { width: 1024, height: 700 }],
] as const satisfies readonly (readonly [Language, { width: number; height: number }])[]) {
  const w = WORDS[language];
  const size = `${viewport.width}x${viewport.height}`;
  void describe(`the register of assessments (${language}, ${size})`, () => {
    let session: AppSession;
    before(async () => {
      session = await startApp(shared.browser, { server: shared.server, language, viewport });
      await trustTheMairie(session);
    });
    after(async () => {
      await session?.close();
    });

    void it('reads the folders, tells every verdict and reason, exports, and opens an assessment from a reminder', () =>
      journey(
        () => session,
        `register-${language}`,
        async () => {
          const { page, dialogs } = session;
          await page.getByRole('button', { name: w.register }).click();
          await page.getByRole('heading', { level: 1, name: w.register }).waitFor();
          dialogs.open.push([folder.dir]);
          await page.getByRole('button', { name: w.add }).click();
          await page.getByText(w.found).waitFor();
          const table = page.locator('.register-table');
          await table.getByText(w.trusted).first().waitFor();
          await table.getByText(w.broken).first().waitFor();
          await table.getByText(w.future).waitFor();
          await page.getByRole('heading', { name: w.due }).waitFor();
          await shoot(page, `register-1-table-${language}-${size}`);
          await expectAccessible(page, 'register');
          await table.scrollIntoViewIfNeeded();
          await shoot(page, `register-1b-rows-${language}-${size}`);

          // Search narrows the rows; a listed file can be shown in its folder, even one that could not be read.
          await page.getByLabel(w.search).fill('centre ville');
          assert.equal(await table.locator('tbody tr').count(), 1);
          await page.getByLabel(w.search).fill('');
          await table.locator('tr', { hasText: 'futur.dpia' }).getByRole('button', { name: w.show }).click();
          await page.waitForTimeout(100);
          assert.deepEqual(session.shownInFolder, [folder.file('futur.dpia')]);

          const csv = path.join(session.dir, 'registre.csv');
          dialogs.save.push(csv);
          await page.getByRole('button', { name: w.export }).click();
          await page.getByText(csv).waitFor();
          const text = await readFile(csv, 'utf8');
          assert.ok(text.replace(/^\uFEFF/, '').startsWith(w.header), text.slice(0, 80));
          assert.equal(text.trim().split('\n').length, 8);
          const xlsx = path.join(session.dir, 'registre.xlsx');
          dialogs.save.push(xlsx);
          await page.getByRole('button', { name: w.exportXlsx }).click();
          await page.getByText(xlsx).waitFor();
          const workbook = await readFile(xlsx);
          assert.equal(workbook.subarray(0, 2).toString('latin1'), 'PK');

          await page.getByRole('button', { name: w.back }).click();
          const reminders = page.locator('.home-reminders');
          await reminders.locator('.reminder').first().waitFor();
          await shoot(page, `register-2-home-reminders-${language}-${size}`);
          await expectAccessible(page, 'home reminders');
          // The reminder of the late measure opens the assessment where the measure is: this template has no
          // register of measures, so the action plan, which lists its deadline.
          await reminders
            .locator('.reminder')
            .filter({ hasText: 'Masquer les fenêtres' })
            .getByRole('button', { name: w.open })
            .click();
          await page.getByRole('heading', { level: 2, name: w.actionPlan }).waitFor();
          await page
            .getByText(/Masquer les fenêtres/)
            .first()
            .waitFor();
          await shoot(page, `register-3-opened-${language}-${size}`);
          expectClean(session);
        },
      ));
  });
}
