// End to end: a DPO acts on the example's findings in one gesture each (« Corriger »), with screenshots before and
// after, in Debian's Chromium with window.dpia bridged to the real handlers.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, startApp } from './app-harness.ts';
import type { AppSession } from './app-harness.ts';
import { expectAccessible, expectClean, journey, nav, shoot, sharedBrowser } from './journey-tools.ts';

const shared = sharedBrowser();

const findings = (page: Page) => page.locator('.findings-view .finding-list > li');
const finding = (page: Page, text: RegExp) => findings(page).filter({ hasText: text }).first();

async function fix(page: Page, text: RegExp, options: { confirm?: boolean } = {}): Promise<void> {
  await finding(page, text).getByRole('button', { name: 'Corriger' }).click();
  const dialog = page.getByRole('dialog', { name: 'Corriger ce point' });
  await dialog.waitFor();
  if (options.confirm) await dialog.getByRole('checkbox', { name: /Je confirme/ }).check();
  await dialog.getByRole('button', { name: 'Appliquer' }).click();
  await dialog.waitFor({ state: 'detached' });
}

void describe('a DPO fixes findings of the example in one gesture each', () => {
  let session: AppSession;
  before(async () => {
    session = await startApp(shared.browser, {
      server: shared.server,
      language: 'fr',
      viewport: { width: 1366, height: 768 },
    });
  });
  after(async () => {
    await session?.close();
  });

  void it('applies three remedies, each previewed, and the checks follow', () =>
    journey(
      () => session,
      'remedies',
      async () => {
        const { page } = session;
        await page.getByRole('button', { name: 'Ouvrir l’exemple' }).click();
        await nav(page)
          .getByRole('button', { name: /^Points de vigilance/ })
          .click();
        await page.getByRole('heading', { level: 2, name: 'Points de vigilance' }).waitFor();
        // The checks answer from their worker: wait for their count before counting.
        await page
          .getByTestId('findings-count')
          .filter({ hasText: /\d+ erreurs?/ })
          .waitFor();
        const errorsBefore = await page.locator('.findings-view .finding-error').count();
        await shoot(page, 'remedies-1-before-fr');

        // The preview says what will change before anything does.
        await finding(page, /relèvent d’une autorisation préfectorale expirée/)
          .getByRole('button', { name: 'Corriger' })
          .click();
        const dialog = page.getByRole('dialog', { name: 'Corriger ce point' });
        await dialog.getByText(/Mesure prévue ajoutée au plan d’action/).waitFor();
        await shoot(page, 'remedies-2-preview-fr');
        await expectAccessible(page, 'remedy dialog');
        await dialog.getByRole('button', { name: 'Appliquer' }).click();
        await dialog.waitFor({ state: 'detached' });

        await fix(page, /caméras n’ont aucune autorisation préfectorale/);
        await fix(page, /près d’habitations sans masque/, { confirm: true });

        await finding(page, /Traité au plan d’action par «[\u00a0\u202f]Renouvellement/).waitFor();
        const errorsAfter = await page.locator('.findings-view .finding-error').count();
        assert.ok(errorsAfter <= errorsBefore - 3, `errors ${errorsBefore} → ${errorsAfter}`);
        assert.equal(await finding(page, /près d’habitations sans masque/).count(), 0);
        await shoot(page, 'remedies-3-after-fr');

        // The action plan has the two new items, owner to name.
        await nav(page).getByRole('button', { name: 'Plan d’action', exact: true }).click();
        await page.getByText('Renouvellement de l’autorisation préfectorale').first().waitFor();
        await page.getByText('Demande d’autorisation préfectorale').first().waitFor();
        await shoot(page, 'remedies-4-action-plan-fr');
        expectClean(session);
      },
    ));

  void it('generates the information sign and the web notice from the export dialog', () =>
    journey(
      () => session,
      'notices',
      async () => {
        const { page, dialogs, dir } = session;
        const sign = path.join(dir, 'panneau-a4.docx');
        const web = path.join(dir, 'notice.html');
        await page.getByRole('button', { name: 'Exporter en Word' }).click();
        const dialog = page.getByRole('dialog', { name: 'Exporter en Word' });
        await dialog.getByRole('radio', { name: /panneau d’information du public, A4/ }).check();
        await shoot(page, 'notices-1-choose-fr');
        dialogs.save.push(sign);
        await dialog.getByRole('button', { name: 'Exporter…' }).click();
        await dialog.getByText(`Document exporté\u202f: ${sign}`).waitFor({ timeout: 30_000 });
        await shoot(page, 'notices-2-sign-done-fr');
        assert.ok(existsSync(sign));
        await dialog.getByRole('button', { name: 'Fermer' }).last().click();

        await page.getByRole('button', { name: 'Exporter en Word' }).click();
        await dialog
          .getByRole('radio', { name: /notice d’information pour le site de la commune \(page HTML\)/ })
          .check();
        dialogs.save.push(web);
        await dialog.getByRole('button', { name: 'Exporter…' }).click();
        await dialog.getByText(`Document exporté\u202f: ${web}`).waitFor({ timeout: 30_000 });
        const html = await readFile(web, 'utf8');
        assert.match(html, /<html lang="fr">/);
        assert.doesNotMatch(html, /<script/i);
        // The notice itself, as a visitor of the town's website sees it, in the same offline browser.
        const notice = await session.context.newPage();
        await notice.setContent(html);
        await notice.screenshot({
          path: path.join(SCREENSHOTS, 'notices-3-web-page-fr.png'),
          fullPage: false,
        });
        await notice.close();
        expectClean(session);
      },
    ));
});

