// The "points to watch" page: every finding of the checks engine over the whole assessment, most serious first,
// filtered by severity and by section, the missing answers of a section folded into one group.
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '../../../core/checks/index.ts';
import {
  ASSESSMENT_SECTION,
  filterFindings,
  SEVERITIES,
  sectionIndex,
  summarizeFindings,
} from '../../../core/checks/index.ts';
import type { Template } from '../../../core/template/schema.ts';
import type { FindingTarget } from '../../app/findings.ts';
import { formatDate } from '../../app/format.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { findingCountText } from '../validation/finding-count.tsx';
import { FindingList } from './finding-list.tsx';
import type { RemedyControls } from './use-remedies.tsx';

const SEVERITY_COUNT_KEY = {
  error: 'findingCount.errors',
  warning: 'findingCount.warnings',
  info: 'findingCount.infos',
} as const;

export const FindingsView = memo(function FindingsView(props: {
  findings: readonly Finding[];
  /** False while the document's first checks are still running (they run off the page's input path). */
  checked?: boolean;
  template: Template;
  /** The day the findings are established as of, `YYYY-MM-DD`. */
  asOf: string;
  onGo: (target: FindingTarget) => void;
  remedies?: RemedyControls;
}) {
  const { t } = useTranslation();
  const { language, loc } = useLanguage();
  const { findings, template } = props;
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(new Set());
  const [section, setSection] = useState('');
  const counts = summarizeFindings(findings);
  const bySection = useMemo(() => {
    const sectionOf = sectionIndex(template);
    const tally = new Map<string, number>();
    for (const f of findings) {
      const key = sectionOf(f.location) ?? ASSESSMENT_SECTION;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    return tally;
  }, [findings, template]);
  const shown = useMemo(
    () =>
      filterFindings(findings, { severities: SEVERITIES.filter((s) => !hidden.has(s)), section }, template),
    [findings, hidden, section, template],
  );
  const filtered = hidden.size > 0 || section !== '';
  const toggle = (severity: Severity) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });
  const sections = [
    ...template.sections.map((s) => ({ id: s.id, title: loc(s.title) })),
    { id: ASSESSMENT_SECTION, title: t('findingFilters.assessmentFields') },
  ].filter((s) => bySection.has(s.id));

  return (
    <article className="findings-view" aria-labelledby="findings-title">
      <h2 id="findings-title" tabIndex={-1} className="item-title">
        {t('findings.title')}
      </h2>
      <p className="item-intro">{t('findings.intro')}</p>
      <p className="hint">{t('findings.asOf', { date: formatDate(props.asOf, language) })}</p>
      <p className="register-count" role="status" data-testid="findings-count">
        {props.checked === false
          ? t('findings.checking')
          : findings.length > 0 && findingCountText(t, counts)}
      </p>
      {props.checked === false ? null : findings.length === 0 ? (
        <p className="empty">{t('findings.none')}</p>
      ) : (
        <>
          <div className="finding-filters" role="group" aria-label={t('findingFilters.label')}>
            <fieldset className="severity-filter">
              <legend>{t('findingFilters.severity')}</legend>
              {SEVERITIES.map((severity) => (
                <label key={severity} className={`choice chip severity-chip-${severity}`}>
                  <input
                    type="checkbox"
                    checked={!hidden.has(severity)}
                    disabled={counts[severity] === 0}
                    onChange={() => toggle(severity)}
                  />
                  <span>{t(SEVERITY_COUNT_KEY[severity], { count: counts[severity] })}</span>
                </label>
              ))}
            </fieldset>
            <label className="section-filter">
              <span>{t('findingFilters.section')}</span>
              <select value={section} onChange={(event) => setSection(event.target.value)}>
                <option value="">{t('findingFilters.allSections')}</option>
                {sections.map((s) => (
                  <option key={s.id} value={s.id}>
                    {t('findingFilters.sectionOption', { section: s.title, count: bySection.get(s.id) })}
                  </option>
                ))}
              </select>
            </label>
            {filtered && (
              <p className="filter-result">
                {t('findingFilters.shown', { count: shown.length, total: findings.length })}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setHidden(new Set());
                    setSection('');
                  }}
                >
                  {t('findingFilters.reset')}
                </button>
              </p>
            )}
          </div>
          {shown.length === 0 ? (
            <p className="empty">{t('findingFilters.noMatch')}</p>
          ) : (
            <FindingList
              findings={shown}
              template={template}
              onGo={props.onGo}
              remedies={props.remedies}
              grouped
            />
          )}
        </>
      )}
    </article>
  );
});
