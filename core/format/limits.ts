// Bounds that keep a hostile or broken file from exhausting memory or disk.
export interface ReadLimits {
  /** Size of the .dpia file itself. */
  maxFileBytes: number;
  maxEntries: number;
  /** Sum of the declared uncompressed sizes (zip bombs). */
  maxTotalUncompressedBytes: number;
  /** Each JSON entry, uncompressed. */
  maxJsonBytes: number;
  maxAttachmentBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 512 * MiB,
  maxEntries: 10_000,
  maxTotalUncompressedBytes: 1024 * MiB,
  maxJsonBytes: 64 * MiB,
  maxAttachmentBytes: 256 * MiB,
};

export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${Math.round(bytes / MiB)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} B`;
}
