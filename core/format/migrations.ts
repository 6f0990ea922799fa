// Upgrades the raw JSON of an older .dpia file, one format version at a time, before validation.

/** The JSON entries of a file as read, not yet validated. */
export interface RawDocument {
  manifest: Record<string, unknown>;
  assessment: unknown;
  template: unknown;
  /** Revision snapshots by revision id: assessments of older shapes, which a migration upgrades too. */
  revisions?: Record<string, unknown>;
}

/** Upgrades a document of format N to format N + 1. */
export type Migration = (raw: RawDocument) => RawDocument;

/**
 * MIGRATIONS[N] turns format N into N + 1. Format 1 is the first published format, so there is none yet;
 * the next change to assessment.json adds MIGRATIONS[1] and bumps CURRENT_FORMAT_VERSION.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Applies the steps from `fromVersion` up to `target`; returns null when a step is missing. */
export function migrate(
  raw: RawDocument,
  fromVersion: number,
  target: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): RawDocument | null {
  let current = raw;
  for (let version = fromVersion; version < target; version++) {
    const step = migrations[version];
    if (!step) return null;
    current = step(current);
    current.manifest = { ...current.manifest, formatVersion: version + 1 };
  }
  return current;
}
