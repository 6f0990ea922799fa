// The two CNIL exports of tests/fixtures/cnil-pia, and a deterministic way to import them.
import { readFileSync } from 'node:fs';
import { importCnilExport, type ImportCnilResult } from '../../../core/import/cnil/import-cnil.ts';
import type { Language } from '../../../core/model/localized.ts';

export const SAMPLES = {
  captoo: 'cnil-pia-example.json',
  fixture2022: 'cnil-pia-export-fixture-2022.json',
} as const;
export type SampleName = keyof typeof SAMPLES;

export const samplePath = (name: SampleName): string =>
  new URL(`../../fixtures/cnil-pia/${SAMPLES[name]}`, import.meta.url).pathname;

export function sampleBytes(name: SampleName): Uint8Array {
  return new Uint8Array(readFileSync(samplePath(name)));
}

/** A fresh parsed copy of a sample, safe to modify. */
export function sampleJson(name: SampleName): Record<string, unknown> & {
  pia: Record<string, unknown>;
  answers: Record<string, unknown>[];
  measures: Record<string, unknown>[];
  evaluations: Record<string, unknown>[];
  comments: Record<string, unknown>[];
} {
  return JSON.parse(readFileSync(samplePath(name), 'utf8')) as ReturnType<typeof sampleJson>;
}

export function idCounter(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

export const NOW = new Date('2026-03-01T09:00:00Z');

export function importSample(json: unknown, language: Language = 'fr'): ImportCnilResult {
  return importCnilExport(json, { now: NOW, newId: idCounter(), language, file: 'export.json' });
}
