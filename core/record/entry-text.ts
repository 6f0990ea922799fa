// The record entry an assessment covers, in one line, as the Word cover, the synthesis and the CLI print it.
import type { RecordEntry } from '../model/assessment.ts';

/** « T-012 – Vidéoprotection de la voie publique (Commune de Valmont) »; null when no entry is named. */
export function recordEntryLine(entry: RecordEntry | undefined): string | null {
  if (!entry) return null;
  const reference = entry.reference.trim();
  const name = entry.name.trim();
  const controller = entry.controller.trim();
  const head = [reference, name].filter((p) => p !== '').join(' – ');
  if (head === '' && controller === '') return null;
  if (head === '') return controller;
  return controller === '' ? head : `${head} (${controller})`;
}
