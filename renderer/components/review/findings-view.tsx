// The "points to watch" page: every finding of the checks engine over the whole assessment, most serious first.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/checks/index.ts';
import { countBySeverity } from '../../../core/checks/index.ts';
import type { Template } from '../../../core/template/schema.ts';
import type { FindingTarget } from '../../app/findings.ts';
import { formatDate } from '../../app/format.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { FindingList } from './finding-list.tsx';
import type { RemedyControls } from './use-remedies.tsx';

export const FindingsView = memo(function FindingsView(props: {
  findings: readonly Finding[];
  template: Template;
  /** The day the findings are established as of, `YYYY-MM-DD`. */
  asOf: string;
  onGo: (target: FindingTarget) => void;
  remedies?: RemedyControls;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const counts = countBySeverity(props.findings);
  return (
    <article className="findings-view" aria-labelledby="findings-title">
      <h2 id="findings-title" tabIndex={-1} className="item-title">
        {t('findings.title')}
      </h2>
      <p className="item-intro">{t('findings.intro')}</p>
      <p className="hint">{t('findings.asOf', { date: formatDate(props.asOf, language) })}</p>
      <p className="register-count" role="status">
        {t('findings.counts', {
          errors: t('findings.errorCount', { count: counts.error }),
          warnings: t('findings.warningCount', { count: counts.warning }),
          infos: t('findings.infoCount', { count: counts.info }),
        })}
      </p>
      {props.findings.length === 0 ? (
        <p className="empty">{t('findings.none')}</p>
      ) : (
        <FindingList
          findings={props.findings}
          template={props.template}
          onGo={props.onGo}
          remedies={props.remedies}
        />
      )}
    </article>
  );
});
