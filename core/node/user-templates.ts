// The user's own templates: JSON files in a folder of their choosing (or the application's data folder).
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isDpiaError } from '../errors.ts';
import type { Language } from '../model/localized.ts';
import { parseTemplate } from '../template/parse-template.ts';
import type { Template } from '../template/schema.ts';
import { readFileWithinLimit } from './dpia-file.ts';

const MAX_TEMPLATE_BYTES = 16 * 1024 * 1024;

/** Where Electron keeps this app's data (app.getPath('userData')), computed the same way for the CLI. */
export function defaultUserDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'dpia-editor');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'dpia-editor');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'dpia-editor');
}

export function defaultUserTemplatesDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DPIA_TEMPLATES_DIR ?? path.join(defaultUserDataDir(env), 'templates');
}

export type UserTemplateEntry =
  { file: string; template: Template } | { file: string; error: (language: Language) => string };

/** Every *.json file of the folder, parsed; a missing folder simply has no templates. */
export async function listUserTemplates(directory: string): Promise<UserTemplateEntry[]> {
  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const entries: UserTemplateEntry[] = [];
  for (const name of names) {
    const file = path.join(directory, name);
    try {
      const template = parseTemplate(await readFileWithinLimit(file, MAX_TEMPLATE_BYTES), name);
      entries.push({ file, template });
    } catch (error) {
      if (!isDpiaError(error)) throw error;
      entries.push({ file, error: (language) => error.localized(language) });
    }
  }
  return entries;
}
