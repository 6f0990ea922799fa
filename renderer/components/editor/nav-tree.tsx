// The left navigation: sections and their items with answered / required counts and the reviewer's verdicts, then
// the summary pages (general information, action plan, opinions and validation).
import { own } from '../../../core/model/own.ts';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/checks/index.ts';
import { countBySeverity } from '../../../core/checks/index.ts';
import type { Assessment, Verdict } from '../../../core/model/assessment.ts';
import type { Item, Template } from '../../../core/template/schema.ts';
import { itemProgress, sectionProgress, templateProgress } from '../../app/progress.ts';
import type { View } from '../../app/view.ts';
import { isMissingAnswer } from '../../app/findings.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { VerdictIcon } from '../review/verdict-icon.tsx';

const SEVERITY: Record<Verdict, number> = { acceptable: 0, improvable: 1, 'to-correct': 2 };

/** The verdict shown for an item: its own, or the worst of its questions'. */
export function itemVerdict(item: Item, assessment: Assessment): Verdict | null {
  const ids = item.evaluationMode === 'question' ? item.questions.map((q) => q.id) : [item.id];
  let worst: Verdict | null = null;
  for (const id of ids) {
    const verdict = own(assessment.evaluations, id)?.verdict;
    if (verdict && (worst === null || SEVERITY[verdict] > SEVERITY[worst])) worst = verdict;
  }
  return worst;
}

export const NavTree = memo(function NavTree(props: {
  template: Template;
  assessment: Assessment;
  findings: readonly Finding[];
  view: View;
  onNavigate: (view: View) => void;
}) {
  const { t } = useTranslation();
  const { loc } = useLanguage();
  const { template, assessment, view } = props;
  const total = templateProgress(template, assessment);
  const percent = total.required === 0 ? 100 : Math.round((100 * total.answered) / total.required);
  const current = (candidate: View) =>
    candidate.kind === view.kind &&
    (candidate.kind !== 'item' || (view.kind === 'item' && view.itemId === candidate.itemId))
      ? ('page' as const)
      : undefined;
  const counts = countBySeverity(props.findings.filter((f) => !isMissingAnswer(f)));
  const summary: { view: View; label: string; badge?: string }[] = [
    { view: { kind: 'overview' }, label: t('nav.overview') },
    {
      view: { kind: 'findings' },
      label: t('nav.findings'),
      badge:
        counts.error + counts.warning > 0
          ? t('nav.findingCount', {
              errors: t('nav.errorsShort', { count: counts.error }),
              warnings: t('nav.warningsShort', { count: counts.warning }),
            })
          : undefined,
    },
    { view: { kind: 'action-plan' }, label: t('nav.actionPlan') },
    { view: { kind: 'validation' }, label: t('nav.validation') },
  ];
  return (
    <nav className="nav-tree" aria-label={t('nav.label')}>
      <div className="overall-progress">
        <p id="overall-progress-label">
          {t('nav.overall', { count: total.answered, required: total.required })}
        </p>
        <progress max={100} value={percent} aria-labelledby="overall-progress-label" />
      </div>
      <ul className="nav-summary">
        {summary.map((entry) => (
          <li key={entry.view.kind}>
            <button
              type="button"
              className="nav-link"
              aria-current={current(entry.view)}
              onClick={() => props.onNavigate(entry.view)}
            >
              <span className="nav-item-title">{entry.label}</span>{' '}
              {entry.badge && (
                <span className={counts.error > 0 ? 'nav-badge error' : 'nav-badge'}>{entry.badge}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
      <ol className="nav-sections">
        {template.sections.map((section) => {
          const sp = sectionProgress(section, assessment);
          return (
            <li key={section.id}>
              <p className="nav-section-title">
                <span>{loc(section.title)}</span>
                <span
                  className="nav-count"
                  aria-label={t('nav.progress', { answered: sp.answered, count: sp.required })}
                >
                  {sp.answered}/{sp.required}
                </span>
              </p>
              <ul>
                {section.items.map((item) => {
                  const p = itemProgress(item, assessment);
                  const verdict = itemVerdict(item, assessment);
                  const done = p.answered === p.required;
                  return (
                    <li key={item.id}>
                      <button
                        type="button"
                        className={done ? 'nav-link done' : 'nav-link'}
                        aria-current={current({ kind: 'item', itemId: item.id })}
                        onClick={() => props.onNavigate({ kind: 'item', itemId: item.id })}
                      >
                        <span className="nav-item-title">{loc(item.title)}</span>{' '}
                        {verdict && <VerdictIcon verdict={verdict} />}{' '}
                        <span className="nav-count">
                          <span aria-hidden="true">
                            {p.answered}/{p.required}
                          </span>
                          <span className="visually-hidden">
                            {t('nav.progress', { answered: p.answered, count: p.required })}
                          </span>
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
