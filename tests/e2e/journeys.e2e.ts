// End-to-end journeys in Debian's Chromium against the built renderer, window.dpia bridged to the real main-process
// handlers: a full assessment from the CSU template to Word and back, the example in both languages (screenshots,
// axe), and hostile text. Every journey asserts that nothing left 127.0.0.1.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { startApp } from './app-harness.ts';
import type { AppSession } from './app-harness.ts';
import { expectAccessible, expectClean, goTo, journey, nav, shoot, sharedBrowser } from './journey-tools.ts';

const CAMERAS_CSV =
  '\uFEFFCode;Emplacement;Type;Finalités;Près d’habitations;Masques;Audio;Fin d’autorisation\r\n' +
  'CAM-101;"Place de la Mairie; côté nord";Dôme;1, 5;oui;statiques;absent;30/06/2027\r\n' +
  'CAM-102;Gare routière;Fixe;3;non;aucun;absent;\r\n' +
  'CAM-103;Parc des Sports;Soucoupe;5;non;aucun;absent;\r\n' +
  'CAM-104;"Rue Haute\r\n(angle)";PTZ;5 11;non;dynamiques;présent, désactivé;2027-01-31\r\n';

const shared = sharedBrowser();

void describe('a DPO writes an assessment from the CSU template, exports it, and reopens it', () => {
  let session: AppSession;
  before(async () => {
    session = await startApp(shared.browser, { server: shared.server, language: 'fr' });
  });
  after(async () => session?.close());

  void it('goes from a blank assessment to Word and back, losing nothing', () =>
    journey(
      () => session,
      'full-journey',
      async () => {
        const { page, dialogs, dir } = session;
        await page.getByRole('textbox', { name: 'Titre de l’analyse' }).fill('AIPD du CSU de Testville');
        await page.getByRole('button', { name: 'Créer l’analyse' }).click();
        await nav(page).waitFor();
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'AIPD du CSU de Testville');

        // Context questions: a choice on the first page, then rich text and text.
        await page
          .getByRole('radiogroup', { name: /AIPD est-elle obligatoire/ })
          .getByRole('radio')
          .first()
          .check();
        await goTo(page, /^Vue d’ensemble/);
        const description = page.getByRole('textbox', { name: /Décrivez le traitement de vidéoprotection/ });
        // Typed as in a word processor: Ctrl+B, and "- " at the start of a line starts a list.
        await description.click();
        await page.keyboard.type('Le CSU de Testville exploite ');
        await page.keyboard.press('Control+b');
        await page.keyboard.type('quatre caméras');
        await page.keyboard.press('Control+b');
        await page.keyboard.type(' :');
        await page.keyboard.press('Enter');
        await page.keyboard.type('- une place');
        await page.keyboard.press('Enter');
        await page.keyboard.type('une gare');
        await page
          .getByRole('textbox', { name: 'Qui est le responsable du traitement ?' })
          .fill('Commune de Testville');
        await page.getByRole('textbox', { name: /Quels bénéfices attendez-vous/ }).click();

        // Cameras from a French Excel CSV: one row refused with its reason, the others added.
        const csv = path.join(dir, 'cameras.csv');
        await writeFile(csv, CAMERAS_CSV);
        dialogs.open.push([csv]);
        await goTo(page, /^Données, processus/);
        await page.getByRole('button', { name: 'Importer (CSV, Excel)…' }).click();
        const importDialog = page.getByRole('dialog', { name: 'Importer des caméras depuis cameras.csv' });
        await importDialog.getByText(/Ligne 4 — Type\s:\stype «\sSoucoupe\s» inconnu/).waitFor();
        await importDialog.getByRole('button', { name: 'Importer 3 caméras' }).click();
        await page.getByText('3 caméras', { exact: true }).waitFor();
        await page.getByRole('button', { name: 'Modifier la caméra CAM-104' }).waitFor();

        // A custom risk (not one of the three feared events), threats typed without Enter, rated twice.
        await goTo(page, /^Scénarios de risques/);
        await page.getByRole('button', { name: 'Ajouter un risque' }).click();
        const title = page.getByRole('textbox', { name: 'Intitulé' });
        await title.fill('Perte de confiance des habitants filmés chez eux');
        await page.getByRole('combobox', { name: 'Événement redouté' }).selectOption('other');
        await page.getByLabel('Menaces', { exact: true }).fill('Caméra orientée vers des fenêtres');
        await page.getByLabel('Sources de risque', { exact: true }).click();
        await page
          .getByRole('list', { name: 'Menaces (liste)' })
          .getByText('Caméra orientée vers des fenêtres')
          .waitFor();
        const initial = page.getByRole('region', { name: /Niveau initial/ });
        await initial
          .getByRole('radiogroup', { name: /Gravité/ })
          .getByRole('radio', { name: /^3/ })
          .check();
        await initial
          .getByRole('radiogroup', { name: /Vraisemblance/ })
          .getByRole('radio', { name: /^3/ })
          .check();
        const residual = page.getByRole('region', { name: /Niveau résiduel/ });
        await residual
          .getByRole('radiogroup', { name: /Gravité/ })
          .getByRole('radio', { name: /^2/ })
          .check();
        await residual
          .getByRole('radiogroup', { name: /Vraisemblance/ })
          .getByRole('radio', { name: /^1/ })
          .check();
        // A measure linked to it, planned, with an owner and a deadline.
        await page.getByRole('button', { name: 'Nouvelle mesure liée' }).click();
        // Its title is asked in place; Enter creates the measure and links it.
        await page
          .getByRole('textbox', { name: 'Intitulé de la nouvelle mesure' })
          .fill('Masquer les fenêtres des caméras CAM-101 et CAM-104');
        await page.keyboard.press('Enter');
        await goTo(page, /^Registre des mesures/);
        const measure = page.getByRole('button', { name: /^Masquer les fenêtres/ }).first();
        if ((await measure.getAttribute('aria-expanded')) !== 'true') await measure.click();
        await page.getByRole('textbox', { name: 'Responsable' }).fill('Responsable du CSU');
        await page.getByLabel('Échéance').fill('2026-09-30');
        await page.getByRole('textbox', { name: 'Responsable' }).click();

        // The reviewer judges the first item "improvable".
        await page.getByRole('button', { name: 'Mode évaluateur' }).click();
        await goTo(page, /^Qualification du traitement/);
        const evaluation = page.getByRole('group', { name: /^Évaluation : Qualification/ });
        await evaluation.getByText('Améliorable', { exact: true }).click();
        await evaluation
          .getByRole('textbox', { name: 'Action corrective' })
          .fill('Préciser le régime de chaque finalité.');
        await page.getByRole('button', { name: 'Mode évaluateur' }).click();
        await nav(page).getByRole('img', { name: 'Améliorable' }).waitFor();
        await goTo(page, /^Plan d’action$/);
        await page.getByRole('cell', { name: 'Préciser le régime de chaque finalité.' }).waitFor();
        await page.getByRole('rowheader', { name: /Masquer les fenêtres/ }).waitFor();

        // Save with Ctrl+S (the first save asks where).
        const file = path.join(dir, 'testville.dpia');
        dialogs.save.push(file);
        await page.keyboard.press('Control+s');
        await page.getByText(/^Enregistré à \d\d\sh\s\d\d$/).waitFor();
        assert.ok(existsSync(file));

        // Export to Word with progress, then "show in folder".
        const docx = path.join(dir, 'testville.docx');
        dialogs.save.push(docx);
        await page.getByRole('button', { name: 'Exporter en Word' }).click();
        const exportDialog = page.getByRole('dialog', { name: 'Exporter en Word' });
        await exportDialog.getByRole('button', { name: 'Exporter…' }).click();
        await exportDialog.getByText(`Document exporté\u202f: ${docx}`).waitFor({ timeout: 30_000 });
        await exportDialog.getByRole('button', { name: 'Afficher dans le dossier' }).click();
        await page.waitForTimeout(100);
        assert.deepEqual(session.shownInFolder, [docx]);
        const documentXml = strFromU8(unzipSync(new Uint8Array(await readFile(docx)))['word/document.xml']!);
        for (const text of [
          'Perte de confiance des habitants filmés chez eux',
          'CAM-104',
          'Commune de Testville',
        ]) {
          assert.ok(documentXml.includes(text), `the Word file holds "${text}"`);
        }
        await exportDialog.getByRole('button', { name: 'Fermer' }).last().click();

        // Close, reopen from the recent files, and find everything.
        await page.getByRole('button', { name: 'Fermer', exact: true }).click();
        await page.getByRole('button', { name: /AIPD du CSU de Testville/ }).click();
        await nav(page).waitFor();
        await nav(page).getByRole('img', { name: 'Améliorable' }).waitFor();
        await goTo(page, /^Vue d’ensemble/);
        const reopened = page.getByRole('textbox', { name: /Décrivez le traitement/ });
        assert.equal(await reopened.locator('strong').textContent(), 'quatre caméras');
        assert.deepEqual(await reopened.getByRole('listitem').allTextContents(), ['une place', 'une gare']);
        assert.equal(
          await page.getByRole('textbox', { name: 'Qui est le responsable du traitement ?' }).inputValue(),
          'Commune de Testville',
        );
        await goTo(page, /^Données, processus/);
        await page.getByText('3 caméras', { exact: true }).waitFor();
        await goTo(page, /^Scénarios de risques/);
        await page.getByRole('button', { name: /^R\d+ Perte de confiance des habitants/ }).click();
        await page
          .getByRole('list', { name: 'Menaces (liste)' })
          .getByText('Caméra orientée vers des fenêtres')
          .waitFor();
        await page
          .getByRole('img', {
            name: /initial gravité 3, vraisemblance 3\s; résiduel gravité 2, vraisemblance 1/,
          })
          .waitFor();
        await goTo(page, /^Registre des mesures/);
        await page
          .getByRole('button', { name: /^Masquer les fenêtres des caméras CAM-101 et CAM-104/ })
          .waitFor();
        expectClean(session);
      },
    ));
});

