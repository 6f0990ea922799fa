// The help: what the active question asks for and why, the law behind it (with summaries), and the template's
// knowledge base: definitions, scales, and catalogue risks and measures added to the register in one click. A panel on
// the right in a wide window; in a narrow one, a drawer (a modal dialog) opened by the « Aide » buttons.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/checks/index.ts';
import type { Measure, Risk } from '../../../core/model/assessment.ts';
import type { Question, ScaleLevel, Template } from '../../../core/template/schema.ts';
import { useApi } from '../../app/api-context.tsx';
import { useLanguage } from '../../i18n/i18n.ts';
import { Dialog } from '../common/dialog.tsx';
import { MarkdownView } from '../markdown/markdown-view.tsx';
import { FindingList } from '../review/finding-list.tsx';
import { MeasureCatalogue, RiskCatalogue } from '../risks/catalogue.tsx';

export interface GuidanceProps {
  /** The checks engine's findings about the page shown (kept here, beside it, so the page never jumps). */
  findings: readonly Finding[];
  open: boolean;
  onToggle: () => void;
  /** True in a narrow window: the help is a drawer over the page instead of a column beside it. */
  drawer: boolean;
  question: Question | null;
  /** Extra knowledge-base ids to show (e.g. the validation page's definitions). */
  extraKnowledge?: readonly string[];
  title?: string;
  template: Template;
  risks: readonly Risk[];
  measures: readonly Measure[];
}

export const GuidancePanel = memo(function GuidancePanel(props: GuidanceProps) {
  const { t } = useTranslation();
  if (props.drawer) {
    return props.open ? (
      <Dialog drawer title={t('guidance.title')} onClose={props.onToggle}>
        <GuidanceContent {...props} />
      </Dialog>
    ) : null;
  }
  if (!props.open) {
    return (
      <aside className="guidance-panel collapsed" aria-label={t('guidance.title')}>
        <button type="button" className="guidance-expand" aria-expanded={false} onClick={props.onToggle}>
          {t('guidance.show')}
        </button>
      </aside>
    );
  }
  return (
    // Focusable so that keyboard users can scroll a long guidance that holds no link.
    <aside className="guidance-panel" aria-labelledby="guidance-title" tabIndex={0}>
      <div className="panel-head">
        <h2 id="guidance-title" className="panel-title">
          {t('guidance.title')}
        </h2>
        <button
          type="button"
          className="link-button small-link"
          aria-expanded={true}
          onClick={props.onToggle}
        >
          {t('guidance.hide')}
        </button>
      </div>
      <GuidanceContent {...props} />
    </aside>
  );
});

function GuidanceContent(props: GuidanceProps) {
  const { t } = useTranslation();
  const { loc } = useLanguage();
  const api = useApi();
  const { question, template } = props;
  const kb = template.knowledgeBase;
  const legal = (question?.legalRefs ?? [])
    .map((id) => kb.legalReferences.find((r) => r.id === id))
    .filter((r) => r !== undefined);
  const wanted = [...(question?.knowledgeBase ?? []), ...(props.extraKnowledge ?? [])];
  const definitions = kb.definitions.filter((d) => wanted.includes(d.id));
  const showAllRisks = question?.type === 'risks';
  const showAllMeasures = question?.type === 'measures';
  const catalogueRisks = showAllRisks ? kb.risks : kb.risks.filter((r) => wanted.includes(r.id));
  const catalogueMeasures = showAllMeasures ? kb.measures : kb.measures.filter((m) => wanted.includes(m.id));

  return (
    <div className="guidance-content">
      {props.findings.length > 0 && (
        <details className="page-findings">
          <summary>{t('findings.onThisPage', { count: props.findings.length })}</summary>
          <FindingList findings={props.findings} template={template} compact />
        </details>
      )}
      {question ? (
        <p className="guidance-question">{loc(question.label)}</p>
      ) : (
        props.title && <p className="guidance-page">{props.title}</p>
      )}
      {question && <MarkdownView source={loc(question.guidance)} className="markdown guidance-text" />}
      {legal.length > 0 && (
        <section aria-labelledby="guidance-law">
          <h3 id="guidance-law">{t('guidance.law')}</h3>
          <ul className="legal-list">
            {legal.map((ref) => (
              <li key={ref.id}>
                <p className="legal-label">{loc(ref.label)}</p>
                <p className="legal-summary">{loc(ref.summary)}</p>
                {ref.url && (
                  <a
                    href={ref.url}
                    onClick={(event) => {
                      event.preventDefault();
                      void api.openExternal({ url: ref.url! });
                    }}
                  >
                    {t('guidance.readText')}
                    <span className="visually-hidden"> ({loc(ref.label)})</span>
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {definitions.length > 0 && (
        <section aria-labelledby="guidance-definitions">
          <h3 id="guidance-definitions">{t('guidance.definitions')}</h3>
          <dl className="definitions">
            {definitions.map((d) => (
              <div key={d.id}>
                <dt>{loc(d.term)}</dt>
                <dd>
                  <MarkdownView source={loc(d.text)} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {showAllRisks && (
        <>
          <ScaleTable title={t('guidance.severityScale')} levels={kb.scales.severity} />
          <ScaleTable title={t('guidance.likelihoodScale')} levels={kb.scales.likelihood} />
        </>
      )}
      {catalogueRisks.length > 0 && <RiskCatalogue entries={catalogueRisks} risks={props.risks} />}
      {catalogueMeasures.length > 0 && (
        <MeasureCatalogue entries={catalogueMeasures} measures={props.measures} template={template} />
      )}
    </div>
  );
}

function ScaleTable({ title, levels }: { title: string; levels: readonly ScaleLevel[] }) {
  const { loc } = useLanguage();
  return (
    <section className="scale" aria-label={title}>
      <h3>{title}</h3>
      <dl>
        {levels.map((level) => (
          <div key={level.level}>
            <dt>
              {level.level}. {loc(level.label)}
            </dt>
            <dd>
              {loc(level.description)} <em>{loc(level.example)}</em>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
