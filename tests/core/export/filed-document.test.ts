// The document a council files, laid out by LibreOffice: contents paged right, no blank page, register rows kept
// whole, a synthesis before section 1. One conversion per document, shared by every assertion here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertToPdf } from '../../fixtures/libreoffice.ts';
import { buildExampleDocument, buildLargeExampleDocument } from '../../../core/example/example-document.ts';
import { buildDocx } from '../../../core/export/docx/build-docx.ts';
import { exportOptionsFor } from '../../../core/export/export-options.ts';
import type { DpiaDocument } from '../../../core/format/document.ts';
import type { Language } from '../../../core/model/localized.ts';

const CONVERSION_TIMEOUT = 420_000;

/** The text of each page as pdftotext -layout reads it, with the running header and footer. */
function pagesOf(pdf: string): string[] {
  const raw = execFileSync('pdftotext', ['-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 128 * 1024 * 1024,
  });
  return raw.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
}

const norm = (s: string) =>
  s
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The page's lines without the running header (first line) and the « Page X sur Y » footer. */
function body(page: string): string[] {
  const lines = page.split('\n').filter((l) => l.trim() !== '' && !/Page \d+ (sur|of) \d+/.test(l));
  return lines.slice(1);
}

interface Contents {
  entries: { title: string; page: number | null }[];
  lastContentsPage: number;
}

/** The contents' entries (title, dot leaders, page) from the first pages, as tools/toc-check.py reads them. */
function contentsOf(pages: string[]): Contents {
  const first = pages.findIndex((p, i) => i < 8 && /^\s*(Sommaire|Contents)/m.test(p));
  const entries: Contents['entries'] = [];
  let last = first;
  for (let i = first; i >= 0 && i < Math.min(first + 4, pages.length); i++) {
    if (i > first && !/\.{5,}/.test(pages[i] ?? '')) break;
    last = i;
    for (const line of (pages[i] ?? '').split('\n')) {
      const m = /^\s*(.+?)\s*\.{3,}\s*(\d+)?\s*$/.exec(line);
      if (m) entries.push({ title: norm(m[1] ?? ''), page: m[2] === undefined ? null : Number(m[2]) });
    }
  }
  return { entries, lastContentsPage: last };
}

/** How far each entry's number is from the nearest page after the contents where its title is printed. */
function contentsErrors(pages: string[]): number[] {
  const { entries, lastContentsPage } = contentsOf(pages);
  const normalised = pages.map(norm);
  return entries.map(({ title, page }) => {
    if (page === null) return Number.POSITIVE_INFINITY;
    const key = title.slice(0, 60);
    const found = normalised.flatMap((p, i) => (i > lastContentsPage && p.includes(key) ? [i + 1] : []));
    return found.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...found.map((f) => Math.abs(f - page)));
  });
}

const DOCUMENTS: { name: string; language: Language; large: boolean }[] = [
  { name: 'example-fr', language: 'fr', large: false },
  { name: 'example-en', language: 'en', large: false },
  { name: 'large-fr', language: 'fr', large: true },
];

describe('the filed document, through LibreOffice', () => {
  let dir = '';
  const pdfs = new Map<string, string[]>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dpia-filed-'));
    const sources: Record<string, DpiaDocument> = {
      small: await buildExampleDocument(),
      large: await buildLargeExampleDocument(),
    };
    for (const { name, language, large } of DOCUMENTS) {
      const document = large ? sources.large! : sources.small!;
      const options = await exportOptionsFor(document, {
        language,
        now: new Date('2026-04-01T12:00:00Z'),
        file: `${name}.dpia`,
      });
      writeFileSync(join(dir, `${name}.docx`), await buildDocx(document, { ...options, pageNumbers: true }));
    }
    convertToPdf(
      DOCUMENTS.map(({ name }) => join(dir, `${name}.docx`)),
      dir,
      CONVERSION_TIMEOUT,
    );
    for (const { name } of DOCUMENTS) pdfs.set(name, pagesOf(join(dir, `${name}.pdf`)));
  }, CONVERSION_TIMEOUT + 120_000);

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  const pages = (name: string): string[] => {
    const found = pdfs.get(name);
    if (found === undefined) throw new Error(`LibreOffice did not convert ${name}.docx`);
    return found;
  };

  it.each(DOCUMENTS.map((d) => d.name))(
    'numbers %s’s contents with the pages LibreOffice prints: 95 % exact, none off by more than one',
    (name) => {
      const errors = contentsErrors(pages(name));
      expect(errors.length).toBeGreaterThanOrEqual(30);
      expect(errors.filter((e) => e === 0).length / errors.length).toBeGreaterThanOrEqual(0.95);
      expect(errors.filter((e) => e > 1)).toEqual([]);
    },
  );

  it.each(DOCUMENTS.map((d) => d.name))('leaves no blank page in %s', (name) => {
    const blank = pages(name).flatMap((p, i) => (i > 0 && body(p).length === 0 ? [i + 1] : []));
    expect(blank).toEqual([]);
  });

  it.each(DOCUMENTS.map((d) => d.name))('opens %s with a one-page synthesis before section 1', (name) => {
    const all = pages(name);
    const { lastContentsPage } = contentsOf(all);
    const section1 = all.findIndex(
      (p, i) => i > lastContentsPage && /^\s*1\.\s+(Pré-analyse|Pre-screening)/m.test(p),
    );
    const synthesis = all.findIndex(
      (p, i) => i > lastContentsPage && /^(Synthèse|Summary)$/.test(body(p)[0]?.trim() ?? ''),
    );
    expect(synthesis).toBeGreaterThan(0);
    expect(synthesis).toBeLessThan(section1);
    const text = norm(all[synthesis] ?? '');
    for (const expected of name.endsWith('en')
      ? ['cameras', 'prior consultation', 'required', 'dpo', 'decision', 'open items']
      : ['caméras', 'consultation préalable', 'requise', 'avis du dpd', 'décision', 'actions ouvertes'])
      expect(text).toContain(expected);
    // One page: the page after it starts something else.
    expect(body(all[synthesis + 1] ?? '')[0]).not.toMatch(/^\s*(Action|Le dispositif|The system)/);
  });

  it.each(DOCUMENTS.map((d) => d.name))(
    'keeps each row of %s’s register of measures whole on its page',
    (name) => {
      const header = name.endsWith('en')
        ? /^\s*Ref\.\s+Measure\s+Category/
        : /^\s*Réf\.\s+Mesure\s+Catégorie/;
      const starts = pages(name).flatMap((p) => {
        const lines = p.split('\n');
        const at = lines.findIndex((l) => header.test(l));
        return at < 0 ? [] : [lines[at + 1] ?? ''];
      });
      expect(starts.length).toBeGreaterThan(1);
      // After the header repeated on a new page comes a new row (its code), never the rest of the row before.
      for (const line of starts) expect(line).toMatch(/^\s*M\d+\s/);
    },
  );
});
