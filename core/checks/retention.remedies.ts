// Remedy for a retention beyond one month (CSI L252-5): propose 30 days, once the user confirms the recordings will
// be erased then. The other answers that still quote the old figure are pointed out by the engine's preview.
import { setAnswer } from '../assessment/edits.ts';
import { Q } from './context.ts';
import type { Remedy } from './remedy.ts';
import { answersMentioning } from './remedy-preview.ts';

export const MAXIMUM_RETENTION_DAYS = 30;

export const RETENTION_REMEDIES: readonly Remedy[] = [
  {
    id: 'retention.set-30-days',
    rules: ['csu.retention.over-one-month'],
    label: {
      fr: 'Ramener la durée de conservation à 30 jours',
      en: 'Bring the retention period down to 30 days',
    },
    confirm: {
      fr: 'Les enregistrements seront-ils effacés automatiquement au bout de 30 jours au plus ?',
      en: 'Will the recordings be erased automatically after 30 days at most?',
    },
    notes: (ctx) => {
      const current = ctx.assessment.answers[Q.retentionDays];
      const days = current?.type === 'number' ? current.value : null;
      if (days === null) return [];
      const ids = answersMentioning(ctx.assessment, new RegExp(`\\b${days}\\s*(jours|days)\\b`, 'i'));
      return ids.length === 0
        ? []
        : [
            {
              fr: `Ces réponses citent encore ${days} jours : ${ids.join(', ')}`,
              en: `These answers still quote ${days} days: ${ids.join(', ')}`,
            },
          ];
    },
    action: {
      kind: 'edit',
      edit: () => (assessment) => {
        const current = assessment.answers[Q.retentionDays];
        const comment = current?.type === 'number' ? current.comment : undefined;
        return setAnswer(Q.retentionDays, {
          type: 'number',
          value: MAXIMUM_RETENTION_DAYS,
          ...(comment === undefined ? {} : { comment }),
        })(assessment);
      },
    },
  },
];
