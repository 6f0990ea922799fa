// The preload: exposes window.dpia as named functions over IPC, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiInput, ApiOutput, ApiRequest, DpiaApi, ExportProgress, MenuCommand } from '../core/api.ts';
import { EXPORT_PROGRESS_CHANNEL, MENU_COMMAND_CHANNEL, requestChannel } from './channels.ts';

/**
 * Typed by request name: wiring a method to another request's channel does not compile. Answers arrive as JSON text
 * (see registerIpc in ipc.ts).
 */
const invoke = <K extends ApiRequest>(name: K, input: ApiInput<K>): ApiOutput<K> =>
  ipcRenderer
    .invoke(requestChannel(name), input)
    .then((text: string) => JSON.parse(text) as unknown) as ApiOutput<K>;

function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const handler = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

const api = {
  archiveDocument: (input) => invoke('archiveDocument', input),
  getStartup: () => invoke('getStartup', undefined),
  listTemplates: () => invoke('listTemplates', undefined),
  newDocument: (input) => invoke('newDocument', input),
  openExample: () => invoke('openExample', undefined),
  openDocument: () => invoke('openDocument', undefined),
  openRecent: (input) => invoke('openRecent', input),
  saveDocument: (input) => invoke('saveDocument', input),
  autosave: (input) => invoke('autosave', input),
  closeDocument: (input) => invoke('closeDocument', input),
  recoverDraft: (input) => invoke('recoverDraft', input),
  discardDraft: (input) => invoke('discardDraft', input),
  addAttachment: (input) => invoke('addAttachment', input),
  exportDocx: (input) => invoke('exportDocx', input),
  exportNotice: (input) => invoke('exportNotice', input),
  showInFolder: (input) => invoke('showInFolder', input),
  importTable: (input) => invoke('importTable', input),
  exportTable: (input) => invoke('exportTable', input),
  createRevision: (input) => invoke('createRevision', input),
  upgradeTemplate: (input) => invoke('upgradeTemplate', input),
  getRevisionSnapshot: (input) => invoke('getRevisionSnapshot', input),
  signDocument: (input) => invoke('signDocument', input),
  verifySignature: (input) => invoke('verifySignature', input),
  getSigningKey: () => invoke('getSigningKey', undefined),
  createSigningKey: (input) => invoke('createSigningKey', input),
  exportPublicKey: () => invoke('exportPublicKey', undefined),
  listTrustedKeys: () => invoke('listTrustedKeys', undefined),
  addTrustedKey: (input) => invoke('addTrustedKey', input),
  removeTrustedKey: (input) => invoke('removeTrustedKey', input),
  reopenSigned: (input) => invoke('reopenSigned', input),
  importCnil: () => invoke('importCnil', undefined),
  duplicateDocument: (input) => invoke('duplicateDocument', input),
  saveAsTemplate: (input) => invoke('saveAsTemplate', input),
  importTemplate: () => invoke('importTemplate', undefined),
  setPreferences: (input) => invoke('setPreferences', input),
  chooseTemplatesFolder: () => invoke('chooseTemplatesFolder', undefined),
  openExternal: (input) => invoke('openExternal', input),
  addRegisterFolder: () => invoke('addRegisterFolder', undefined),
  removeRegisterFolder: (input) => invoke('removeRegisterFolder', input),
  startRegister: () => invoke('startRegister', undefined),
  registerPage: (input) => invoke('registerPage', input),
  openRegisterEntry: (input) => invoke('openRegisterEntry', input),
  onMenuCommand: (listener) => subscribe<MenuCommand>(MENU_COMMAND_CHANNEL, listener),
  onExportProgress: (listener) => subscribe<ExportProgress>(EXPORT_PROGRESS_CHANNEL, listener),
} satisfies DpiaApi;

contextBridge.exposeInMainWorld('dpia', api);
