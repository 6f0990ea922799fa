// End to end: the findings and the search as a DPO uses them, in Debian's Chromium with window.dpia bridged to the
// real handlers: one count everywhere, filters, « Y aller » opening the one camera concerned, Ctrl+F jumping to a
// camera and to an answer; screenshots at 1024×700 and 1920×1080 in French and English.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startApp } from './app-harness.ts';
import type { AppSession } from './app-harness.ts';
import { expectAccessible, expectClean, journey, nav, shoot, sharedBrowser } from './journey-tools.ts';

const shared = sharedBrowser();

/** The example with a single camera near homes left without masks: its finding points to that camera. */
async function oneExposedCameraFile(file: string): Promise<string> {
  const { buildExampleDocument } = await import('../../core/example/example-document.ts');
  const { writeDpia } = await import('../../core/format/write-dpia.ts');
  const document = await buildExampleDocument();
  const exposed = document.assessment.cameras.filter((c) => c.nearHomes && c.privacyMasks === 'none');
  for (const camera of exposed.slice(0, -1)) camera.privacyMasks = 'static';
  await writeFile(file, (await writeDpia(document, { createdWith: 'e2e', file })).bytes);
  return exposed.at(-1)!.code;
}

const TEXT = {
  fr: {
    findings: /^Points de vigilance/,
    heading: 'Points de vigilance',
    search: 'Rechercher dans l’analyse',
    box: 'Mots à rechercher',
    create: 'Créer l’analyse',
    query: 'conservation',
    missing: /^\d+ erreurs, dont \d+ réponses manquantes/,
  },
  en: {
    findings: /^Points to watch/,
    heading: 'Points to watch',
    search: 'Search the assessment',
    box: 'Words to search for',
    create: 'Create the assessment',
    query: 'retention',
    missing: /^\d+ errors, of which \d+ missing answers/,
  },
} as const;

async function openFindings(page: Page, language: 'fr' | 'en'): Promise<void> {
  await nav(page).getByRole('button', { name: TEXT[language].findings }).click();
  await page.getByRole('heading', { level: 2, name: TEXT[language].heading }).waitFor();
  // The checks answer from their worker.
  await page
    .getByTestId('findings-count')
    .filter({ hasNotText: /Vérification en cours|Checking/ })
    .waitFor();
}

async function search(page: Page, language: 'fr' | 'en', query: string) {
  await page.keyboard.press('Control+f');
  const dialog = page.getByRole('dialog', { name: TEXT[language].search });
  await dialog.waitFor();
  const box = dialog.getByRole('combobox', { name: TEXT[language].box });
  await box.fill(query);
  await dialog.getByRole('listbox').getByRole('option').first().waitFor();
  return { dialog, box };
}

