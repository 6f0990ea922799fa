// Bounds that keep a hostile or broken file from exhausting memory or disk. The same numbers bound what
// is written, so that the app never saves a file it would refuse to open.
export interface ReadLimits {
  /** Size of the .dpia file itself. */
  maxFileBytes: number;
  maxEntries: number;
  /** Sum of the declared uncompressed sizes (zip bombs). */
  maxTotalUncompressedBytes: number;
  /** Each JSON entry, uncompressed. */
  maxJsonBytes: number;
  maxAttachmentBytes: number;
  /** Rows of the assessment: far above any real town (the large reference has 361 cameras). */
  maxCameras: number;
  maxRisks: number;
  maxMeasures: number;
  maxAttachments: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 512 * MiB,
  maxEntries: 10_000,
  maxTotalUncompressedBytes: 1024 * MiB,
  maxJsonBytes: 64 * MiB,
  maxAttachmentBytes: 256 * MiB,
  maxCameras: 20_000,
  maxRisks: 1_000,
  maxMeasures: 2_000,
  maxAttachments: 1_000,
};

/** Bounds of a template, whether a template file or the frozen copy in a .dpia (the built-in: 7 sections). */
export const TEMPLATE_LIMITS = {
  maxBytes: 16 * MiB,
  maxSections: 500,
  maxItems: 5_000,
  maxQuestions: 10_000,
  /** Choices, columns, knowledge-base entries and legal references, each counted on its own. */
  maxListLength: 10_000,
  /** Characters in any one text (a label, a guidance, a knowledge-base entry). */
  maxTextLength: 200_000,
} as const;

/**
 * Bounds of an imported table (CSV or .xlsx). An .xlsx is a ZIP whose parts exceljs holds in memory at once: its
 * archive is checked against these before exceljs reads it, and its rows and cells are counted in the XML first.
 */
export const TABLE_LIMITS = {
  maxFileBytes: 50 * MiB,
  /** Parts of the .xlsx archive (a workbook of 100 sheets has about 220). */
  maxEntries: 1_000,
  maxSheets: 100,
  /** Each part uncompressed (a worksheet, the shared strings), and all of them together. */
  maxEntryBytes: 64 * MiB,
  maxTotalUncompressedBytes: 160 * MiB,
  /** Far above any inventory or register (a document holds at most 20,000 cameras). */
  maxRows: 50_000,
  maxColumns: 256,
  maxCells: 1_000_000,
} as const;

/** Bounds of a record table and of what one of its cells may bring into an assessment. */
export const RECORD_LIMITS = {
  /** Processing activities in one record: a large town lists a few hundred. */
  maxRows: 20_000,
  maxColumns: 200,
  /** Characters of a header as remembered in the assessment (RecordColumn.header). */
  maxHeaderChars: 200,
  /** Characters of one cell brought into an answer (a record's column is a sentence or a list, not a report). */
  maxCellChars: 10_000,
} as const;

export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${Math.round(bytes / MiB)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} B`;
}