/** Brings an element to the top of the main column (twice: sizes settle as off-screen questions render). */
async function scrollToTop(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await page.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(100);
  }
}

/** The main screens, in order: where to go and what to wait for. */
async function visitScreens(page: Page, language: 'fr' | 'en', check: (name: string) => Promise<void>) {
  const fr = language === 'fr';
  await goTo(page, fr ? /^Vue d’ensemble/ : /^Overview/);
  await page
    .getByRole('textbox', { name: fr ? /Décrivez le traitement/ : /Describe the video-protection/ })
    .click();
  await check('question');
  await goTo(page, fr ? /^Données, processus/ : /^Data, processes/);
  await page.getByRole('grid').waitFor();
  await scrollToTop(page, '[data-question-id="context.cameras"]');
  await check('cameras');
  await goTo(page, fr ? /^Scénarios de risques/ : /^Risk scenarios/);
  await page.getByRole('button', { name: /^R1 / }).click();
  await page.locator('.risk-map').scrollIntoViewIfNeeded();
  await check('risks');
  await goTo(page, fr ? /^Points de vigilance/ : /^Points to watch/);
  await check('findings');
  await goTo(page, fr ? /^Plan d’action$/ : /^Action plan$/);
  await check('action-plan');
  await goTo(page, fr ? /^Avis et validation$/ : /^Opinions and validation$/);
  await check('validation');
}

