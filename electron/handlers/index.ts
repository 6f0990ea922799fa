// The main process's answers to window.dpia, one group of requests per file, over one shared context.
// Each handler is a plain function over injected effects (deps.ts), so tests run them with temp dirs and fake dialogs.
import { createHandlerContext } from './context.ts';
import type { Handlers } from './define.ts';
import type { HandlerDeps } from './deps.ts';
import { archiveHandlers } from './archive.ts';
import { documentHandlers } from './documents.ts';
import { exportHandlers } from './export.ts';
import { fileHandlers } from './files-preferences.ts';
import { registerHandlers } from './register.ts';
import { reuseHandlers } from './reuse.ts';
import { signingKeyHandlers } from './signing-keys.ts';
import { tableHandlers } from './tables.ts';
import { trustHandlers } from './trust.ts';
import { upgradeHandlers } from './upgrade.ts';

export type { Handlers } from './define.ts';

export interface WindowHandlers extends Handlers {
  /** Not a request: lets the window know whether closing needs the renderer's say. */
  hasOpenDocuments(): boolean;
  /** Not a request: the window is gone; its drafts become other windows' to offer again. */
  dispose(): void;
}

export function createHandlers(deps: HandlerDeps): WindowHandlers {
  const ctx = createHandlerContext(deps);
  const handlers: Handlers = {
    ...documentHandlers(ctx),
    ...archiveHandlers(ctx),
    ...exportHandlers(ctx),
    ...trustHandlers(ctx),
    ...upgradeHandlers(ctx),
    ...signingKeyHandlers(ctx),
    ...reuseHandlers(ctx),
    ...fileHandlers(ctx),
    ...registerHandlers(ctx),
    ...tableHandlers(ctx),
  };
  return {
    ...handlers,
    hasOpenDocuments: () => ctx.sessions.all().length > 0,
    dispose: () => deps.draftHolders.releaseAll(ctx.owner),
  };
}
