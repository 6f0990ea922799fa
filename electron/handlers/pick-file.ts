// The one way handlers ask the user for a file or a folder: the native dialog, with the title and filters of a kind.
import type { MainText } from '../i18n.ts';
import type { DialogPort, FileFilter } from './deps.ts';

export type PickKind = 'dpia' | 'attachment' | 'table' | 'key' | 'cnil' | 'template' | 'templates-folder';

function dialogFor(kind: PickKind, t: MainText['dialog']): { title: string; filters: FileFilter[] } {
  const all: FileFilter = { name: t.allFilter, extensions: ['*'] };
  switch (kind) {
    case 'dpia':
      return { title: t.openTitle, filters: [{ name: t.dpiaFilter, extensions: ['dpia'] }, all] };
    case 'attachment':
      return { title: t.attachmentTitle, filters: [all] };
    case 'table':
      return {
        title: t.tableOpenDefault,
        filters: [{ name: t.tableFilter, extensions: ['csv', 'xlsx', 'txt', 'tsv'] }, all],
      };
    case 'key':
      return { title: t.keyTitle, filters: [{ name: t.keyFilter, extensions: ['pem'] }, all] };
    case 'cnil':
      return { title: t.cnilTitle, filters: [{ name: t.cnilFilter, extensions: ['json', 'zip'] }, all] };
    case 'template':
      return { title: t.templateTitle, filters: [{ name: t.templateFilter, extensions: ['json'] }, all] };
    case 'templates-folder':
      return { title: t.templatesFolderTitle, filters: [] };
  }
}

/** The path the user chose, or null when they cancelled. */
export async function pickPath(
  dialog: DialogPort,
  text: MainText,
  kind: PickKind,
  options: { title?: string; defaultPath?: string } = {},
): Promise<string | null> {
  const { title, filters } = dialogFor(kind, text.dialog);
  const result = await dialog.showOpenDialog({
    title: options.title ?? title,
    ...(options.defaultPath === undefined ? {} : { defaultPath: options.defaultPath }),
    filters,
    properties: kind === 'templates-folder' ? ['openDirectory', 'createDirectory'] : ['openFile'],
  });
  const picked = result.filePaths[0];
  return result.canceled || !picked ? null : picked;
}

/** Where to write a new file: the user's choice with the extension added, or null when they cancelled. */
export async function pickSavePath(
  dialog: DialogPort,
  options: { title: string; defaultPath: string; filter: FileFilter },
): Promise<string | null> {
  const result = await dialog.showSaveDialog({
    title: options.title,
    defaultPath: options.defaultPath,
    filters: [options.filter],
  });
  if (result.canceled || !result.filePath) return null;
  return withExtension(result.filePath, `.${options.filter.extensions[0] ?? ''}`);
}

export function withExtension(filePath: string, extension: string): string {
  return extension === '.' || filePath.toLowerCase().endsWith(extension)
    ? filePath
    : `${filePath}${extension}`;
}

/** A file name without characters that Windows, macOS or Linux refuse. */
export function safeFileName(title: string, fallback: string): string {
  const cleaned = title
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/[\u0000-\u001f]/g, '') // eslint-disable-line no-control-regex -- control characters are what we strip
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return cleaned || fallback;
}