void describe('the example, in French then in English', () => {
  let session: AppSession;
  before(async () => {
    session = await startApp(shared.browser, { server: shared.server, language: 'fr' });
  });
  after(async () => session?.close());

  void it('shows every main screen, accessible, in both languages, and switches language live', () =>
    journey(
      () => session,
      'example',
      async () => {
        const { page } = session;
        await page.getByRole('button', { name: 'Ouvrir l’exemple' }).waitFor();
        await shoot(page, 'home-fr');
        await expectAccessible(page, 'home-fr');
        await page.getByRole('button', { name: 'Ouvrir l’exemple' }).click();
        await nav(page).waitFor();
        await visitScreens(page, 'fr', async (name) => {
          await shoot(page, `${name}-fr`);
          await expectAccessible(page, `${name}-fr`);
        });
        // Reviewer mode on a question page, for the record.
        await page.getByRole('button', { name: 'Mode évaluateur' }).click();
        await goTo(page, /^Nécessité et proportionnalité/);
        await shoot(page, 'reviewer-fr');
        await expectAccessible(page, 'reviewer-fr');
        await page.getByRole('button', { name: 'Mode évaluateur' }).click();

        await page.getByRole('button', { name: 'English' }).click();
        await nav(page)
          .getByRole('button', { name: /^Qualifying the processing/ })
          .waitFor();
        await page.getByRole('button', { name: 'Export to Word' }).waitFor();
        await visitScreens(page, 'en', async (name) => {
          await shoot(page, `${name}-en`);
          await expectAccessible(page, `${name}-en`);
        });
        await page.getByRole('button', { name: 'Close', exact: true }).click();
        // The example has no file: the main process asks; "don't save" closes.
        session.dialogs.messageBox.push(1);
        await page
          .getByRole('button', { name: 'Create the assessment' })
          .waitFor()
          .catch(async () => {
            // No draft was written (nothing changed): the document closed without asking.
          });
        await page.getByRole('button', { name: 'Create the assessment' }).waitFor();
        await shoot(page, 'home-en');
        await expectAccessible(page, 'home-en');
        expectClean(session);
      },
    ));
});

