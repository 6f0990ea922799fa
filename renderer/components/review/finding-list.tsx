// The checks engine's findings (law of the CSU, completeness, quality), each with its legal source and a link to
// the place in the document it is about; on the findings page, each section's missing answers fold into one group.
import { memo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/checks/index.ts';
import { findingPlace, findingRows, locationText } from '../../../core/checks/index.ts';
import type { Template } from '../../../core/template/schema.ts';
import { findingTarget } from '../../app/findings.ts';
import type { FindingTarget } from '../../app/findings.ts';
import { useLanguage } from '../../i18n/i18n.ts';

const findingKeyOf = (finding: Finding, index: number) =>
  `${finding.id}:${finding.location.kind}:${finding.location.id}:${index}`;

export const FindingList = memo(function FindingList(props: {
  findings: readonly Finding[];
  template: Template;
  onGo?: (target: FindingTarget) => void;
  /** « Corriger », where the finding has a remedy (see use-remedies.tsx). */
  remedies?: { hasRemedy: (finding: Finding) => boolean; fix: (finding: Finding) => void };
  /** Hides the place: the list is already on that page. */
  compact?: boolean;
  /** Folds each section's missing answers into one expandable group (the findings page). */
  grouped?: boolean;
}) {
  const { t } = useTranslation();
  const { language, loc } = useLanguage();
  const { template, onGo } = props;

  const goButton = (finding: Finding): ReactNode => {
    const target = onGo ? findingTarget(finding.location, template) : null;
    if (!target || !onGo) return null;
    return (
      <button type="button" className="link-button" onClick={() => onGo(target)}>
        {t('findings.go')}
      </button>
    );
  };

  const item = (finding: Finding, key: string) => {
    const go = goButton(finding);
    return (
      <li key={key} className={`finding finding-${finding.severity}`}>
        <span className={`severity severity-${finding.severity}`}>
          {t(`findings.severity.${finding.severity}`)}
        </span>
        <div className="finding-body">
          <p className="finding-message">{loc(finding.message)}</p>
          <p className="finding-meta">
            <span>{loc(finding.legalRef)}</span>
            {!props.compact && <span> · {findingPlace(finding, language, template)}</span>}
            {go && <> · {go}</>}
            {props.remedies?.hasRemedy(finding) && (
              <>
                {' · '}
                <button
                  type="button"
                  className="link-button remedy-button"
                  onClick={() => props.remedies?.fix(finding)}
                >
                  {t('remedies.fix')}
                </button>
              </>
            )}
          </p>
        </div>
      </li>
    );
  };

  if (!props.grouped)
    return (
      <ul className={props.compact ? 'finding-list compact' : 'finding-list'}>
        {props.findings.map((finding, index) => item(finding, findingKeyOf(finding, index)))}
      </ul>
    );

  // Inside a section's group the section is said once, in its heading: each line names its question only.
  const questionLabel = (finding: Finding) => {
    for (const section of template.sections)
      for (const item of section.items)
        for (const question of item.questions)
          if (question.id === finding.location.id) return loc(question.label);
    return locationText(finding.location, language, template);
  };
  const sectionTitle = (sectionId: string | null) => {
    const section = template.sections.find((s) => s.id === sectionId);
    return section ? loc(section.title) : t('findingFilters.assessmentFields');
  };
  return (
    <ul className="finding-list">
      {findingRows(props.findings, template).map((row, index) => {
        if (row.kind === 'finding') return item(row.finding, findingKeyOf(row.finding, index));
        const severity = row.findings[0]!.severity;
        return (
          <li
            key={`missing:${row.sectionId ?? ''}`}
            className={`finding finding-${severity} finding-group`}
            data-section={row.sectionId ?? ''}
          >
            <span className={`severity severity-${severity}`}>{t(`findings.severity.${severity}`)}</span>
            <details className="finding-body">
              <summary>
                <span className="finding-group-count">
                  {t('findingFilters.missingGroup', { count: row.findings.length })}
                </span>
                <span className="finding-meta"> · {sectionTitle(row.sectionId)}</span>
              </summary>
              <ul className="missing-answers">
                {row.findings.map((finding) => {
                  const go = goButton(finding);
                  return (
                    <li key={finding.location.id}>
                      <span>{questionLabel(finding)}</span>
                      {go && <> · {go}</>}
                    </li>
                  );
                })}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
});
