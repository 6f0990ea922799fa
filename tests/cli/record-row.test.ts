// dpia record-row and the record entry in dpia validate.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDpia } from '../../core/format/write-dpia.ts';
import { readTableBytes } from '../../core/node/table-file.ts';
import { dpia } from './cli-harness.ts';
import { buildExampleDocument } from '../../core/example/example-document.ts';

let dir: string;
const run = (args: string[]) => dpia(args, { cwd: dir });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-record-row-'));
  const document = await buildExampleDocument();
  document.assessment.meta.recordEntry = {
    reference: 'T-012',
    name: 'Vidéoprotection de la voie publique',
    controller: 'Commune de Valmont-sur-Escaut',
    columns: [
      { header: 'N°', field: 'reference' },
      { header: 'Traitement', field: 'name' },
      { header: 'Conservation', field: 'retention' },
      { header: 'Visa', field: null },
    ],
  };
  await writeFile(
    path.join(dir, 'csu.dpia'),
    (await writeDpia(document, { createdWith: 'tests', file: 'csu.dpia' })).bytes,
  );
  const plain = await buildExampleDocument();
  await writeFile(
    path.join(dir, 'plain.dpia'),
    (await writeDpia(plain, { createdWith: 'tests', file: 'plain.dpia' })).bytes,
  );
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dpia record-row', () => {
  it('writes the row in the record’s own columns, as CSV or .xlsx', async () => {
    expect((await run(['record-row', 'csu.dpia', '-o', 'row.csv'])).code).toBe(0);
    const csv = await readTableBytes(new Uint8Array(await readFile(path.join(dir, 'row.csv'))), 'row.csv');
    expect(csv[0]).toEqual(['N°', 'Traitement', 'Conservation', 'Visa']);
    expect(csv[1]![0]).toBe('T-012');
    expect(csv[1]![2]).toMatch(/^\d+ jours/);
    expect(csv[1]![3]).toBe('');
    expect((await run(['record-row', 'csu.dpia', '-o', 'row.xlsx'])).code).toBe(0);
    const xlsx = await readTableBytes(new Uint8Array(await readFile(path.join(dir, 'row.xlsx'))), 'row.xlsx');
    expect(xlsx).toEqual(csv);
    // Never over an existing file without --force.
    expect((await run(['record-row', 'csu.dpia', '-o', 'row.csv'])).code).toBe(1);
  });

  it('uses the default layout when no record was imported', async () => {
    expect((await run(['record-row', 'plain.dpia', '--xlsx', '-o', 'plain-row'])).code).toBe(0);
    const rows = await readTableBytes(
      new Uint8Array(await readFile(path.join(dir, 'plain-row'))),
      'plain-row.xlsx',
    );
    expect(rows[0]![0]).toBe('Référence');
    expect(rows[0]).toHaveLength(11);
  });

  it('dpia validate names the record entry', async () => {
    const result = await run(['validate', 'csu.dpia']);
    expect(result.stdout.join('\n')).toContain(
      'Record entry   T-012 – Vidéoprotection de la voie publique (Commune de Valmont-sur-Escaut)',
    );
  });
});
