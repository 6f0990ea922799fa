// The content hash recorded in manifest.json: it changes when any answer, template text or attachment does.
import { sha256Hex } from '../hash.ts';

export async function computeContentHash(
  assessmentBytes: Uint8Array,
  templateBytes: Uint8Array,
  attachmentHashes: readonly string[],
): Promise<string> {
  const lines = [
    `assessment.json ${await sha256Hex(assessmentBytes)}`,
    `template.json ${await sha256Hex(templateBytes)}`,
    ...[...attachmentHashes].sort().map((hash) => `attachments/${hash}`),
  ];
  return sha256Hex(lines.join('\n'));
}
