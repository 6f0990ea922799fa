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
 * MIGRATIONS[N] turns format N into N + 1; each change to assessment.json or template.json adds one and bumps
 * CURRENT_FORMAT_VERSION, so that an older reader refuses the newer file with its clear « newer version » message
 * instead of failing on a field it does not know.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Format 2 adds optional fields only (meta.recordEntry; a question's recordField): a format-1 file is already valid.
  1: (raw) => raw,
};

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
