// What the app reads and writes besides documents: start-up state, preferences, folders and links (tables: tables.ts).
import path from 'node:path';
import type { OpenedDocument, Startup } from '../../core/api.ts';
import { DpiaError } from '../../core/errors.ts';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import { pathExists } from '../../core/node/dpia-file.ts';
import { APP_VERSION } from '../../core/version.ts';
import { checkExternalUrl } from '../security.ts';
import type { HandlerContext } from './context.ts';
import { handler, type Handlers } from './define.ts';
import { listDrafts } from './documents.ts';
import { pickPath } from './pick-file.ts';
import { guard } from './result.ts';

type FileRequests =
  'getStartup' | 'showInFolder' | 'setPreferences' | 'chooseTemplatesFolder' | 'openExternal';

export function fileHandlers(ctx: HandlerContext): Pick<Handlers, FileRequests> {
  const { deps } = ctx;
  return {
    getStartup: handler('getStartup', async (): Promise<Startup> => {
      let pendingDocument: OpenedDocument | null = null;
      let pendingError: Startup['pendingError'] = null;
      const pending = deps.pendingOpen();
      if (pending) {
        const opened = await guard(async () =>
          pending === 'example' ? ctx.open(await buildExampleDocument(), null) : ctx.openFile(pending),
        );
        if (opened.ok) pendingDocument = opened.value;
        else pendingError = opened.error;
      }
      return {
        preferences: deps.preferences.get(),
        recentFiles: deps.preferences.recentFiles(),
        drafts: await listDrafts(ctx),
        templates: (await ctx.templates()).map((t) => t.summary),
        pendingDocument,
        pendingError,
        appVersion: APP_VERSION,
      };
    }),

    showInFolder: handler('showInFolder', async ({ filePath }) => {
      // Only a file this window opened or wrote: the page cannot probe the disk, and every refusal reads the same.
      if (!ctx.knownFiles.has(filePath)) throw new DpiaError('file-not-shown');
      if (!(await pathExists(filePath))) throw new DpiaError('file-not-shown');
      deps.showItemInFolder(path.resolve(filePath));
      return null;
    }),

    setPreferences: handler('setPreferences', (patch) => deps.preferences.set(patch)),

    chooseTemplatesFolder: handler('chooseTemplatesFolder', async () => {
      const folder = await pickPath(deps.dialog, ctx.text(), 'templates-folder');
      return folder ? deps.preferences.set({ userTemplatesDir: folder }) : null;
    }),

    openExternal: handler('openExternal', async ({ url }) => {
      await deps.openExternal(checkExternalUrl(url));
      return null;
    }),
  };
}
