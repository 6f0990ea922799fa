// Reading the CNIL tool's values: verdicts, statuses, gauges, dates, and a measure's likely category.
import { IsoDate, type AssessmentStatus, type Level, type Verdict } from '../../model/assessment.ts';
import type { MeasureCategory } from '../../model/vocabulary.ts';
import { cnilTextToPlain } from './html-to-markdown.ts';
import { type CnilPia } from './schema.ts';

export const RICH_MAX = 1_000_000;
export const SHORT_MAX = 10_000;
export const TITLE_MAX = 500;

/** CNIL evaluation status: 0 pending, 1 to correct, 2 improvable, 3 acceptable. */
export function verdictOf(status: number | null | undefined): Verdict | null {
  if (status === 1) return 'to-correct';
  if (status === 2) return 'improvable';
  if (status === 3) return 'acceptable';
  return null;
}
export const SEVERITY: Record<Verdict, number> = { acceptable: 0, improvable: 1, 'to-correct': 2 };
export const worst = (verdicts: readonly Verdict[]): Verdict | null =>
  verdicts.reduce<Verdict | null>((a, b) => (a === null || SEVERITY[b] > SEVERITY[a] ? b : a), null);

/**
 * CNIL status: 0 doing, 1 refused, 2 simple validation, 3 signed validation, 4 archived. A signed validation
 * becomes "validated": our "signed" means an electronic signature, which the CNIL tool does not make.
 */
export function statusOf(status: number | null | undefined): AssessmentStatus {
  if (status === 1) return 'refused';
  if (status === 2 || status === 3) return 'validated';
  return 'draft';
}

/** A gauge 1–4; 0 (not set), null and anything else read as not rated. */
export function levelOf(gauge: number | null | undefined): Level | null {
  return gauge !== null && gauge !== undefined && gauge >= 1 && gauge <= 4 ? gauge : null;
}

export function instant(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/**
 * A calendar day from the tool's date fields. Its date picker stores local midnight in UTC, which for France is
 * 22:00 or 23:00 the day before: a whole hour in the second half of a UTC day is read as the next day's midnight.
 */
export function calendarDay(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const valid = (day: string) => (IsoDate.safeParse(day).success ? day : null);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return valid(text);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (french) return valid(`${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}`);
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  const onTheHour =
    date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0;
  if (onTheHour && date.getUTCHours() >= 12) date.setUTCDate(date.getUTCDate() + 1);
  return valid(date.toISOString().slice(0, 10));
}

export const normaliseName = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export const DATA_WORDS = [
  'chiffrement',
  'anonymis',
  'pseudonym',
  'cloisonnement',
  'acces logiques',
  'tracabilite',
  'journalisation',
  'archivage',
  'minimis',
  'integrite',
  'papier',
  'encryption',
  'partitioning',
  'logical access',
  'traceability',
  'logging',
  'archiving',
  'integrity',
  'paper',
];
export const ORGANISATIONAL_WORDS = [
  'organisation',
  'politique',
  'gestion des risques',
  'gestion des projets',
  'gestion des incidents',
  'gestion des personnels',
  'relations avec les tiers',
  'supervision',
  'sensibilisation',
  'formation',
  'gouvernance',
  'organization',
  'policy',
  'governance',
  'risk management',
  'project management',
  'incident',
  'third part',
  'training',
  'awareness',
];

/** The CNIL tool has no measure categories; the title usually names one of its catalogue's families. */
export function guessCategory(title: string): MeasureCategory {
  const name = normaliseName(title);
  if (DATA_WORDS.some((w) => name.includes(w))) return 'data';
  if (ORGANISATIONAL_WORDS.some((w) => name.includes(w))) return 'organisational';
  return 'security';
}

/** The structure's title for a question the user added, when the export carries its structure. */
export function structureTitle(pia: CnilPia, reference: string): string {
  const data = pia.structure_data;
  if (typeof data !== 'object' || data === null || !('sections' in data) || !Array.isArray(data.sections))
    return '';
  for (const section of data.sections as unknown[]) {
    const items = (section as { items?: unknown }).items;
    if (!Array.isArray(items)) continue;
    for (const item of items as unknown[]) {
      const questions = (item as { questions?: unknown }).questions;
      if (!Array.isArray(questions)) continue;
      for (const question of questions as unknown[]) {
        const { id, title } = question as { id?: unknown; title?: unknown };
        if (String(id) !== reference || typeof title !== 'string') continue;
        // Built-in questions carry translation keys, not titles.
        return /^sections\./.test(title) ? '' : cnilTextToPlain(title);
      }
    }
  }
  return '';
}