void describe('hostile text', () => {
  let session: AppSession;
  before(async () => {
    session = await startApp(shared.browser, { server: shared.server, language: 'fr' });
  });
  after(async () => session?.close());

  void it('shows markup typed by a user as text, in answers, titles and imported cells', () =>
    journey(
      () => session,
      'hostile',
      async () => {
        const { page, dialogs, dir } = session;
        const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
        await page.getByRole('textbox', { name: 'Titre de l’analyse' }).fill(`Titre ${hostile}`);
        await page.getByRole('button', { name: 'Créer l’analyse' }).click();
        await nav(page).waitFor();
        await goTo(page, /^Vue d’ensemble/);
        const field = page.getByRole('textbox', { name: /Décrivez le traitement/ });
        await field.fill(`Réponse ${hostile} [lien](javascript:window.pwned=3)`);
        await field.getByText('<img src=x onerror="window.pwned=1">', { exact: false }).waitFor();
        // The reviewer reads the same text, as text: no image, no script, no link.
        await page.getByRole('button', { name: 'Mode évaluateur' }).click();
        const reading = page.getByRole('region', { name: /Décrivez le traitement/ });
        await reading.getByText('<img src=x onerror="window.pwned=1">', { exact: false }).waitFor();
        await reading.getByText('[lien](javascript:window.pwned=3)', { exact: false }).click();
        await page.getByRole('button', { name: 'Mode évaluateur' }).click();
        const csv = path.join(dir, 'hostile.csv');
        await writeFile(csv, `code;emplacement;type\nX-1;"${hostile.replaceAll('"', '""')}";fixe\n`);
        dialogs.open.push([csv]);
        await goTo(page, /^Données, processus/);
        await page.getByRole('button', { name: 'Importer (CSV, Excel)…' }).click();
        await page.getByRole('button', { name: 'Importer 1 caméra' }).click();
        await page.getByText(hostile).first().waitFor();
        assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined);
        assert.equal(await page.locator('img').count(), 0);
        assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), `Titre ${hostile}`);
        assert.deepEqual(session.openedExternally, [], 'a javascript: link is not a link');
        expectClean(session);
      },
    ));
});

