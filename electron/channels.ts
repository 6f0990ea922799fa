// IPC channel names: a transport detail of the main process and its preload, derived from the request names.
import type { ApiRequest } from '../core/api.ts';

export const requestChannel = (name: ApiRequest): `dpia:${ApiRequest}` => `dpia:${name}`;
export const MENU_COMMAND_CHANNEL = 'dpia:menu-command';
export const EXPORT_PROGRESS_CHANNEL = 'dpia:export-progress';
