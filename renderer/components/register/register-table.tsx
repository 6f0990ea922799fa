// The register's rows: sortable by any column; a row opens its assessment or shows its file in the folder; a file
// that could not be read is a row with its reason.
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../core/register/entry.ts';
import {
  REGISTER_COLUMN_LABELS,
  type RegisterColumn,
  type RegisterSort,
} from '../../../core/register/table.ts';
import { STATUS_LABELS } from '../../../core/model/vocabulary.ts';
import { TRUST_VERDICT_LABELS } from '../../../core/model/signature-verdict.ts';
import { formatDate } from '../../app/format.ts';
import { useLanguage } from '../../i18n/i18n.ts';

/** The columns shown, in order (the file's path is under the title; the reason spans an unreadable row). */
const SHOWN: readonly RegisterColumn[] = [
  'title',
  'status',
  'signature',
  'decisionDate',
  'reviewDate',
  'authorisationExpiry',
  'errors',
  'modifiedAt',
];

const baseName = (filePath: string): string => filePath.split(/[\\/]/).pop() ?? filePath;

export function RegisterTable(props: {
  entries: readonly RegisterEntry[];
  sort: RegisterSort;
  onSort: (sort: RegisterSort) => void;
  busy: boolean;
  asOf: string;
  onOpen: (entryId: string) => void;
  onShow: (filePath: string) => void;
  caption: string;
}) {
  const { t } = useTranslation();
  const { language, loc } = useLanguage();
  // Numeric dates keep the table narrow; the full date is in the cell's title.
  const short = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const date = (iso: string | null | undefined) =>
    iso ? (
      <time dateTime={iso.slice(0, 10)} title={formatDate(iso.slice(0, 10), language)}>
        {short.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`))}
      </time>
    ) : (
      '—'
    );
  const late = (iso: string | null) => iso !== null && iso < props.asOf;
  return (
    <div className="register-scroll" role="region" aria-label={props.caption} tabIndex={0}>
      <table className="register-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {SHOWN.map((column) => {
              const active = props.sort.column === column;
              return (
                <th
                  key={column}
                  scope="col"
                  aria-sort={active ? (props.sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      props.onSort({ column, descending: active ? !props.sort.descending : false })
                    }
                  >
                    {loc(REGISTER_COLUMN_LABELS[column])}
                    <span aria-hidden="true">{active ? (props.sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              );
            })}
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => {
            const f = entry.facts;
            const actions = (
              <td className="register-actions">
                <div className="register-action-stack">
                  {f && (
                    <button
                      type="button"
                      className="secondary small"
                      disabled={props.busy}
                      aria-label={t('register.openReminder', { title: f.title })}
                      onClick={() => props.onOpen(entry.id)}
                    >
                      {t('register.open')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="link-button"
                    disabled={props.busy}
                    onClick={() => props.onShow(entry.filePath)}
                  >
                    {t('register.showInFolder')}
                  </button>
                </div>
              </td>
            );
            if (!f) {
              return (
                <tr key={entry.id} className="unreadable">
                  <th scope="row">
                    <span className="register-title">{baseName(entry.filePath)}</span>
                    <span className="register-file">{entry.filePath}</span>
                  </th>
                  <td colSpan={SHOWN.length - 1}>
                    <span className="badge bad">{loc(REGISTER_COLUMN_LABELS.problem)}</span>{' '}
                    {entry.problem ? loc(entry.problem) : ''}
                  </td>
                  {actions}
                </tr>
              );
            }
            return (
              <tr key={entry.id}>
                <th scope="row">
                  <span className="register-title">{f.title}</span>
                  <span className="register-meta">
                    {[f.organisation, `${f.templateId} ${f.templateVersion}`, f.version && `v${f.version}`]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  <span className="register-file">{entry.filePath}</span>
                </th>
                <td>{loc(STATUS_LABELS[f.status])}</td>
                <td>
                  <span
                    className={`badge verdict-${f.verdict}`}
                    title={
                      f.verdictReason ? loc(f.verdictReason) : loc(TRUST_VERDICT_LABELS[f.verdict].meaning)
                    }
                  >
                    {loc(TRUST_VERDICT_LABELS[f.verdict].label)}
                  </span>
                </td>
                <td>{date(f.decisionDate)}</td>
                <td className={late(f.reviewDate) ? 'late' : undefined}>{date(f.reviewDate)}</td>
                <td className={late(f.authorisationExpiry) ? 'late' : undefined}>
                  {date(f.authorisationExpiry)}
                </td>
                <td className={f.errorCount > 0 ? 'late number' : 'number'}>{f.errorCount}</td>
                <td>{date(f.modifiedAt)}</td>
                {actions}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
