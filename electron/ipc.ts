// Routes window.dpia requests to the handlers of the window that sent them, after checking the sender.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_REQUESTS, type ApiResult } from '../core/api.ts';
import { DpiaError } from '../core/errors.ts';
import type { Handlers } from './handlers/index.ts';
import { requestChannel } from './channels.ts';
import { toApiError } from './handlers/result.ts';
import { isAppUrl } from './security.ts';

/** Which handlers serve which web contents (one set per window). */
export type HandlersFor = (webContentsId: number) => Handlers | undefined;

/** Refuses requests from frames that are not the app's own top-level page. */
export function checkSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): void {
  const frame = event.senderFrame;
  const isTop = frame !== null && frame === event.sender.mainFrame;
  if (!frame || !isTop || !isAppUrl(frame.url)) {
    throw new DpiaError('invalid-request', {
      detail: `sender ${frame?.url ?? 'unknown'} is not the application`,
    });
  }
}

/**
 * Every answer crosses as JSON text, which the preload parses (`parseAnswer`): one string is copied across IPC
 * instead of a graph of objects cloned one by one (an opened assessment of 5,000 cameras is some 100,000 objects),
 * and JSON.parse is the fastest way V8 builds them. Answers are plain data (no bytes, no dates), so nothing is lost.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlersFor: HandlersFor): void {
  for (const name of API_REQUESTS) {
    ipcMain.handle(requestChannel(name), async (event, input: unknown): Promise<string> => {
      let result: ApiResult<unknown>;
      try {
        checkSender(event);
        const handlers = handlersFor(event.sender.id);
        if (!handlers) throw new DpiaError('invalid-request', { detail: 'unknown window' });
        result = await handlers[name](input);
      } catch (error) {
        result = { ok: false, error: toApiError(error) };
      }
      return JSON.stringify(result);
    });
  }
}
