// A reminder in words, the same in the app and on the command line.
import { longDate } from '../checks/context.ts';
import type { Language } from '../model/localized.ts';
import type { Reminder } from './reminders.ts';

/** « Authorisation expired on 3 March 2026 », « Review due on … », « Measure “…” overdue since … ». */
export function reminderText(reminder: Reminder, language: Language): string {
  const date = longDate(reminder.due)[language];
  const fr = language === 'fr';
  switch (reminder.kind) {
    case 'authorisation':
      return reminder.overdue
        ? fr
          ? `Autorisation préfectorale expirée depuis le ${date} (cinq ans, CSI L252-4)`
          : `Prefectoral authorisation expired on ${date} (five years, CSI L252-4)`
        : fr
          ? `Autorisation préfectorale à renouveler\u00A0: elle expire le ${date}`
          : `Prefectoral authorisation to renew: it expires on ${date}`;
    case 'review':
      return reminder.overdue
        ? fr
          ? `Revue en retard, prévue le ${date} (RGPD art.\u00A035.11)`
          : `Review overdue, planned for ${date} (GDPR art. 35(11))`
        : fr
          ? `Revue prévue le ${date}`
          : `Review due on ${date}`;
    case 'measure':
      return reminder.overdue
        ? fr
          ? `Mesure «\u202F${reminder.measureTitle ?? ''}\u202F» en retard, échéance le ${date}`
          : `Measure "${reminder.measureTitle ?? ''}" overdue, due on ${date}`
        : fr
          ? `Mesure «\u202F${reminder.measureTitle ?? ''}\u202F» à échéance le ${date}`
          : `Measure "${reminder.measureTitle ?? ''}" due on ${date}`;
    case 'stale':
      return fr
        ? `Toujours en brouillon ou en relecture, au-delà du délai prévu depuis le ${date}`
        : `Still in draft or review, past the time allowed since ${date}`;
  }
}
