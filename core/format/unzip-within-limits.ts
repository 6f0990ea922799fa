// Unzips an untrusted .dpia archive from its central directory, checking every size before allocating.
// fflate's unzipSync trusts the declared sizes and copies each stored entry at its compressed size, so
// 3,000 records pointing at one 1 MiB entry cost 3 GB. Here the archive's layout is checked first
// (sizes, bounds, overlaps), and each entry is then inflated into a buffer of exactly its declared size.
import { Inflate } from 'fflate';
import { DpiaError } from '../errors.ts';
import { formatBytes, type ReadLimits } from './limits.ts';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;
/** DEFLATE cannot expand data more than about 1032 times: a larger declared ratio is a lie. */
const DEFLATE_MAX_RATIO = 1032;
/** Compressed bytes handed to the inflater at a time: bounds its temporary output per step (×1032). */
const INFLATE_STEP = 32 * 1024;

export interface EntryRules {
  /** Throws if the name is unsafe or unexpected. */
  checkName: (name: string) => void;
  /** Largest uncompressed size allowed for an entry of this name. */
  maxBytes: (name: string) => number;
  /** Entries that are read but not returned (directory markers). */
  skip: (name: string) => boolean;
}

interface CentralRecord {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Where the local header starts, and where the entry's data starts and ends. */
  headerStart: number;
  dataStart: number;
  dataEnd: number;
}

export type InconsistencyReason =
  | 'structure'
  | 'method'
  | 'encrypted'
  | 'stored-size'
  | 'ratio'
  | 'bounds'
  | 'local-header'
  | 'overlap'
  | 'compressed-total'
  | 'inflated-size';

function inconsistent(file: string, reason: InconsistencyReason, entry = ''): DpiaError {
  return new DpiaError('inconsistent-zip', { file, reason, entry });
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView, file: string): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (
      view.getUint32(at, true) === EOCD_SIGNATURE &&
      at + EOCD_SIZE + view.getUint16(at + 20, true) === bytes.length
    )
      return at;
  }
  throw new DpiaError('damaged-zip', { file, detail: 'no end of central directory' });
}

function readRecords(
  bytes: Uint8Array,
  file: string,
  limits: ReadLimits,
  rules: EntryRules,
): CentralRecord[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view, file);
  const count = view.getUint16(eocd + 10, true);
  const centralSize = view.getUint32(eocd + 12, true);
  const centralStart = view.getUint32(eocd + 16, true);
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0)
    throw inconsistent(file, 'structure'); // multi-disk archives
  if (view.getUint16(eocd + 8, true) !== count) throw inconsistent(file, 'structure');
  if (count > limits.maxEntries) throw new DpiaError('too-many-entries', { file, limit: limits.maxEntries });
  if (centralStart + centralSize !== eocd) throw inconsistent(file, 'structure');

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const names = new Set<string>();
  const records: CentralRecord[] = [];
  let total = 0;
  let compressedTotal = 0;
  let at = centralStart;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw inconsistent(file, 'structure');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next =
      at + CENTRAL_SIZE + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const headerStart = view.getUint32(at + 42, true);
    if (next > eocd) throw inconsistent(file, 'structure');
    const rawName = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    let name: string;
    try {
      name = decoder.decode(rawName);
    } catch {
      // Old tools write names in a legacy code page; such a name is only ever shown (or refused as unknown).
      name = new TextDecoder('latin1').decode(rawName);
    }
    rules.checkName(name);
    if (names.has(name)) throw new DpiaError('duplicate-entry', { file, entry: name });
    names.add(name);

    const limit = rules.maxBytes(name);
    if (size > limit) throw new DpiaError('too-large', { file, limit: formatBytes(limit) });
    total += size;
    if (total > limits.maxTotalUncompressedBytes)
      throw new DpiaError('too-large', { file, limit: formatBytes(limits.maxTotalUncompressedBytes) });
    if (flags & 1) throw inconsistent(file, 'encrypted', name);
    if (method !== STORED && method !== DEFLATED) throw inconsistent(file, 'method', name);
    if (method === STORED && compressedSize !== size) throw inconsistent(file, 'stored-size', name);
    if (method === DEFLATED && (compressedSize === 0 || size > compressedSize * DEFLATE_MAX_RATIO))
      throw inconsistent(file, 'ratio', name);
    compressedTotal += compressedSize;
    if (compressedTotal > bytes.length) throw inconsistent(file, 'compressed-total', name);

    // The local header repeats the name; the data follows it and must end before the central directory.
    if (headerStart + LOCAL_SIZE > centralStart) throw inconsistent(file, 'bounds', name);
    if (view.getUint32(headerStart, true) !== LOCAL_SIGNATURE) throw inconsistent(file, 'local-header', name);
    const localNameLength = view.getUint16(headerStart + 26, true);
    const dataStart = headerStart + LOCAL_SIZE + localNameLength + view.getUint16(headerStart + 28, true);
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > centralStart) throw inconsistent(file, 'bounds', name);
    const localName = bytes.subarray(headerStart + LOCAL_SIZE, headerStart + LOCAL_SIZE + localNameLength);
    if (localNameLength !== nameLength || localName.some((b, j) => b !== rawName[j]))
      throw inconsistent(file, 'local-header', name);
    records.push({ name, method, compressedSize, size, headerStart, dataStart, dataEnd });
    at = next;
  }
  if (at !== eocd) throw inconsistent(file, 'structure');

  const byOffset = [...records].sort((a, b) => a.headerStart - b.headerStart);
  for (let i = 1; i < byOffset.length; i++) {
    if (byOffset[i]!.headerStart < byOffset[i - 1]!.dataEnd)
      throw inconsistent(file, 'overlap', byOffset[i]!.name);
  }
  return records;
}

