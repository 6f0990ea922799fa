// LibreOffice opens the export and lays it out: page count, headings, « Page X sur Y », the town, hostile text.
// LibreOffice is a requirement of the test suite (CI installs it): without it these tests fail, saying so.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf } from '../../fixtures/libreoffice.ts';
import { buildDocx } from '../../../core/export/docx/build-docx.ts';
import { normalise } from './docx-reader.ts';
import { fixtureDocument } from './fixtures.ts';
import { hostileDocument } from './hostile-fixture.ts';

const CONVERSION_TIMEOUT = 240_000;

function requireTool(command: string, args: string[], packageName: string): void {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 60_000 });
  } catch (error) {
    throw new Error(
      `${command} is needed to check that LibreOffice opens the Word export; install ${packageName} (${String(error)})`,
    );
  }
}

interface Pdf {
  pages: string[];
  text: string;
}

/** The text of each page, as pdftotext reads it (pages end with a form feed). */
function readPdf(path: string): Pdf {
  const raw = execFileSync('pdftotext', ['-layout', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages = raw.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
  return { pages: pages.map(normalise), text: normalise(raw) };
}

describe('LibreOffice', () => {
  let dir = '';
  const pdfs = new Map<string, Pdf>();

  beforeAll(async () => {
    requireTool('soffice', ['--version'], 'LibreOffice (apt-get install libreoffice-writer)');
    requireTool('pdftotext', ['-v'], 'poppler-utils');
    dir = mkdtempSync(join(tmpdir(), 'dpia-docx-'));
    const files = {
      'fixture-fr': await buildDocx(fixtureDocument(), { language: 'fr' }),
      'fixture-en': await buildDocx(fixtureDocument(), { language: 'en' }),
      'hostile-fr': await buildDocx(hostileDocument(), { language: 'fr' }),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, `${name}.docx`), bytes);
    convertToPdf(
      Object.keys(files).map((name) => join(dir, `${name}.docx`)),
      dir,
      CONVERSION_TIMEOUT,
    );
    for (const name of Object.keys(files)) pdfs.set(name, readPdf(join(dir, `${name}.pdf`)));
  }, CONVERSION_TIMEOUT + 30_000);

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  const pdf = (name: string): Pdf => {
    const found = pdfs.get(name);
    if (found === undefined) throw new Error(`LibreOffice did not convert ${name}.docx`);
    return found;
  };

  it.each([
    [
      'fixture-fr',
      'sur',
      ['1. Contexte', '4. Risques', 'Cartographie des risques', 'Annexe A – Inventaire des caméras'],
    ],
    ['fixture-en', 'of', ['1. Context', '4. Risks', 'Risk map', 'Annex A – Camera inventory']],
  ])('lays %s out on several pages with its headings and « page X of Y »', (name, of, headings) => {
    const { pages, text } = pdf(name);
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const heading of headings) expect(text).toContain(heading);
    expect(text).toContain('Commune de Villeneuve-sur-Lot');
    expect(pages[1]).toContain(`Page 2 ${of} ${pages.length}`);
    expect(pages.at(-1)).toContain(`Page ${pages.length} ${of} ${pages.length}`);
    // The cover has no running header or footer.
    expect(pages[0]).not.toContain('Page 1');
  });

  it('prints the risk map cells and the camera rows', () => {
    const { text } = pdf('fixture-fr');
    expect(text).toContain('élevé R1');
    expect(text).toContain('CAM-003 Parking du marché');
  });

  it('opens the export of hostile answers and shows their text', () => {
    const { pages, text } = pdf('hostile-fr');
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(text).toContain('<script>alert');
    expect(text).toContain(']]> fin de CDATA');
    expect(text).toContain('FIN-DU-TEXTE-LONG');
    expect(text).toContain('Commune <script>&amp');
  });
});
