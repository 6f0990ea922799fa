// The application menu, in the user's language; a pure function of its inputs so tests can read it.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../core/api.ts';
import type { MainText } from './i18n.ts';

export interface MenuActions {
  send: (command: MenuCommand) => void;
  openRecent: (filePath: string) => void;
  openDataFolder: () => void;
  about: () => void;
}

export function buildMenuTemplate(
  text: MainText,
  recentFiles: readonly RecentFile[],
  actions: MenuActions,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const m = text.menu;
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.send(cmd),
  });
  const recent: MenuItemConstructorOptions[] =
    recentFiles.length === 0
      ? [{ label: m.noRecent, enabled: false }]
      : recentFiles.map((file) => ({
          label: `${file.title} — ${file.filePath}`,
          click: () => actions.openRecent(file.filePath),
        }));
  const template: MenuItemConstructorOptions[] = [
    {
      label: m.file,
      submenu: [
        command(m.newFromTemplate, 'new', 'CmdOrCtrl+N'),
        command(m.open, 'open', 'CmdOrCtrl+O'),
        { label: m.openRecent, submenu: recent },
        command(m.openExample, 'open-example'),
        { type: 'separator' },
        command(m.save, 'save', 'CmdOrCtrl+S'),
        command(m.saveAs, 'save-as', 'CmdOrCtrl+Shift+S'),
        command(m.exportDocx, 'export-docx', 'CmdOrCtrl+E'),
        { type: 'separator' },
        command(m.close, 'close', 'CmdOrCtrl+W'),
        ...(platform === 'darwin'
          ? []
          : [{ type: 'separator' } as const, { label: m.quit, role: 'quit' } as const]),
      ],
    },
    {
      label: m.edit,
      submenu: [
        // The roles undo and redo inside the focused text field; the editor's own history takes the same
        // shortcuts when the focus is elsewhere.
        { label: m.undo, role: 'undo' },
        { label: m.redo, role: 'redo' },
        { type: 'separator' },
        { label: m.cut, role: 'cut' },
        { label: m.copy, role: 'copy' },
        { label: m.paste, role: 'paste' },
        { label: m.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: m.view,
      submenu: [
        { label: m.zoomIn, role: 'zoomIn' },
        { label: m.zoomOut, role: 'zoomOut' },
        { label: m.resetZoom, role: 'resetZoom' },
        { type: 'separator' },
        { label: m.fullScreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: m.help,
      submenu: [
        { label: m.about, click: actions.about },
        { label: m.openDataFolder, click: actions.openDataFolder },
      ],
    },
  ];
  if (platform === 'darwin') template.unshift({ role: 'appMenu' });
  return template;
}
