// Hostile answers (markup, CDATA ends, emoji, right-to-left scripts, control characters, huge texts) give a sound file.
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../core/export/docx/build-docx.ts';
import { safeXmlText } from '../../../core/export/docx/safe-text.ts';
import { openDocx } from './docx-reader.ts';
import { INVALID_XML_CHARACTERS, LONG_ANSWER, hostileDocument } from './hostile-fixture.ts';

/** What an XML 1.0 part must not contain, raw; the control characters are the point of this pattern. */
const FORBIDDEN_IN_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;

describe('safeXmlText', () => {
  it('drops what XML 1.0 forbids and keeps tabs, line breaks, emoji and every script', () => {
    expect(safeXmlText(`a${INVALID_XML_CHARACTERS}b`)).toBe('ab');
    expect(safeXmlText('a\tb\r\nc\rd 📹 שלום مرحبا')).toBe('a\tb\nc\nd 📹 שלום مرحبا');
    expect(safeXmlText('\uDC00x\uD83D')).toBe('x');
  });
});

describe.each(['fr', 'en'] as const)('Word export of hostile answers in %s', (language) => {
  it('gives a file whose every part is well-formed text that mammoth reads in full', async () => {
    const bytes = await buildDocx(hostileDocument(), { language });
    const docx = await openDocx(bytes);
    for (const [name, xml] of Object.entries(docx.parts))
      expect(FORBIDDEN_IN_XML.test(xml), name).toBe(false);
    for (const text of [
      '<script>alert',
      '<b>gras</b> &',
      ']]> fin de CDATA',
      '📹🔒👁️‍🗨️',
      '🇫🇷',
      'שלום עולם',
      'مرحبا بالعالم',
      // CommonMark turns NUL into U+FFFD; the other forbidden characters are dropped.
      'Contrôle',
      'caractères',
      'FIN-DU-TEXTE-LONG',
      'CAM-<&>',
      'Risque <script>',
      'fichier <&>.pdf',
      'profond',
      'citation',
      'A'.repeat(5000),
    ]) {
      expect(docx.text, text).toContain(text);
    }
    expect(docx.text.length).toBeGreaterThan(LONG_ANSWER.length);
    expect(docx.parts['docProps/core.xml']).toContain(
      '<dc:title>AIPD &lt;&amp;&gt; ]]&gt; 📹 שלום</dc:title>',
    );
  });

  it('never writes a link a reader cannot safely follow', async () => {
    const docx = await openDocx(await buildDocx(hostileDocument(), { language }));
    expect(docx.html).not.toContain('javascript:');
    expect(docx.text).toContain('clic');
    expect(docx.parts['word/_rels/document.xml.rels']).toContain('Target="https://a.fr/?q=%22%3C%3E&amp;"');
  });

  it('lays right-to-left paragraphs out right to left', async () => {
    const docx = await openDocx(await buildDocx(hostileDocument(), { language }));
    const xml = docx.parts['word/document.xml'] ?? '';
    const hebrew = xml.lastIndexOf('<w:p>', xml.indexOf('שלום עולם, זו'));
    expect(xml.slice(hebrew, hebrew + 200)).toContain('<w:bidi/>');
  });
});
