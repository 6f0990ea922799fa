// The measures register: existing and planned measures, filterable by state and family, one open at a time.
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure, Risk } from '../../../core/model/assessment.ts';
import { ChevronIcon, TrashIcon } from '../common/icons.tsx';
import { useEditor } from '../../app/editor-context.tsx';
import { blankMeasure } from '../../../core/assessment/blank-entities.ts';
import { deleteMeasure, upsertMeasure } from '../../../core/assessment/edits.ts';
import { formatDate } from '../../app/format.ts';
import { newId } from '../../app/ids.ts';
import { useOpenRequest } from '../../app/open-request.tsx';
import { useEntryFocus } from '../common/use-entry-focus.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { MeasureEditor } from './measure-editor.tsx';
import { IconButton } from '../common/icon-button.tsx';
import { CatalogueButton } from '../risks/catalogue.tsx';

export const MeasureRegister = memo(function MeasureRegister(props: {
  measures: readonly Measure[];
  risks: readonly Risk[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { edit, readOnly, announce } = useEditor();
  const [open, setOpen] = useState<string | null>(null);
  const [stateFilter, setStateFilter] = useState('');
  const [categoryFilter, setCategoryFilter] = useState('');
  const shown = props.measures.filter(
    (m) =>
      (stateFilter === '' || m.state === stateFilter) &&
      (categoryFilter === '' || m.category === categoryFilter),
  );
  const list = useRef<HTMLUListElement>(null);
  const focusEntry = useEntryFocus(list, shown.length);
  useOpenRequest('measure', (id) => {
    setStateFilter('');
    setCategoryFilter('');
    setOpen(id);
    focusEntry({ id, what: 'header', afterPage: true });
  });
  const riskCount = (id: string) => props.risks.filter((r) => r.measureIds.includes(id)).length;

  const add = () => {
    const id = newId();
    edit(`measure-add:${id}`, upsertMeasure(blankMeasure(id, t('measures.newTitle'))));
    setOpen(id);
    setStateFilter('');
    setCategoryFilter('');
    focusEntry({ id, what: 'title', afterPage: false });
  };

  return (
    <div className="measure-register">
      <div className="register-toolbar">
        <label>
          <span className="visually-hidden">{t('measures.filterState')}</span>
          <select value={stateFilter} onChange={(event) => setStateFilter(event.target.value)}>
            <option value="">{t('measures.allStates')}</option>
            <option value="existing">{t('measures.states.existing')}</option>
            <option value="planned">{t('measures.states.planned')}</option>
          </select>
        </label>
        <label>
          <span className="visually-hidden">{t('measures.filterCategory')}</span>
          <select value={categoryFilter} onChange={(event) => setCategoryFilter(event.target.value)}>
            <option value="">{t('measures.allCategories')}</option>
            {(['data', 'security', 'organisational'] as const).map((c) => (
              <option key={c} value={c}>
                {t(`measures.categories.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="register-count">{t('measures.count', { count: shown.length })}</p>
        <span className="toolbar-spacer" />
        <CatalogueButton kind="measures" measures={props.measures} />
        {!readOnly && (
          <button type="button" className="primary" onClick={add}>
            {t('measures.add')}
          </button>
        )}
      </div>
      {props.measures.length === 0 && <p className="empty">{t('measures.empty')}</p>}
      <ul className="entry-list" ref={list}>
        {shown.map((measure) => {
          const expanded = open === measure.id;
          const panelId = `measure-panel-${measure.id}`;
          return (
            <li key={measure.id} className={expanded ? 'entry open' : 'entry'} data-entry-id={measure.id}>
              <div className="entry-header">
                <button
                  type="button"
                  className="entry-toggle"
                  aria-expanded={expanded}
                  aria-controls={panelId}
                  onClick={() => setOpen(expanded ? null : measure.id)}
                >
                  <ChevronIcon open={expanded} />
                  <span className="entry-title">{measure.title}</span>{' '}
                  <span className="entry-meta">
                    {t(`measures.categories.${measure.category}`)} ·{' '}
                    {t('measures.riskCount', { count: riskCount(measure.id) })}
                    {measure.state === 'planned' && measure.deadline && (
                      <> · {t('measures.due', { date: formatDate(measure.deadline, language) })}</>
                    )}
                  </span>
                </button>
                <span className={`badge state-${measure.state}`}>
                  {t(`measures.states.${measure.state}`)}
                </span>
                {!readOnly && (
                  <IconButton
                    danger
                    label={t('measures.delete', { title: measure.title })}
                    onClick={() => {
                      edit(`measure-delete:${measure.id}`, deleteMeasure(measure.id));
                      announce(t('measures.deleted', { title: measure.title }), true);
                    }}
                  >
                    <TrashIcon />
                  </IconButton>
                )}
              </div>
              {expanded && (
                <div id={panelId} className="entry-panel">
                  <MeasureEditor measure={measure} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
});