/** The example, validated by the mayor, written into `file`: ready to sign. */
async function validatedExampleFile(file: string): Promise<void> {
  const { buildExampleDocument } = await import('../../core/example/example-document.ts');
  const { changeStatus } = await import('../../core/workflow/change-status.ts');
  const { writeDpia } = await import('../../core/format/write-dpia.ts');
  const document = await buildExampleDocument();
  let assessment = document.assessment;
  for (const to of ['in-review', 'validated'] as const) {
    if (to === 'in-review' && assessment.meta.status !== 'draft') continue;
    const result = changeStatus(assessment, {
      to,
      by: 'M. Bernard Lefebvre',
      at: '2026-03-01T10:00:00Z',
      role: 'Maire',
      findings: [],
      justification: 'Plan d’action adopté en conseil municipal.',
    });
    if (!result.ok) throw new Error(result.error.localized('en'));
    assessment = result.assessment;
  }
  await writeFile(file, (await writeDpia({ ...document, assessment }, { createdWith: 'e2e', file })).bytes);
}

/** A copy edited (retention 21 → 365 days, a risk deleted) and re-signed « Mme la maire » with another key. */
async function forgedCopy(signed: string, forged: string): Promise<void> {
  const { readDpia } = await import('../../core/format/read-dpia.ts');
  const { writeDpia } = await import('../../core/format/write-dpia.ts');
  const { generateSigningKeyPair, importPrivateKey } = await import('../../core/signature/keys.ts');
  const { signDocument } = await import('../../core/signature/sign.ts');
  const { document } = await readDpia(new Uint8Array(await readFile(signed)), { file: 'signed.dpia' });
  const history = document.assessment.statusHistory.slice(0, -1);
  const assessment = {
    ...document.assessment,
    meta: { ...document.assessment.meta, status: 'validated' as const },
    statusHistory: history,
    risks: document.assessment.risks.slice(1),
    answers: {
      ...document.assessment.answers,
      'context.retention-days': { type: 'number' as const, value: 365, comment: '' },
    },
  };
  const key = await importPrivateKey((await generateSigningKeyPair()).privateKeyPem, 'forger.pem');
  const resigned = await signDocument(
    { ...document, assessment, signature: null },
    { key, signer: { name: 'Mme la maire', role: 'Maire' }, at: new Date().toISOString() },
  );
  await writeFile(forged, (await writeDpia(resigned.document, { createdWith: 'e2e', file: forged })).bytes);
}

