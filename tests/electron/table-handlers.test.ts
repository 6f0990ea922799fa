// importTable / exportTable as the renderer calls them: the dialog of the kind, CSV or .xlsx, refusals in one line.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { fakeDeps } from './fake-deps.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-tables-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

describe('importTable and exportTable', () => {
  it('exports rows as .xlsx and CSV where the user chose, and imports them back', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    const rows = [
      ['Code', 'Emplacement'],
      ['CAM-001', '=1+1'],
    ];
    dialogs.save.push(path.join(dir, 'out', 'inventaire'));
    await mkdir(path.join(dir, 'out'));
    const xlsx = value(
      await handlers.exportTable({ kind: 'cameras', defaultName: 'caméras', format: 'xlsx', rows }),
    )!;
    expect(xlsx.filePath).toBe(path.join(dir, 'out', 'inventaire.xlsx'));
    expect(dialogs.asked.at(-1)).toMatchObject({
      title: 'Exporter l’inventaire des caméras',
      defaultPath: 'caméras.xlsx',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.filePath);
    expect(workbook.worksheets[0]?.name).toBe('Caméras');

    dialogs.open.push([xlsx.filePath]);
    expect(value(await handlers.importTable({ kind: 'cameras' }))).toEqual({ name: 'inventaire.xlsx', rows });
    // The next dialog for cameras opens in the folder of the last one; another kind does not.
    dialogs.save.push(path.join(dir, 'plan'));
    const csv = value(
      await handlers.exportTable({ kind: 'action-plan', defaultName: 'plan', format: 'csv', rows }),
    )!;
    expect(dialogs.asked.at(-1)?.defaultPath).toBe('plan.csv');
    const bytes = await readFile(csv.filePath);
    expect(bytes.toString('utf8')).toBe("\uFEFFCode;Emplacement\r\nCAM-001;'=1+1\r\n");
    await handlers.importTable({ kind: 'cameras' });
    expect(dialogs.asked.at(-1)).toMatchObject({
      title: 'Importer un inventaire des caméras (CSV ou Excel)',
      defaultPath: path.join(dir, 'out'),
    });
  });

  it('refuses a Word document chosen as a spreadsheet in one sentence', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    const file = path.join(dir, 'cameras.csv');
    await writeFile(
      file,
      zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w/>') }),
    );
    dialogs.open.push([file]);
    const result = await handlers.importTable({ kind: 'cameras' });
    expect(result).toMatchObject({
      ok: false,
      error: { message: { en: '"cameras.csv" is a Word document, not a CSV or Excel (.xlsx) table.' } },
    });
  });

  it('refuses requests outside the contract', async () => {
    const { deps } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    const bad = [{ kind: 'photos' }, { kind: 'cameras', extra: 1 }] as unknown as Parameters<
      typeof handlers.importTable
    >[0][];
    for (const input of bad) expect((await handlers.importTable(input)).ok).toBe(false);
    const tooWide = [Array.from({ length: 257 }, () => 'x')];
    const result = await handlers.exportTable({
      kind: 'register',
      defaultName: 'r',
      format: 'xlsx',
      rows: tooWide,
    });
    expect(result.ok).toBe(false);
  });
});
