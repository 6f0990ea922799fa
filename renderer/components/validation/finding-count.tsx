// The one count of findings as every surface words it: « 40 erreurs, dont 34 réponses manquantes · 5 alertes ».
import type { TFunction } from 'i18next';
import type { FindingSummary } from '../../../core/checks/index.ts';

/** The errors, with the missing answers among them said apart. */
export function errorCountText(t: TFunction, summary: FindingSummary): string {
  const errors = t('findingCount.errors', { count: summary.error });
  return summary.missingAnswers > 0
    ? `${errors}, ${t('findingCount.ofWhichMissing', { count: summary.missingAnswers })}`
    : errors;
}

/** Every severity, errors first; « Aucun point relevé » when there is nothing. */
export function findingCountText(t: TFunction, summary: FindingSummary): string {
  if (summary.total === 0) return t('findingCount.none');
  const parts = [errorCountText(t, summary)];
  if (summary.warning > 0) parts.push(t('findingCount.warnings', { count: summary.warning }));
  if (summary.info > 0) parts.push(t('findingCount.infos', { count: summary.info }));
  return parts.join(' · ');
}

/** The navigation's short form (« 40 err. · 5 alertes »); its full wording goes to the title and screen readers. */
export function findingCountShort(t: TFunction, summary: FindingSummary): string {
  const parts: string[] = [];
  if (summary.error > 0) parts.push(t('findingCount.errorsShort', { count: summary.error }));
  if (summary.warning > 0) parts.push(t('findingCount.warnings', { count: summary.warning }));
  return parts.join(' · ');
}