void describe('a mayor signs with a key made in the app; a forged copy is not recognised', () => {
  let session: AppSession;
  before(async () => {
    session = await startApp(shared.browser, { server: shared.server, language: 'fr' });
  });
  after(async () => session?.close());

  const openFile = async (file: string) => {
    const { page, dialogs } = session;
    dialogs.open.push([file]);
    await page.getByRole('button', { name: 'Ouvrir un fichier…' }).click();
    await nav(page).waitFor();
  };
  const closeDocument = async () => {
    await session.page.getByRole('button', { name: 'Fermer', exact: true }).first().click();
    await session.page.getByRole('button', { name: 'Ouvrir un fichier…' }).waitFor();
  };

  void it('creates a key, trusts it, signs, reopens (trusted), then opens a forged copy (not recognised)', () =>
    journey(
      () => session,
      'signature-journey',
      async () => {
        const { page, dir } = session;
        const signed = path.join(dir, 'valmont-signee.dpia');
        await validatedExampleFile(signed);
        await openFile(signed);
        await goTo(page, /^Avis et validation$/);

        // A key pair made in the app: the private key encrypted with the passphrase.
        const passphrase = 'Valmont-sur-Escaut 2026';
        await page.getByLabel('Phrase secrète (8 caractères au moins)').fill(passphrase);
        await page.getByLabel('La même phrase secrète, encore une fois').fill(passphrase);
        await page.getByRole('button', { name: 'Créer ma paire de clés' }).click();
        const fingerprint = (await page.getByTestId('own-fingerprint').textContent()) ?? '';
        assert.match(fingerprint, /^[0-9a-f]{4}( [0-9a-f]{4}){15}$/);
        const keyFile = await readFile(path.join(dir, 'user-data', 'keys', 'dpia-signing-key.pem'), 'utf8');
        assert.match(keyFile, /^-----BEGIN ENCRYPTED PRIVATE KEY-----/);

        // Trusted under the mayor's name, once the user confirms it in main's own dialog.
        session.dialogs.messageBox.push(0);
        await page
          .getByLabel('À qui est la clé (nom et qualité)')
          .fill('M. Bernard Lefebvre, maire de Valmont');
        await page.getByRole('button', { name: 'Ajouter ma clé à la liste de confiance' }).click();
        await page.locator('.trusted-keys').getByText('M. Bernard Lefebvre, maire de Valmont').waitFor();

        // Signed with the passphrase, asked in a dialog.
        const signing = page.getByRole('region', { name: 'Signature', exact: true });
        await signing.getByLabel('Signataire', { exact: true }).fill('M. Bernard Lefebvre');
        await signing.getByLabel('Qualité', { exact: true }).fill('Maire');
        await page.getByRole('button', { name: 'Signer le document…' }).click();
        const dialog = page.getByRole('dialog', { name: 'Signer avec votre clé' });
        await dialog.getByLabel('Phrase secrète de votre clé de signature').fill('pas la bonne');
        await dialog.getByRole('button', { name: 'Signer', exact: true }).click();
        await dialog.getByText('Phrase secrète incorrecte').waitFor();
        await dialog.getByLabel('Phrase secrète de votre clé de signature').fill(passphrase);
        await dialog.getByRole('button', { name: 'Signer', exact: true }).click();
        await dialog.waitFor({ state: 'detached' });
        await page.locator('.signature-banner.verdict-trusted').waitFor();

        // Reopened: the verdict is computed again on open.
        await closeDocument();
        await openFile(signed);
        const banner = page.locator('.signature-banner');
        await banner.waitFor();
        assert.match((await banner.textContent()) ?? '', /Signature reconnue/);
        assert.match((await banner.textContent()) ?? '', /M\. Bernard Lefebvre/);
        assert.ok(((await banner.textContent()) ?? '').includes(fingerprint));
        await shoot(page, 'signature-trusted-banner');
        await goTo(page, /^Avis et validation$/);
        await page.getByTestId('signature-verdict').scrollIntoViewIfNeeded();
        await shoot(page, 'signature-trusted');
        await expectAccessible(page, 'signature-trusted');

        // The forged copy: intact, but signed by a key nobody trusts.
        const forged = path.join(dir, 'valmont-falsifiee.dpia');
        await forgedCopy(signed, forged);
        await closeDocument();
        await openFile(forged);
        const forgedBanner = page.locator('.signature-banner');
        await forgedBanner.waitFor();
        const text = (await forgedBanner.textContent()) ?? '';
        assert.match(text, /Signataire non reconnu/);
        assert.ok(!text.includes(fingerprint), 'the forged copy is not signed with the mayor’s key');
        await shoot(page, 'signature-not-recognised-banner');
        await goTo(page, /^Avis et validation$/);
        await page.getByTestId('signature-verdict').scrollIntoViewIfNeeded();
        await shoot(page, 'signature-not-recognised');
        await expectAccessible(page, 'signature-not-recognised');

        // A junk signature: broken, the document is not signed and says so.
        const junk = path.join(dir, 'valmont-signature-invalide.dpia');
        const entries = unzipSync(new Uint8Array(await readFile(signed)));
        entries['signature.json'] = new TextEncoder().encode('{"signed": true}');
        const { zipSync } = await import('fflate');
        const { fixManifest } = await import('../core/signature/tamper-tools.ts');
        await fixManifest(entries);
        await writeFile(junk, zipSync(entries));
        await closeDocument();
        await openFile(junk);
        const broken = page.getByRole('alert').filter({ hasText: 'Signature rompue' });
        await broken.waitFor();
        await shoot(page, 'signature-broken');
        expectClean(session);
      },
    ));
});
