// Preferences only (never documents): language, identity, recent files, window bounds, templates folder.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Preferences, RecentFile } from '../core/api.ts';
import { Language } from '../core/model/localized.ts';
import { CameraGridLayout, DEFAULT_CAMERA_GRID_LAYOUT } from '../core/preferences/camera-grid-layout.ts';
import { DEFAULT_STALE_AFTER_DAYS } from '../core/register/reminders.ts';
import type { PreferencesPort } from './handlers/deps.ts';

const MAX_RECENT = 10;
export const MAX_REGISTER_FOLDERS = 20;

export const WindowBounds = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

export const StoredPreferences = z.object({
  language: Language,
  authorName: z.string().max(200),
  authorRole: z.string().max(200),
  userTemplatesDir: z.string().max(4096),
  registerFolders: z.array(z.string().max(4096)).max(MAX_REGISTER_FOLDERS),
  staleAfterDays: z.number().int().min(1).max(3650),
  recentFiles: z
    .array(
      z.strictObject({
        filePath: z.string().max(4096),
        title: z.string().max(500),
        openedAt: z.string().max(40),
      }),
    )
    .max(MAX_RECENT),
  windowBounds: WindowBounds.nullable(),
  cameraGrid: CameraGridLayout,
});
export type StoredPreferences = z.infer<typeof StoredPreferences>;

/** The JSON Schema electron-store validates the file with, generated from the zod schema. */
export const PREFERENCES_JSON_SCHEMA = z.toJSONSchema(StoredPreferences, { target: 'draft-07' }) as {
  properties: Record<string, unknown>;
};

/** What electron-store (or a Map in tests) offers. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export function defaultPreferences(locale: string, userTemplatesDir: string): StoredPreferences {
  return {
    language: locale.toLowerCase().startsWith('fr') ? 'fr' : 'en',
    authorName: '',
    authorRole: '',
    userTemplatesDir,
    registerFolders: [],
    staleAfterDays: DEFAULT_STALE_AFTER_DAYS,
    recentFiles: [],
    windowBounds: null,
    cameraGrid: DEFAULT_CAMERA_GRID_LAYOUT,
  };
}

/** Reads every field through its schema: a hand-edited or corrupt value falls back to the default. */
export function createPreferences(
  store: KeyValueStore,
  defaults: StoredPreferences,
  onChange?: (p: Preferences) => void,
) {
  const read = <K extends keyof StoredPreferences>(key: K): StoredPreferences[K] => {
    const result = StoredPreferences.shape[key].safeParse(store.get(key));
    return (result.success ? result.data : defaults[key]) as StoredPreferences[K];
  };
  const current = (): Preferences => ({
    language: read('language'),
    authorName: read('authorName'),
    authorRole: read('authorRole'),
    userTemplatesDir: read('userTemplatesDir'),
    cameraGrid: read('cameraGrid'),
    registerFolders: read('registerFolders'),
    staleAfterDays: read('staleAfterDays'),
  });
  const port: PreferencesPort & {
    windowBounds(): WindowBounds | null;
    setWindowBounds(bounds: WindowBounds): void;
  } = {
    get: current,
    set(patch) {
      for (const [key, value] of Object.entries(patch)) if (value !== undefined) store.set(key, value);
      const next = current();
      onChange?.(next);
      return next;
    },
    recentFiles: () => read('recentFiles').map((file) => ({ ...file, recentId: recentIdOf(file.filePath) })),
    addRecentFile(file: Omit<RecentFile, 'recentId'>) {
      const others = read('recentFiles').filter((f) => f.filePath !== file.filePath);
      store.set('recentFiles', [file, ...others].slice(0, MAX_RECENT));
      onChange?.(current());
    },
    windowBounds: () => read('windowBounds'),
    setWindowBounds: (bounds) => store.set('windowBounds', bounds),
  };
  return port;
}

/** The id the page uses for a recent file: it names the file without being a path the page could forge. */
export function recentIdOf(filePath: string): string {
  return createHash('sha256').update(filePath).digest('hex');
}