void describe('the remedy and export dialogs at the widths DPOs have, in both languages', () => {
  for (const language of ['fr', 'en'] as const) {
    for (const width of [1024, 1366, 1920]) {
      void it(`${language} at ${width} px`, async () => {
        const height = width === 1024 ? 700 : width === 1366 ? 768 : 1080;
        const session = await startApp(shared.browser, {
          server: shared.server,
          language,
          viewport: { width, height },
        });
        try {
          await journey(
            () => session,
            `dialogs-${language}-${width}`,
            async () => {
              const { page } = session;
              const fr = language === 'fr';
              await page.getByRole('button', { name: fr ? 'Ouvrir l’exemple' : 'Open the example' }).click();
              await nav(page)
                .getByRole('button', { name: fr ? /^Points de vigilance/ : /^Points to watch/ })
                .click();
              await findings(page).first().waitFor();
              await findings(page)
                .filter({ has: page.getByRole('button', { name: fr ? 'Corriger' : 'Fix' }) })
                .first()
                .getByRole('button', { name: fr ? 'Corriger' : 'Fix' })
                .click();
              const remedy = page.getByRole('dialog', { name: fr ? 'Corriger ce point' : 'Fix this point' });
              await remedy.waitFor();
              // Everything the DPO needs is on screen, the apply button included, even at 1024 × 700.
              const apply = remedy.getByRole('button', { name: fr ? 'Appliquer' : 'Apply' });
              assert.ok(await apply.isVisible(), 'the apply button is visible');
              await shoot(page, `remedy-dialog-${language}-${width}`);
              await remedy.getByRole('button', { name: fr ? 'Annuler' : 'Cancel' }).click();
              await page.getByRole('button', { name: fr ? 'Exporter en Word' : 'Export to Word' }).click();
              const exporting = page.getByRole('dialog', {
                name: fr ? 'Exporter en Word' : 'Export to Word',
              });
              await exporting.waitFor();
              assert.ok(
                await exporting.getByRole('button', { name: fr ? 'Exporter…' : 'Export…' }).isVisible(),
              );
              await shoot(page, `export-dialog-${language}-${width}`);
              expectClean(session);
            },
          );
        } finally {
          await session.close();
        }
      });
    }
  }
});
