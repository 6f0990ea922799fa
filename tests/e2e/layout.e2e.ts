// End to end: the screenshot tour of the example at the widths DPOs have (1024×700, 1366×768, 1920×1080), in French
// and English, with what a user would notice at each: the help reachable at 1024, the language switch visible beside
// a 200-character title, the camera inventory over the whole width at 1920, and no serious accessibility violation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { startApp } from './app-harness.ts';
import type { AppSession } from './app-harness.ts';
import { expectAccessible, expectClean, goTo, journey, nav, shoot, sharedBrowser } from './journey-tools.ts';

const shared = sharedBrowser();

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const LONG_TITLE = (
  'Analyse d’impact relative à la protection des données du centre de supervision urbaine de la communauté ' +
  'd’agglomération de Saint-Rémy-de-Provence-et-Environs, extension du réseau de vidéoprotection 2027-2029'
).padEnd(200, '.');

const TEXTS = {
  fr: {
    openExample: 'Ouvrir l’exemple',
    overview: /^Informations générales/,
    question: /^Vue d’ensemble/,
    qualification: /^Qualification du traitement/,
    description: /Décrivez le traitement/,
    cameras: /^Données, processus/,
    risks: /^Scénarios de risques/,
    measures: /^Registre des mesures/,
    actionPlan: /^Plan d’action$/,
    findings: /^Points de vigilance/,
    validation: /^Avis et validation$/,
    help: 'Aide',
    helpDrawer: 'Aide',
    law: 'Textes de référence',
    riskCatalogue: 'Catalogue des risques',
    measureCatalogue: 'Catalogue des mesures',
    catalogue: 'Catalogue',
    expand: 'Agrandir l’inventaire',
    inventory: 'Inventaire des caméras',
    export: 'Exporter en Word',
    language: 'Langue de l’interface',
    title: 'Titre',
    close: 'Fermer',
    columns: 'Colonnes',
  },
  en: {
    openExample: 'Open the example',
    overview: /^General information/,
    question: /^Overview/,
    qualification: /^Qualifying the processing/,
    description: /Describe the video-protection/,
    cameras: /^Data, processes/,
    risks: /^Risk scenarios/,
    measures: /^Measures register/,
    actionPlan: /^Action plan$/,
    findings: /^Points to watch/,
    validation: /^Opinions and validation$/,
    help: 'Help',
    helpDrawer: 'Guidance',
    law: 'Legal references',
    riskCatalogue: 'Risk catalogue',
    measureCatalogue: 'Measure catalogue',
    catalogue: 'Catalogue',
    expand: 'Enlarge the inventory',
    inventory: 'Camera inventory',
    export: 'Export to Word',
    language: 'Interface language',
    title: 'Title',
    close: 'Close',
    columns: 'Columns',
  },
} as const;
type Texts = (typeof TEXTS)[keyof typeof TEXTS];

async function scrollTo(page: Page, selector: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(50);
}

