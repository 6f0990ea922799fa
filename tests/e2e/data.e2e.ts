// Data in and out, end to end: a camera inventory from a real .xlsx (made here with exceljs), a Word document picked
// as a spreadsheet, and the home screen a first-time user sees, in both languages and two window sizes.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { startApp } from './app-harness.ts';
import type { AppSession } from './app-harness.ts';
import { expectAccessible, expectClean, goTo, journey, nav, shoot, sharedBrowser } from './journey-tools.ts';

const shared = sharedBrowser();

async function inventoryXlsx(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Inventaire');
  sheet.addRow(['Code', 'Emplacement', 'Type', 'Finalités', 'Près d’habitations', 'Fin d’autorisation']);
  sheet.addRow(['CAM-201', 'Place du Marché', 'Dôme', '1, 5', 'oui', new Date(Date.UTC(2028, 5, 30))]);
  sheet.addRow([
    'CAM-202',
    { richText: [{ text: 'Gare ', font: { bold: true } }, { text: 'routière' }] },
    'Fixe',
    3,
  ]);
  sheet.addRow(['CAM-203', 'Parc', 'Soucoupe', 5, 'non']);
  sheet.addRow(['CAM-204', 'Rue Haute', 'PTZ', '5 11', 'non', 'demain']);
  sheet.getRow(1).font = { bold: true };
  await workbook.xlsx.writeFile(file);
}

void describe('a DPO imports the camera inventory from Excel', () => {
  let session: AppSession;
  before(async () => {
    session = await startApp(shared.browser, { server: shared.server, language: 'fr' });
  });
  after(async () => session?.close());

  void it('maps the columns, shows the rows in error and adds the others', () =>
    journey(
      () => session,
      'xlsx-import',
      async () => {
        const { page, dialogs, dir } = session;
        await page.getByRole('button', { name: 'Créer l’analyse' }).click();
        await nav(page).waitFor();
        await goTo(page, /^Données, processus/);

        // A Word document renamed .csv: one sentence, nothing imported.
        const docx = path.join(dir, 'inventaire.csv');
        await writeFile(
          docx,
          zipSync({
            '[Content_Types].xml': strToU8('<Types/>'),
            'word/_rels/document.xml.rels': strToU8('<Relationships/>'),
            'word/document.xml': strToU8('<w:document/>'),
          }),
        );
        dialogs.open.push([docx]);
        await page.getByRole('button', { name: 'Importer (CSV, Excel)…' }).click();
        await page
          .getByText(
            '«\u202Finventaire.csv\u202F» est un document Word, pas un tableau CSV ou Excel (.xlsx).',
          )
          .waitFor();
        assert.equal(await page.getByRole('dialog').count(), 0);

        const xlsx = path.join(dir, 'inventaire.xlsx');
        await inventoryXlsx(xlsx);
        dialogs.open.push([xlsx]);
        await page.getByRole('button', { name: 'Importer (CSV, Excel)…' }).click();
        const dialog = page.getByRole('dialog', { name: 'Importer des caméras depuis inventaire.xlsx' });
        await dialog.getByText('4 lignes de données.', { exact: false }).waitFor();
        // The columns are recognised, the date column too, whatever its header's wording.
        const expiry = dialog.getByRole('combobox', { name: /Fin d’autorisation/ });
        assert.equal(await expiry.inputValue(), 'authorisationExpiry');
        await dialog.getByText(/Ligne 4 — Type\s:\stype «\sSoucoupe\s» inconnu/).waitFor();
        await dialog.getByText(/Ligne 5 — .*date «\sdemain\s» illisible/).waitFor();
        await dialog.getByText('2 lignes valides, 2 lignes en erreur (non importées).').waitFor();
        await expectAccessible(page, 'xlsx import dialog');
        await shoot(page, 'data-xlsx-import-fr');
        await dialog.getByRole('button', { name: 'Importer 2 caméras' }).click();
        await page.getByText('2 caméras', { exact: true }).waitFor();
        await page.getByRole('button', { name: 'Modifier la caméra CAM-202' }).waitFor();
        await page.getByText('Gare routière').waitFor();
        expectClean(session);
      },
    ));
});

for (const language of ['fr', 'en'] as const) {
  for (const viewport of [
    { width: 1024, height: 700 },
    { width: 1920, height: 1080 },
  ]) {
    void describe(`the home screen in ${language} at ${viewport.width}×${viewport.height}`, () => {
      let session: AppSession;
      before(async () => {
        session = await startApp(shared.browser, { server: shared.server, language, viewport });
      });
      after(async () => session?.close());

      void it('says how to start in three steps', () =>
        journey(
          () => session,
          `home-${language}-${viewport.width}`,
          async () => {
            const { page } = session;
            const steps = page.getByRole('region', {
              name: language === 'fr' ? 'Pour commencer, en trois étapes' : 'How to start, in three steps',
            });
            await steps.waitFor();
            assert.equal(await steps.getByRole('listitem').count(), 3);
            await expectAccessible(page, 'home');
            await shoot(page, `data-home-${language}-${viewport.width}x${viewport.height}`);
            expectClean(session);
          },
        ));
    });
  }
}
