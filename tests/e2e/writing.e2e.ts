// End-to-end: writing a rich-text answer the way a DPO does, in the real editor in Chromium: the toolbar on an empty
// line, Ctrl+B/I/K, lists that continue and nest, a paste from Word, and the reviewer's rendering of the same text.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { startApp } from './app-harness.ts';
import type { AppSession } from './app-harness.ts';
import { expectAccessible, expectClean, goTo, journey, nav, shoot, sharedBrowser } from './journey-tools.ts';

const shared = sharedBrowser();

/** A fragment as Word puts it on the clipboard: a paragraph, a list drawn with mso-list paragraphs, an image. */
const WORD_FRAGMENT = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>
<body><!--StartFragment--><p class=MsoNormal><b>Accès</b> aux images<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Opérateurs habilités<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Officiers de police judiciaire<o:p></o:p></p>
<p class=MsoNormal><img src="file:///C:/Users/dpo/image001.png" onerror="window.__pwned=1"><span style='color:red'>Fin</span><o:p></o:p></p><!--EndFragment--></body></html>`;

/** Pastes HTML into the focused editor as the system clipboard would. */
async function pasteHtml(page: Page, html: string, text: string): Promise<void> {
  await page.evaluate(
    ([h, t]) => {
      const data = new DataTransfer();
      data.setData('text/html', h!);
      data.setData('text/plain', t!);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      document.activeElement?.dispatchEvent(event);
    },
    [html, text],
  );
}

/** The rich-text answers of a saved .dpia file. */
async function savedAnswer(file: string, id: string): Promise<unknown> {
  const entries = unzipSync(new Uint8Array(await readFile(file)));
  for (const [name, bytes] of Object.entries(entries)) {
    if (!name.endsWith('.json')) continue;
    const json = JSON.parse(strFromU8(bytes)) as { answers?: Record<string, unknown> };
    if (json.answers?.[id] !== undefined) return json.answers[id];
  }
  return undefined;
}

void describe('a DPO writes a formatted answer', () => {
  let session: AppSession;
  before(async () => {
    session = await startApp(shared.browser, {
      server: shared.server,
      language: 'fr',
      viewport: { width: 1366, height: 768 },
    });
  });
  after(async () => session?.close());

  void it('types with the toolbar and the keyboard, pastes from Word, and the reviewer sees the same text', () =>
    journey(
      () => session,
      'writing',
      async () => {
        const { page, dialogs, dir } = session;
        await page.getByRole('textbox', { name: 'Titre de l’analyse' }).fill('AIPD du CSU de Rédaction');
        await page.getByRole('button', { name: 'Créer l’analyse' }).click();
        await nav(page).waitFor();
        await goTo(page, /^Vue d’ensemble/);
        const field = page.getByRole('textbox', { name: /Décrivez le traitement de vidéoprotection/ });
        const question = page.locator('section', { has: field });
        await field.click();

        // The toolbar on an empty line: the list starts, and the words typed next land in it (they were lost).
        await question.getByRole('button', { name: 'Liste à puces' }).click();
        await page.keyboard.type('Place de la Mairie');
        // Enter continues the list; Tab nests the new item; Shift+Tab brings the next one back.
        await page.keyboard.press('Enter');
        await page.keyboard.press('Tab');
        await page.keyboard.type('côté nord');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.type('Gare routière');
        // Enter on an empty item leaves the list.
        await page.keyboard.press('Enter');
        await page.keyboard.press('Enter');
        await page.keyboard.type('Le centre exploite ');
        await page.keyboard.press('Control+b');
        await page.keyboard.type('quatre caméras');
        await page.keyboard.press('Control+b');
        await page.keyboard.type(' et ');
        await page.keyboard.press('Control+i');
        await page.keyboard.type('aucun micro');
        await page.keyboard.press('Control+i');
        // Shift+Enter: a line break inside the paragraph, kept in Word.
        await page.keyboard.press('Shift+Enter');
        await page.keyboard.type('Voir ');
        await page.keyboard.press('Control+k');
        const linkForm = page.getByRole('form', { name: 'Lien' });
        await linkForm.getByRole('textbox', { name: 'Adresse du lien' }).fill('www.cnil.fr');
        await page.keyboard.press('Enter');
        await linkForm.waitFor({ state: 'detached' });
        assert.equal(
          await field.evaluate((el) => el === document.activeElement),
          true,
          'the text has the focus',
        );
        await page.keyboard.press('Enter');
        await pasteHtml(page, WORD_FRAGMENT, 'Accès aux images');
        await shoot(page, 'writing-editor-fr-1366');
        await expectAccessible(page, 'writing-editor-fr-1366');

        // The rendering while typing: lists, bold, italic, link, line break; nothing of Word's HTML.
        assert.deepEqual(
          await field.locator('ul > li').evaluateAll((lis) => lis.map((li) => li.firstChild?.textContent)),
          [
            'Place de la Mairie',
            'côté nord',
            'Gare routière',
            'Opérateurs habilités',
            'Officiers de police judiciaire',
          ],
        );
        assert.equal(await field.locator('strong').first().textContent(), 'quatre caméras');
        assert.equal(await field.locator('em').textContent(), 'aucun micro');
        assert.equal(await field.locator('a').getAttribute('href'), 'https://www.cnil.fr');
        assert.equal(await field.locator('img, script, [style]').count(), 0);
        assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);

        // Undo takes back a word or a phrase, not a character.
        await page.keyboard.type(' mot');
        await page.keyboard.press('Control+z');
        await page.keyboard.press('Backspace');
        assert.ok(
          (await field.textContent())?.trimEnd().endsWith('Fin'),
          'undo removed the last word at once',
        );

        // Saved as the Markdown subset.
        const file = path.join(dir, 'redaction.dpia');
        dialogs.save.push(file);
        await page.keyboard.press('Control+s');
        await page.getByText(/^Enregistré à \d\d\sh\s\d\d$/).waitFor();
        assert.deepEqual(await savedAnswer(file, 'context.description'), {
          type: 'richtext',
          text: [
            '- Place de la Mairie\n  - côté nord\n- Gare routière',
            'Le centre exploite **quatre caméras** et *aucun micro*\\\nVoir [https://www.cnil.fr](https://www.cnil.fr)',
            '**Accès** aux images',
            '- Opérateurs habilités\n- Officiers de police judiciaire',
            'Fin',
          ].join('\n\n'),
        });

        // The reviewer reads the same DOM, not editable.
        const editorHtml = await field.innerHTML();
        await page.getByRole('button', { name: 'Mode évaluateur' }).click();
        const reading = page.getByRole('region', { name: /Décrivez le traitement/ }).locator('.rich-doc');
        assert.equal(await reading.innerHTML(), editorHtml);
        assert.equal(await page.getByRole('textbox', { name: /Décrivez le traitement/ }).count(), 0);
        await reading.scrollIntoViewIfNeeded();
        await shoot(page, 'writing-reviewer-fr-1366');
        await expectAccessible(page, 'writing-reviewer-fr-1366');
        await page.getByRole('button', { name: 'Mode évaluateur' }).click();
        expectClean(session);
      },
    ));
});

void describe('the answer editor on a small screen, in both languages', () => {
  let session: AppSession;
  before(async () => {
    session = await startApp(shared.browser, {
      server: shared.server,
      language: 'fr',
      viewport: { width: 1024, height: 700 },
    });
  });
  after(async () => session?.close());

  void it('shows the example’s answers in the editor at 1024×700, and opening them changes nothing', () =>
    journey(
      () => session,
      'writing-small',
      async () => {
        const { page } = session;
        await page.getByRole('button', { name: 'Ouvrir l’exemple' }).click();
        await nav(page).waitFor();
        await goTo(page, /^Vue d’ensemble/);
        const field = page.getByRole('textbox', { name: /Décrivez le traitement/ });
        await field.click();
        await page.keyboard.press('Tab');
        await shoot(page, 'writing-editor-fr-1024');
        await expectAccessible(page, 'writing-editor-fr-1024');
        // Reading and leaving an answer is no change.
        assert.equal(await page.getByText('Modifications non enregistrées').count(), 0);

        await page.getByRole('button', { name: 'English' }).click();
        await goTo(page, /^Overview/);
        const english = page.getByRole('textbox', { name: /Describe the video-protection/ });
        await english.click();
        await page.getByRole('toolbar', { name: 'Formatting' }).first().waitFor();
        await shoot(page, 'writing-editor-en-1024');
        await expectAccessible(page, 'writing-editor-en-1024');
        await page.setViewportSize({ width: 1366, height: 768 });
        await shoot(page, 'writing-editor-en-1366');
        expectClean(session);
      },
    ));
});
