// Dates and times as people write them in each language (« 14 h 32 », « 3 mars 2026 »).
import type { TFunction } from 'i18next';
import { isoDay, longDate } from '../../core/checks/context.ts';
import type { Language } from '../../core/model/localized.ts';

/** The local time of an instant, e.g. « 14 h 32 » or "14:32". */
export function formatTime(iso: string, t: TFunction): string {
  const date = new Date(iso);
  return t('format.time', {
    hours: String(date.getHours()).padStart(2, '0'),
    minutes: String(date.getMinutes()).padStart(2, '0'),
  });
}

/** A calendar date `YYYY-MM-DD`, e.g. « 1er mars 2026 »: core's own writing of dates, as in the checks' messages. */
export function formatDate(isoDate: string, language: Language): string {
  return longDate(isoDate)[language];
}

/** Today as `YYYY-MM-DD` in local time (core's `isoDay`). */
export const todayIso = (now: Date = new Date()): string => isoDay(now);
