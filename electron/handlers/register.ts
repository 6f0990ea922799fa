// The register of assessments: the folders the user chose (through the dialog only), read in the background a few
// files at a time; the page gets the rows by pages and opens or reveals a row by its id, never by a path.
import { randomUUID } from 'node:crypto';
import type { RegisterPage } from '../../core/api.ts';
import { isoDay } from '../../core/checks/index.ts';
import { DpiaError } from '../../core/errors.ts';
import { scanRegister } from '../../core/node/register-scan.ts';
import { readTrustList } from '../../core/node/trust-store.ts';
import type { RegisterEntry } from '../../core/register/entry.ts';
import { MAX_REGISTER_FOLDERS } from '../preferences.ts';
import type { HandlerContext } from './context.ts';
import { handler, type Handlers } from './define.ts';

type RegisterRequests =
  'addRegisterFolder' | 'removeRegisterFolder' | 'startRegister' | 'registerPage' | 'openRegisterEntry';

interface Scan {
  id: string;
  asOf: string;
  entries: RegisterEntry[];
  read: number;
  total: number | null;
  done: boolean;
  abort: AbortController;
}

export function registerHandlers(ctx: HandlerContext): Pick<Handlers, RegisterRequests> {
  const { deps } = ctx;
  /** The path of every row listed, by its id: what openRegisterEntry may open. */
  const paths = new Map<string, string>();
  let scan: Scan | null = null;

  const page = (current: Scan, from: number): RegisterPage => ({
    scanId: current.id,
    asOf: current.asOf,
    entries: current.entries.slice(from),
    read: current.read,
    total: current.total,
    done: current.done,
  });

  const folders = (): string[] => deps.preferences.get().registerFolders ?? [];

  return {
    addRegisterFolder: handler('addRegisterFolder', async () => {
      const result = await deps.dialog.showOpenDialog({
        title: ctx.text().dialog.registerFolderTitle,
        filters: [],
        properties: ['openDirectory', 'multiSelections'],
      });
      if (result.canceled || result.filePaths.length === 0) return null;
      const merged = [...new Set([...folders(), ...result.filePaths])].slice(0, MAX_REGISTER_FOLDERS);
      return deps.preferences.set({ registerFolders: merged });
    }),

    removeRegisterFolder: handler('removeRegisterFolder', ({ index }) =>
      deps.preferences.set({ registerFolders: folders().filter((_, i) => i !== index) }),
    ),

    startRegister: handler('startRegister', async () => {
      scan?.abort.abort();
      const current: Scan = {
        id: randomUUID(),
        asOf: isoDay(deps.now()),
        entries: [],
        read: 0,
        total: null,
        done: false,
        abort: new AbortController(),
      };
      scan = current;
      const trustList = (await readTrustList(ctx.trustDir)).keys;
      void scanRegister(folders(), {
        trustList,
        asOf: current.asOf,
        now: deps.now(),
        signal: current.abort.signal,
        onEntry: (entry) => {
          paths.set(entry.id, entry.filePath);
          // Revealing a listed file in its folder is allowed, as for a file this window opened.
          ctx.knownFiles.add(entry.filePath);
          current.entries.push(entry);
        },
        onProgress: ({ read, total }) => {
          current.read = read;
          current.total = total;
        },
      })
        .catch(() => undefined)
        .finally(() => {
          current.done = true;
        });
      return page(current, 0);
    }),

    registerPage: handler('registerPage', ({ scanId, from }) => {
      if (scan?.id !== scanId)
        throw new DpiaError('invalid-request', { detail: 'scanId: not the current reading' });
      return page(scan, from);
    }),

    openRegisterEntry: handler('openRegisterEntry', async ({ entryId }) => {
      const filePath = paths.get(entryId);
      if (filePath === undefined) throw new DpiaError('register-entry-not-found');
      return ctx.openFile(filePath);
    }),
  };
}
