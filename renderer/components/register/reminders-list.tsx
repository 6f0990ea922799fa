// What is due or overdue across the register, as of today: each reminder opens its assessment.
import type { Reminder } from '../../../core/register/reminders.ts';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../core/register/entry.ts';
import { reminderText } from '../../../core/register/reminder-text.ts';
import { DEFAULT_STALE_AFTER_DAYS, remindersOf } from '../../../core/register/reminders.ts';
import { useLanguage } from '../../i18n/i18n.ts';

export function RemindersList(props: {
  entries: readonly RegisterEntry[];
  asOf: string;
  staleAfterDays: number | undefined;
  busy: boolean;
  /** Opens the assessment; with the reminder, at the place it concerns. */
  onOpen: (entryId: string, reminder: Reminder) => void;
  /** At most this many, with a count of the others. */
  limit?: number;
  /** Offered with the count of the others, to show them all (the register screen). */
  onShowAll?: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const reminders = remindersOf(props.entries, {
    asOf: props.asOf,
    staleAfterDays: props.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
  });
  if (reminders.length === 0) return <p className="empty">{t('register.noReminders')}</p>;
  const shown = props.limit === undefined ? reminders : reminders.slice(0, props.limit);
  const hidden = reminders.length - shown.length;
  return (
    <>
      <ul className="reminder-list">
        {shown.map((reminder, index) => (
          <li
            key={`${reminder.entryId}-${reminder.kind}-${reminder.measureId ?? ''}-${index}`}
            className={reminder.overdue ? 'reminder overdue' : 'reminder'}
          >
            <span className={reminder.overdue ? 'badge reminder-badge overdue' : 'badge reminder-badge'}>
              {reminder.overdue ? t('register.overdue') : t('register.due')}
            </span>
            <span className="reminder-body">
              <span className="reminder-title">{reminder.title}</span>
              <span className="reminder-text">{reminderText(reminder, language)}</span>
            </span>
            <button
              type="button"
              className="secondary small"
              disabled={props.busy}
              aria-label={t('register.openReminder', { title: reminder.title })}
              onClick={() => props.onOpen(reminder.entryId, reminder)}
            >
              {t('register.open')}
            </button>
          </li>
        ))}
      </ul>
      {hidden > 0 &&
        (props.onShowAll ? (
          <button type="button" className="link-button" onClick={props.onShowAll}>
            {t('register.showAllReminders', { count: reminders.length })}
          </button>
        ) : (
          <p className="hint">{t('register.moreReminders', { count: hidden })}</p>
        ))}
    </>
  );
}
