// The checks engine's findings (law of the CSU, completeness, quality), each with its legal source and a link to
// the place in the document it is about.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/checks/index.ts';
import { findingPlace } from '../../../core/checks/index.ts';
import type { Template } from '../../../core/template/schema.ts';
import { findingTarget } from '../../app/findings.ts';
import type { FindingTarget } from '../../app/findings.ts';
import { useLanguage } from '../../i18n/i18n.ts';

export const FindingList = memo(function FindingList(props: {
  findings: readonly Finding[];
  template: Template;
  onGo?: (target: FindingTarget) => void;
  /** « Corriger », where the finding has a remedy (see use-remedies.tsx). */
  remedies?: { hasRemedy: (finding: Finding) => boolean; fix: (finding: Finding) => void };
  /** Hides the place: the list is already on that page. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { language, loc } = useLanguage();
  return (
    <ul className={props.compact ? 'finding-list compact' : 'finding-list'}>
      {props.findings.map((finding, index) => {
        const target = props.onGo ? findingTarget(finding.location, props.template) : null;
        return (
          <li
            key={`${finding.id}:${finding.location.kind}:${finding.location.id}:${index}`}
            className={`finding finding-${finding.severity}`}
          >
            <span className={`severity severity-${finding.severity}`}>
              {t(`findings.severity.${finding.severity}`)}
            </span>
            <div className="finding-body">
              <p className="finding-message">{loc(finding.message)}</p>
              <p className="finding-meta">
                <span>{loc(finding.legalRef)}</span>
                {!props.compact && <span> · {findingPlace(finding, language, props.template)}</span>}
                {target && props.onGo && (
                  <>
                    {' · '}
                    <button type="button" className="link-button" onClick={() => props.onGo?.(target)}>
                      {t('findings.go')}
                    </button>
                  </>
                )}
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
      })}
    </ul>
  );
});
