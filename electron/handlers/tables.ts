// Spreadsheets in and out (camera inventory, action plan, records, registers): CSV or .xlsx, through core/node's one
// table layer that the CLI uses too. The dialog's title, the sheet's name and the folder it opens in follow the kind.
import path from 'node:path';
import type { TableKind } from '../../core/api.ts';
import { DpiaError } from '../../core/errors.ts';
import { writeFileAtomic } from '../../core/node/atomic-write.ts';
import { readTableFile, writeTableBytes } from '../../core/node/table-file.ts';
import type { HandlerContext } from './context.ts';
import { handler, type Handlers } from './define.ts';
import { pickPath, pickSavePath, safeFileName, withExtension } from './pick-file.ts';

export function tableHandlers(ctx: HandlerContext): Pick<Handlers, 'importTable' | 'exportTable'> {
  const { deps } = ctx;
  /** The folder of the last table of each kind read or written in this window: the next dialog opens there. */
  const folders = new Map<TableKind, string>();
  const remember = (kind: TableKind, filePath: string) => folders.set(kind, path.dirname(filePath));

  return {
    importTable: handler('importTable', async ({ kind }) => {
      const t = ctx.text().dialog;
      const folder = folders.get(kind);
      const filePath = await pickPath(deps.dialog, ctx.text(), 'table', {
        title: t.tableOpenTitle[kind],
        ...(folder === undefined ? {} : { defaultPath: folder }),
      });
      if (!filePath) return null;
      remember(kind, filePath);
      return readTableFile(filePath);
    }),

    exportTable: handler('exportTable', async ({ kind, defaultName, format, rows }) => {
      const t = ctx.text().dialog;
      const name = withExtension(safeFileName(defaultName, 'export'), `.${format}`);
      const folder = folders.get(kind);
      const target = await pickSavePath(deps.dialog, {
        title: t.tableSaveTitle[kind],
        defaultPath: folder === undefined ? name : path.join(folder, name),
        filter:
          format === 'xlsx'
            ? { name: t.xlsxFilter, extensions: ['xlsx'] }
            : { name: t.csvFilter, extensions: ['csv'] },
      });
      if (!target) return null;
      const bytes = await writeTableBytes(rows, format, { sheetName: t.tableSheet[kind] });
      try {
        await writeFileAtomic(target, bytes);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new DpiaError('write-failed', { file: path.basename(target), detail });
      }
      remember(kind, target);
      ctx.knownFiles.add(target);
      return { filePath: target, savedAt: deps.now().toISOString() };
    }),
  };
}
