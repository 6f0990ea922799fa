// The CLI's spreadsheet side: `dpia csv` writes .xlsx through the app's table layer, and a Word file or a CSV given as
// an assessment is named in one sentence.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { readTableBytes } from '../../core/node/table-file.ts';
import { dpia } from './cli-harness.ts';

let dir: string;
const at = (name: string) => path.join(dir, name);
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-cli-tables-'));
  expect((await dpia(['example', '-o', 'valmont.dpia'], { cwd: dir })).code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dpia csv … -o file.xlsx', () => {
  it('writes the camera inventory as an Excel workbook that reads back like the CSV', async () => {
    expect((await dpia(['csv', 'cameras', 'valmont.dpia', '-o', 'cameras.xlsx'], { cwd: dir })).code).toBe(0);
    expect((await dpia(['csv', 'cameras', 'valmont.dpia', '-o', 'cameras.csv'], { cwd: dir })).code).toBe(0);
    const xlsx = await readTableBytes(new Uint8Array(await readFile(at('cameras.xlsx'))), 'cameras.xlsx');
    const csv = await readTableBytes(new Uint8Array(await readFile(at('cameras.csv'))), 'cameras.csv');
    expect(xlsx).toEqual(csv);
    const { document } = await openDpiaFile(at('valmont.dpia'));
    expect(xlsx).toHaveLength(document.assessment.cameras.length + 1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(at('cameras.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Caméras');
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });

  it('writes the action plan in English as .xlsx', async () => {
    const result = await dpia(['csv', 'action-plan', 'valmont.dpia', '-o', 'plan.XLSX', '--lang', 'en'], {
      cwd: dir,
    });
    expect(result).toMatchObject({ code: 0, stderr: [] });
    const rows = await readTableBytes(new Uint8Array(await readFile(at('plan.XLSX'))), 'plan.xlsx');
    expect(rows[0]?.slice(0, 3)).toEqual(['Code', 'Action', 'Origin']);
  });
});

describe('a file that is not an assessment', () => {
  it('names a Word document and a CSV in one sentence', async () => {
    await writeFile(
      at('aipd.docx'),
      zipSync({
        '[Content_Types].xml': strToU8('<Types/>'),
        'word/_rels/document.xml.rels': strToU8('<Relationships/>'),
        'word/document.xml': strToU8('<w:document/>'),
      }),
    );
    await writeFile(at('cameras-copy.dpia'), 'code;lieu\nCAM-001;Gare\n');
    const word = await dpia(['validate', 'aipd.docx'], { cwd: dir, env: { LANG: 'fr_FR.UTF-8' } });
    expect(word.code).not.toBe(0);
    expect(word.stderr.join('\n')).toContain(
      'Ce fichier est un document Word, pas une analyse d’impact (.dpia).',
    );
    const text = await dpia(['validate', 'cameras-copy.dpia'], { cwd: dir });
    expect(text.stderr.join('\n')).toContain(
      'This is a text file (CSV or other), not an assessment (.dpia).',
    );
  });
});
