// Helpers to tamper with a signed .dpia file the way an attacker would: edit an entry, then fix the manifest hash.
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';
import { computeContentHash } from '../../../core/format/content-hash.ts';
import { sha256Hex } from '../../../core/hash.ts';

export type Entries = Record<string, Uint8Array>;

export const json = (bytes: Uint8Array): unknown => JSON.parse(strFromU8(bytes));
export const bytesOf = (value: unknown, indent = 2): Uint8Array =>
  strToU8(`${JSON.stringify(value, null, indent)}\n`);

export function edit(zip: Uint8Array, change: (entries: Entries) => void): Uint8Array {
  const entries = unzipSync(zip);
  change(entries);
  return zipSync(entries);
}

/** Recomputes manifest.contentSha256 from the entries as they now are, as a deliberate forger would. */
export async function fixManifest(entries: Entries): Promise<void> {
  const attachments = Object.keys(entries)
    .filter((n) => n.startsWith('attachments/') && n.length > 'attachments/'.length)
    .map((n) => n.slice('attachments/'.length));
  const snapshots = await Promise.all(
    Object.keys(entries)
      .filter((n) => /^revisions\/.+\.json$/.test(n))
      .map(async (n) => ({
        id: n.slice('revisions/'.length, -'.json'.length),
        sha256: await sha256Hex(entries[n]!),
      })),
  );
  const manifest = json(entries['manifest.json']!) as Record<string, unknown>;
  manifest.contentSha256 = await computeContentHash(
    entries['assessment.json']!,
    entries['template.json']!,
    attachments,
    snapshots,
  );
  entries['manifest.json'] = bytesOf(manifest);
}

/** Replaces an attachment by other bytes under its new hash, updating its metadata: a consistent forgery. */
export async function swapAttachment(
  entries: Entries,
  change: (bytes: Uint8Array) => Uint8Array,
): Promise<void> {
  const name = Object.keys(entries).find(
    (n) => n.startsWith('attachments/') && n.length > 'attachments/'.length,
  )!;
  const oldHash = name.slice('attachments/'.length);
  const data = change(entries[name]!.slice());
  const newHash = await sha256Hex(data);
  delete entries[name];
  entries[`attachments/${newHash}`] = data;
  const assessment = json(entries['assessment.json']!) as { attachments: { sha256: string; size: number }[] };
  for (const meta of assessment.attachments) {
    if (meta.sha256 === oldHash) Object.assign(meta, { sha256: newHash, size: data.length });
  }
  entries['assessment.json'] = bytesOf(assessment);
  await fixManifest(entries);
}