class Overflow extends Error {}

/** Inflates into a buffer of exactly `size` bytes, stopping as soon as the data would go past it. */
function inflateExactly(data: Uint8Array, size: number, file: string, name: string): Uint8Array {
  const out = new Uint8Array(size);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > size) throw new Overflow();
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (error) {
    if (error instanceof Overflow) throw inconsistent(file, 'inflated-size', name);
    const detail = error instanceof Error ? error.message : 'unknown error';
    throw new DpiaError('damaged-zip', { file, detail });
  }
  if (filled !== size) throw inconsistent(file, 'inflated-size', name);
  return out;
}

/**
 * The entry names of the central directory, at most `max` of them, without inflating anything; [] for bytes that are
 * not a readable ZIP. For recognising what a file is (core/format/sniff.ts), never for reading it.
 */
export function zipEntryNames(bytes: Uint8Array, max = 4096): string[] {
  if (bytes.length < EOCD_SIZE) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd: number;
  try {
    eocd = findEndOfCentralDirectory(bytes, view, '');
  } catch {
    return [];
  }
  const count = Math.min(view.getUint16(eocd + 10, true), max);
  const decoder = new TextDecoder('latin1');
  const names: string[] = [];
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) break;
    const nameLength = view.getUint16(at + 28, true);
    if (at + CENTRAL_SIZE + nameLength > eocd) break;
    names.push(decoder.decode(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength)));
    at += CENTRAL_SIZE + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return names;
}

/** The archive's entries by name; throws a DpiaError at the first violation, before inflating anything. */
export function unzipWithinLimits(
  bytes: Uint8Array,
  file: string,
  limits: ReadLimits,
  rules: EntryRules,
): Record<string, Uint8Array> {
  const records = readRecords(bytes, file, limits, rules);
  // No prototype: an entry named __proto__ (possible in a CNIL archive) is just a name.
  const entries = Object.create(null) as Record<string, Uint8Array>;
  for (const record of records) {
    if (rules.skip(record.name)) continue;
    const data = bytes.subarray(record.dataStart, record.dataEnd);
    entries[record.name] =
      record.method === STORED ? data.slice() : inflateExactly(data, record.size, file, record.name);
  }
  return entries;
}
