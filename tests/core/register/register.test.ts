// The register over a council's folder: one row per .dpia (readable or not, with its reason), signature verdicts,
// dates and error counts as of a day; the walk survives link loops and respects its limits.
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDpiaFiles, REGISTER_LIMITS, scanRegister } from '../../../core/node/register-scan.ts';
import type { RegisterEntry } from '../../../core/register/entry.ts';
import { filterRegister, NO_FILTER, registerTable, sortRegister } from '../../../core/register/table.ts';
import { registerFolder, type RegisterFolder } from './register-fixtures.ts';

let folder: RegisterFolder;
let rows: RegisterEntry[];
const NOW = new Date('2026-03-01T09:00:00Z');
const row = (name: string): RegisterEntry => {
  const found = rows.find((r) => r.filePath === folder.file(name));
  if (!found) throw new Error(`no row for ${name}`);
  return found;
};

beforeAll(async () => {
  folder = await registerFolder();
  rows = await scanRegister([folder.dir], { trustList: folder.trustList, asOf: '2026-03-01', now: NOW });
});
afterAll(() => rm(folder.dir, { recursive: true, force: true }));

describe('the register of a folder', () => {
  it('has one row per .dpia found in the folder and its sub-folders, and nothing else', () => {
    expect(rows.map((r) => path.relative(folder.dir, r.filePath)).sort()).toEqual([
      'abimee.dpia',
      'archives/2025/inconnue.dpia',
      'archives/2025/signee.dpia',
      'archives/falsifiee.dpia',
      'centre-ville.dpia',
      'futur.dpia',
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('gives a readable file its title, organisation, status, dates and error count as of the day', () => {
    const f = row('centre-ville.dpia').facts!;
    expect(f).toMatchObject({
      title: 'AIPD du centre-ville',
      organisation: 'Commune de Valmont',
      status: 'draft',
      verdict: 'unsigned',
      reviewDate: '2026-03-20',
      authorisationExpiry: '2026-07-01',
      templateId: 'mini',
    });
    expect(f.errorCount).toBeGreaterThan(0);
    expect(row('centre-ville.dpia').problem).toBeNull();
  });

  it('tells trusted, not recognised and forged signatures apart', () => {
    expect(row('archives/2025/signee.dpia').facts).toMatchObject({ verdict: 'trusted', status: 'signed' });
    expect(row('archives/2025/inconnue.dpia').facts).toMatchObject({
      verdict: 'not-recognised',
      status: 'signed',
    });
    const forged = row('archives/falsifiee.dpia').facts!;
    expect(forged.verdict).toBe('broken');
    // A broken signature does not make the document « signed ».
    expect(forged.status).toBe('validated');
    expect(forged.verdictReason?.en).toBeTruthy();
  });

  it('lists a future-version and a corrupt file with their one-line reason in both languages', () => {
    const future = row('futur.dpia');
    expect(future.facts).toBeNull();
    expect(future.problem?.en).toMatch(/newer version/i);
    expect(future.problem?.fr).toContain('mettez l’application à jour');
    const corrupt = row('abimee.dpia');
    expect(corrupt.facts).toBeNull();
    expect(corrupt.problem?.en).toContain('abimee.dpia');
    expect(corrupt.problem?.fr).toContain('abimee.dpia');
  });

  it('reports rows as they are read, with progress up to the number of files', async () => {
    const seen: string[] = [];
    const progress: number[] = [];
    await scanRegister([folder.dir], {
      trustList: [],
      asOf: '2026-03-01',
      now: NOW,
      onEntry: (e) => seen.push(e.filePath),
      onProgress: (p) => progress.push(p.read),
    });
    expect(seen).toHaveLength(6);
    expect(progress.at(-1)).toBe(6);
  });

  it('exports a header and one row per file, unreadable ones with their reason', () => {
    const table = registerTable(sortRegister(rows, { column: 'title', descending: false }, 'fr'), 'fr');
    expect(table[0]).toContain('Prochaine revue');
    expect(table).toHaveLength(7);
    const futureRow = table.find((r) => r.includes(folder.file('futur.dpia')))!;
    expect(futureRow.at(-1)).toContain('mettez l’application à jour');
  });

  it('searches words without accents or case, and filters by signature', () => {
    expect(filterRegister(rows, { ...NO_FILTER, search: 'CENTRE ville' }).map((r) => r.facts?.title)).toEqual(
      ['AIPD du centre-ville'],
    );
    expect(filterRegister(rows, { ...NO_FILTER, signature: 'broken' })).toHaveLength(1);
    expect(filterRegister(rows, { ...NO_FILTER, readable: 'unreadable' })).toHaveLength(2);
  });
});

describe('the walk', () => {
  it('survives a symbolic-link loop and lists an unreadable folder as a row', async () => {
    const dir = folder.file('walk');
    await mkdir(path.join(dir, 'a'), { recursive: true });
    await symlink(dir, path.join(dir, 'a', 'loop'));
    await writeFile(path.join(dir, 'a', 'x.dpia'), 'x');
    const found = await findDpiaFiles([dir, path.join(dir, 'missing')], REGISTER_LIMITS, (p) => p);
    expect(found.files).toEqual([path.join(dir, 'a', 'x.dpia')]);
    expect(found.problems).toHaveLength(1);
    expect(found.problems[0]!.problem?.en).toContain('missing');
  });

  it('takes a file named among the folders as it is, once', async () => {
    const file = folder.file('centre-ville.dpia');
    const found = await findDpiaFiles([file, folder.file('archives'), file], REGISTER_LIMITS, (p) => p);
    expect(found.files[0]).toBe(file);
    expect(found.files.slice(1).sort()).toEqual([
      folder.file('archives/2025/inconnue.dpia'),
      folder.file('archives/2025/signee.dpia'),
      folder.file('archives/falsifiee.dpia'),
    ]);
  });

  it('stops at its depth and file-count limits, saying so', async () => {
    const found = await findDpiaFiles(
      [folder.dir],
      { ...REGISTER_LIMITS, maxFiles: 2, maxDepth: 0 },
      (p) => p,
    );
    expect(found.files).toHaveLength(2);
    const reasons = found.problems.map((p) => p.problem?.en ?? '');
    expect(reasons.some((r) => r.includes('first 2'))).toBe(true);
  });
});