void describe('findings and search (French, 1024×700)', () => {
  let session: AppSession;
  before(async () => {
    session = await startApp(shared.browser, {
      server: shared.server,
      language: 'fr',
      viewport: { width: 1024, height: 700 },
    });
  });
  after(async () => {
    await session?.close();
  });

  void it('counts once, filters, opens the one camera of a finding, and jumps from the search', () =>
    journey(
      () => session,
      'findings-fr-1024',
      async () => {
        const { page, dialogs, dir } = session;
        const file = path.join(dir, 'une-camera.dpia');
        const code = await oneExposedCameraFile(file);
        dialogs.open.push([file]);
        await page.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
        await nav(page).waitFor();

        await openFindings(page, 'fr');
        const badge = nav(page).getByTestId('findings-badge');
        assert.equal(
          await badge.getAttribute('title'),
          await page.getByTestId('findings-count').textContent(),
          'the navigation and the page say the same count',
        );
        await shoot(page, 'findings-page-fr-1024x700');
        await expectAccessible(page, 'findings page');

        // Filters: no errors, then one section only, then everything again.
        const rows = page.locator('.findings-view .finding-list > li');
        const all = await rows.count();
        await page.getByRole('checkbox', { name: /erreurs?$/ }).uncheck();
        assert.equal(await page.locator('.findings-view .finding-error').count(), 0);
        assert.ok((await rows.count()) < all);
        await page.getByRole('button', { name: 'Tout afficher' }).click();
        assert.equal(await rows.count(), all);
        await page.getByRole('combobox', { name: 'Partie' }).selectOption({ index: 1 });
        assert.ok((await rows.count()) < all);
        await page.getByRole('button', { name: 'Tout afficher' }).click();

        // « Y aller » on the finding about one camera opens that camera, its row selected in the grid.
        await rows
          .filter({ hasText: `Caméra ${code}` })
          .first()
          .getByRole('button', { name: 'Y aller' })
          .click();
        const form = page.getByRole('dialog', { name: `Caméra ${code}` });
        await form.waitFor();
        await shoot(page, 'findings-go-camera-fr-1024x700');
        await page.keyboard.press('Escape');
        await form.waitFor({ state: 'detached' });
        const selected = page.locator('.camera-row.selected');
        assert.equal(await selected.getAttribute('aria-selected'), 'true');
        assert.ok(await selected.getByRole('button', { name: `Modifier la caméra ${code}` }).isVisible());

        // Ctrl+F: « securite » finds « sécurité », marked; then a camera by its code.
        const { dialog, box } = await search(page, 'fr', 'securite');
        assert.equal((await dialog.locator('mark').first().textContent())?.toLowerCase(), 'sécurité');
        await shoot(page, 'search-fr-1024x700');
        await expectAccessible(page, 'search dialog');
        await box.fill('CAM-002');
        await dialog.getByRole('option', { name: /^CAM-002/ }).waitFor();
        await page.keyboard.press('Enter');
        await page.getByRole('dialog', { name: 'Caméra CAM-002' }).waitFor();
        await page.keyboard.press('Escape');

        // …and to an answer: the question's heading takes the focus.
        const second = await search(page, 'fr', 'durée conservation');
        const answers = second.dialog.getByRole('group', { name: /^Réponses/ });
        await answers.getByRole('option').first().waitFor();
        const target = (await answers
          .getByRole('option')
          .first()
          .locator('.search-option-title')
          .textContent())!;
        // The first result overall is an answer (answers come first): Enter goes there.
        await page.keyboard.press('Enter');
        await second.dialog.waitFor({ state: 'detached' });
        await page.waitForFunction(() => document.activeElement?.tagName === 'H3');
        const heading = await page.evaluate(() => document.activeElement?.textContent ?? '');
        assert.ok(heading.startsWith(target.trim()), `${heading} is the question of « ${target} »`);

        // Escape closes the search.
        await page.keyboard.press('Control+f');
        await page.getByRole('dialog', { name: 'Rechercher dans l’analyse' }).waitFor();
        await page.keyboard.press('Escape');
        await page.getByRole('dialog', { name: 'Rechercher dans l’analyse' }).waitFor({ state: 'detached' });
        expectClean(session);
      },
    ));
});

for (const [language, width, height] of [
  ['fr', 1920, 1080],
  ['en', 1024, 700],
  ['en', 1920, 1080],
] as const) {
  void describe(`findings and search (${language}, ${width}×${height})`, () => {
    let session: AppSession;
    before(async () => {
      session = await startApp(shared.browser, {
        server: shared.server,
        language,
        viewport: { width, height },
      });
    });
    after(async () => {
      await session?.close();
    });

    void it('shows a new assessment’s findings, missing answers grouped, and the search results', () =>
      journey(
        () => session,
        `findings-${language}-${width}`,
        async () => {
          const { page } = session;
          await page.getByRole('button', { name: TEXT[language].create }).click();
          await nav(page).waitFor();
          await openFindings(page, language);
          await page.getByTestId('findings-count').filter({ hasText: TEXT[language].missing }).waitFor();
          assert.match(
            (await page.getByTestId('findings-count').textContent()) ?? '',
            TEXT[language].missing,
          );
          assert.ok((await page.locator('.findings-view .finding-group').count()) > 1);
          await page.locator('.findings-view .finding-group summary').first().click();
          await shoot(page, `findings-page-${language}-${width}x${height}`);
          await expectAccessible(page, `findings page ${language}`);
          await search(page, language, TEXT[language].query);
          await shoot(page, `search-${language}-${width}x${height}`);
          await expectAccessible(page, `search ${language}`);
          expectClean(session);
        },
      ));
  });
}
