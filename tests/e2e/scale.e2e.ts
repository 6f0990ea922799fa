// The editor at metropolitan scale: the 5,000-camera example (`dpia example --cameras 5000`) opens, the grid keeps
// a few dozen rows in the DOM and filters, the checks fill in from their worker, and an autosave that crossed as a
// patch writes the whole document. Budgets count work (DOM rows), never wall-clock time: the machine may be loaded.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildScaledExampleDocument } from '../../core/example/example-document.ts';
import { openDpiaFile, saveDpiaFile } from '../../core/node/dpia-file.ts';
import { startApp } from './app-harness.ts';
import type { AppSession } from './app-harness.ts';
import { expectClean, goTo, journey, nav, shoot, sharedBrowser } from './journey-tools.ts';

const shared = sharedBrowser();
const CAMERAS = 5000;

void describe('a metropolitan CSU: 5,000 cameras', () => {
  let session: AppSession;
  before(async () => {
    session = await startApp(shared.browser, { server: shared.server, language: 'fr' });
  });
  after(async () => session?.close().catch(() => undefined));

  void it('opens, shows and filters the inventory, checks it, and autosaves only what changed', () =>
    journey(
      () => session,
      'scale-5000',
      async () => {
        const { page, dialogs, dir } = session;
        const file = path.join(dir, 'metropole.dpia');
        await saveDpiaFile(file, await buildScaledExampleDocument(CAMERAS));
        dialogs.open.push([file]);
        await page.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
        await nav(page).waitFor({ timeout: 60_000 });

        await goTo(page, /^Données, processus/);
        const grid = page.getByRole('grid', { name: 'Inventaire des caméras' });
        await grid.waitFor();
        assert.equal(await grid.getAttribute('aria-rowcount'), String(CAMERAS + 1));
        await page.getByText(`${CAMERAS} caméras`, { exact: true }).waitFor();
        const domRows = () => grid.getByRole('row').count();
        assert.ok((await domRows()) <= 60, `${await domRows()} rows in the DOM for ${CAMERAS} cameras`);

        // Filtering narrows the grid and still keeps the DOM small.
        await page.getByRole('searchbox', { name: 'Rechercher une caméra' }).fill('gare');
        await page.getByText(new RegExp(`^\\d+ caméras affichées sur ${CAMERAS}$`)).waitFor();
        const filtered = Number(await grid.getAttribute('aria-rowcount')) - 1;
        assert.ok(filtered > 0 && filtered < CAMERAS, `${filtered} cameras match « gare »`);
        assert.ok((await domRows()) <= 60);
        await grid.scrollIntoViewIfNeeded();
        await shoot(page, 'scale-5000-grid-filtered');
        await page.getByRole('searchbox', { name: 'Rechercher une caméra' }).fill('');
        await page.getByText(`${CAMERAS} caméras`, { exact: true }).waitFor();
        await grid.getByRole('row').nth(1).scrollIntoViewIfNeeded();
        await shoot(page, 'scale-5000-grid');

        // The checks ran off the page (their worker) and their findings reached the navigation.
        await nav(page)
          .getByRole('button', { name: /^Points de vigilance.*\d+ erreurs?/ })
          .waitFor({ timeout: 60_000 });

        // A typed answer is autosaved as a patch; the file on disk is whole, all cameras included.
        await goTo(page, /^Vue d’ensemble/);
        const field = page.getByRole('textbox', { name: /Décrivez le traitement/ });
        await field.click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type(' Cinq mille caméras.');
        await page.getByText(/^Enregistré à \d\d\sh\s\d\d$/).waitFor({ timeout: 60_000 });
        const { document } = await openDpiaFile(file);
        assert.equal(document.assessment.cameras.length, CAMERAS);
        const answer = document.assessment.answers['context.description'];
        assert.ok(answer && 'text' in answer && answer.text.includes('Cinq mille caméras.'));
        expectClean(session);
      },
    ));
});