/** The language switch lies inside the window and inside the top bar, and neither button is cut. */
async function expectLanguageSwitchVisible(page: Page, x: Texts, where: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const group = page.getByRole('group', { name: x.language });
  const box = (await group.boundingBox())!;
  const bar = (await page.locator('.top-bar').boundingBox())!;
  assert.ok(box.x >= 0 && box.x + box.width <= viewport.width, `${where}: language switch off the window`);
  assert.ok(
    box.y >= bar.y && box.y + box.height <= bar.y + bar.height,
    `${where}: language switch off the bar`,
  );
  const cut = await group
    .getByRole('button')
    .evaluateAll((buttons) => buttons.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
  assert.equal(cut, 0, `${where}: a language button is cut`);
  for (const name of ['Français', 'English'])
    assert.ok(await group.getByRole('button', { name, exact: true }).isVisible(), `${where}: ${name}`);
}

/** The help as a drawer: opened by « Aide », a modal dialog holding `heading`; Escape closes it, focus returns. */
async function openHelpDrawer(page: Page, x: Texts, opener: ReturnType<Page['getByRole']>, heading: string) {
  await opener.click();
  const drawer = page.getByRole('dialog', { name: x.helpDrawer });
  await drawer.getByRole('heading', { name: heading }).waitFor();
  assert.equal(await drawer.evaluate((d) => d.contains(document.activeElement)), true, 'focus moved in');
  return drawer;
}

async function tour(session: AppSession, language: 'fr' | 'en'): Promise<void> {
  const { page } = session;
  const x = TEXTS[language];
  const check = async (screen: string, width: number) => {
    const name = `layout-${screen}-${width}-${language}`;
    await shoot(page, name);
    await expectAccessible(page, name);
  };

  // The home screen is one column: its narrowest and widest views say enough.
  for (const size of [SIZES[0], SIZES[2]]) {
    await page.setViewportSize(size);
    await page.getByRole('button', { name: x.openExample }).waitFor();
    await check('home', size.width);
  }
  await page.getByRole('button', { name: x.openExample }).click();
  await nav(page).waitFor();
  if (language === 'fr') {
    // A title as long as a real one can be: the top bar shortens it, and keeps every action in view.
    await goTo(page, x.overview);
    await page.getByRole('textbox', { name: x.title, exact: true }).fill(LONG_TITLE);
    await page.getByRole('textbox', { name: x.title, exact: true }).press('Tab');
    await page.locator('.doc-title', { hasText: LONG_TITLE }).waitFor();
  }

  for (const size of SIZES) {
    const { width } = size;
    await page.setViewportSize(size);
    await expectLanguageSwitchVisible(page, x, `${width}-${language}`);
    for (const action of [x.export, x.close])
      assert.ok(await page.getByRole('button', { name: action, exact: true }).isVisible(), action);

    await goTo(page, x.overview);
    await check('overview', width);

    await goTo(page, x.question);
    await page.getByRole('textbox', { name: x.description }).click();
    await check('question', width);
    if (width < 1100) {
      // No column for the help: each question's « Aide » opens it as a drawer, with the law.
      assert.equal(await page.locator('aside.guidance-panel').count(), 0);
      const questionHelp = page.getByRole('button', { name: /^(Afficher l’aide|Show the help)/ });
      const opener = questionHelp.first();
      const drawer = await openHelpDrawer(page, x, opener, x.law);
      await check('help', width);
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
      assert.equal(
        await opener.evaluate((b) => b === document.activeElement),
        true,
        'focus back on « Aide »',
      );
    }

    if (width === 1366) {
      // A table's justifications are read whole: the cell grows to its text instead of hiding it.
      await goTo(page, x.qualification);
      await scrollTo(page, '.table-field');
      const hidden = await page
        .locator('.table-field .text-input')
        .evaluateAll((fields) => fields.filter((f) => f.scrollHeight > f.clientHeight + 1).length);
      assert.equal(hidden, 0, 'a table cell hides part of its text');
      if (language === 'fr') await shoot(page, `layout-table-${width}-${language}`);
    }

    await goTo(page, x.cameras);
    await page.getByRole('grid').waitFor();
    await page.getByRole('button', { name: x.expand }).click();
    const inventory = page.getByRole('dialog', { name: x.inventory });
    const grid = inventory.getByRole('grid');
    await grid.waitFor();
    const gridBox = (await grid.boundingBox())!;
    if (width === 1920) assert.ok(gridBox.width >= 0.9 * width, `grid ${gridBox.width} px wide at ${width}`);
    assert.ok(gridBox.height >= size.height * 0.6, `grid ${gridBox.height} px tall at ${size.height}`);
    await check('cameras', width);
    await grid
      .getByRole('button', { name: /CAM-0*1$|CAM-0*1\b/ })
      .first()
      .click();
    const form = page
      .getByRole('dialog')
      .filter({ has: page.getByRole('textbox') })
      .last();
    await form.getByRole('heading', { level: 3 }).first().waitFor();
    await check('camera-form', width);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await inventory.waitFor({ state: 'detached' });

    await goTo(page, x.risks);
    await page.getByRole('button', { name: /^R1 / }).click();
    await scrollTo(page, '.risk-register .entry.open');
    await check('risks', width);
    await scrollTo(page, '.risk-map');
    await check('risk-map', width);
    if (width < 1100) {
      // The catalogue where the DPO works, and in the help drawer too, with the scales.
      await page.getByRole('button', { name: x.catalogue, exact: true }).click();
      const catalogue = page.getByRole('dialog', { name: x.riskCatalogue });
      await catalogue.getByRole('listitem').first().waitFor();
      await page.keyboard.press('Escape');
      await catalogue.waitFor({ state: 'detached' });
      const drawer = await openHelpDrawer(
        page,
        x,
        page.locator('.top-bar').getByRole('button', { name: x.help, exact: true }),
        x.riskCatalogue,
      );
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
    }

    await goTo(page, x.measures);
    await page.getByRole('button', { name: x.catalogue, exact: true }).waitFor();
    await check('measures', width);
    if (width < 1100) {
      await page.getByRole('button', { name: x.catalogue, exact: true }).click();
      const catalogue = page.getByRole('dialog', { name: x.measureCatalogue });
      await catalogue.getByRole('listitem').first().waitFor();
      await page.keyboard.press('Escape');
      await catalogue.waitFor({ state: 'detached' });
    }

    await goTo(page, x.actionPlan);
    await check('action-plan', width);
    await goTo(page, x.findings);
    await check('findings', width);
    await goTo(page, x.validation);
    await check('validation', width);

    await page.getByRole('button', { name: x.export, exact: true }).click();
    const exportDialog = page.getByRole('dialog', { name: x.export });
    await exportDialog.waitFor();
    await check('export', width);
    await page.keyboard.press('Escape');
    await exportDialog.waitFor({ state: 'detached' });
  }
}

for (const language of ['fr', 'en'] as const) {
  void describe(`the layout at 1024, 1366 and 1920 px, in ${language === 'fr' ? 'French' : 'English'}`, () => {
    let session: AppSession;
    before(async () => {
      session = await startApp(shared.browser, { server: shared.server, language });
    });
    after(async () => session?.close());

    void it('shows every main screen readable at every width, the help always reachable', () =>
      journey(
        () => session,
        `layout-${language}`,
        async () => {
          await tour(session, language);
          expectClean(session);
        },
      ));
  });
}

void describe('the camera grid’s columns', () => {
  let session: AppSession;
  before(async () => {
    session = await startApp(shared.browser, {
      server: shared.server,
      language: 'fr',
      viewport: { width: 1366, height: 768 },
    });
  });
  after(async () => session?.close());

  void it('resize with the pointer and the keyboard, and hide from the columns menu', () =>
    journey(
      () => session,
      'layout-columns',
      async () => {
        const { page } = session;
        await page.getByRole('button', { name: 'Ouvrir l’exemple' }).click();
        await goTo(page, TEXTS.fr.cameras);
        const grid = page.getByRole('grid');
        await grid.waitFor();
        const header = grid.getByRole('columnheader', { name: 'Emplacement' });
        // Pointer: drag the edge 80 px to the right.
        const edge = page.getByRole('separator', { name: /Largeur de la colonne «\s?Emplacement\s?»/ });
        await edge.scrollIntoViewIfNeeded();
        const box = (await edge.boundingBox())!;
        const before = (await header.boundingBox())!.width;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.down();
        await page.mouse.move(box.x + 40, box.y + box.height / 2, { steps: 4 });
        await page.mouse.move(box.x + 84, box.y + box.height / 2, { steps: 4 });
        await page.mouse.up();
        const dragged = (await header.boundingBox())!.width;
        assert.ok(Math.abs(dragged - before - 80) <= 4, `dragged ${before} → ${dragged}`);
        // Keyboard: two steps narrower.
        await edge.focus();
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        const keyed = (await header.boundingBox())!.width;
        assert.ok(Math.abs(dragged - keyed - 32) <= 2, `keyboard ${dragged} → ${keyed}`);
        // The reasons of a flag, in words, in their column.
        await grid
          .getByRole('gridcell', { name: /Autorisation expirée|Aucune finalité|Habitations sans masque/ })
          .first()
          .waitFor();
        // Hide the owner column.
        await page.getByRole('button', { name: 'Colonnes' }).click();
        await page.getByRole('checkbox', { name: 'Propriétaire' }).uncheck();
        await page.keyboard.press('Escape');
        assert.equal(await grid.getByRole('columnheader', { name: 'Propriétaire' }).count(), 0);
        await shoot(page, 'layout-columns-1366-fr');
        expectClean(session);
      },
    ));
});
