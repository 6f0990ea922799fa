// The risk register: as many scenarios as the assessment needs (not three fixed ones), the risk map above them,
// one scenario open at a time.
import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure, Risk, RiskRating } from '../../../core/model/assessment.ts';
import { ChevronIcon, TrashIcon } from '../common/icons.tsx';
import { useEditor } from '../../app/editor-context.tsx';
import { blankRisk } from '../../../core/assessment/blank-entities.ts';
import { deleteRisk, upsertRisk } from '../../../core/assessment/edits.ts';
import { newId } from '../../app/ids.ts';
import { useOpenRequest } from '../../app/open-request.tsx';
import { useEntryFocus } from '../common/use-entry-focus.ts';
import { RiskEditor } from './risk-editor.tsx';
import { RiskMap, zoneOf } from './risk-map.tsx';
import { IconButton } from '../common/icon-button.tsx';
import { CatalogueButton } from './catalogue.tsx';

export const RiskRegister = memo(function RiskRegister(props: {
  risks: readonly Risk[];
  measures: readonly Measure[];
}) {
  const { t } = useTranslation();
  const { edit, readOnly, template, announce } = useEditor();
  const [open, setOpen] = useState<string | null>(null);
  const kb = template.knowledgeBase;
  const list = useRef<HTMLOListElement>(null);
  const focusEntry = useEntryFocus(list, props.risks.length);
  useOpenRequest('risk', (id) => {
    setOpen(id);
    focusEntry({ id, what: 'header', afterPage: true });
  });

  const add = () => {
    const id = newId();
    edit(
      `risk-add:${id}`,
      upsertRisk(blankRisk(id, t('risks.newTitle', { number: props.risks.length + 1 }))),
    );
    setOpen(id);
    // Below the fold on a long register: show it and put the cursor in its title.
    focusEntry({ id, what: 'title', afterPage: false });
  };

  const level = (rating: RiskRating) =>
    rating.severity !== null && rating.likelihood !== null ? (
      <span className={`level-badge zone-${zoneOf(rating.severity, rating.likelihood)}`}>
        {t('risks.levelShort', { severity: rating.severity, likelihood: rating.likelihood })}
      </span>
    ) : (
      <span className="level-badge unrated">{t('risks.unrated')}</span>
    );

  return (
    <div className="risk-register">
      <RiskMap
        risks={props.risks}
        severityScale={kb.scales.severity}
        likelihoodScale={kb.scales.likelihood}
      />
      <div className="register-toolbar">
        <p className="register-count">{t('risks.count', { count: props.risks.length })}</p>
        <span className="toolbar-spacer" />
        <CatalogueButton kind="risks" risks={props.risks} />
        {!readOnly && (
          <button type="button" className="primary" onClick={add}>
            {t('risks.add')}
          </button>
        )}
      </div>
      {props.risks.length === 0 && <p className="empty">{t('risks.empty')}</p>}
      <ol className="entry-list" ref={list}>
        {props.risks.map((risk, index) => {
          const expanded = open === risk.id;
          const panelId = `risk-panel-${risk.id}`;
          return (
            <li key={risk.id} className={expanded ? 'entry open' : 'entry'} data-entry-id={risk.id}>
              <div className="entry-header">
                <button
                  type="button"
                  className="entry-toggle"
                  aria-expanded={expanded}
                  aria-controls={panelId}
                  onClick={() => setOpen(expanded ? null : risk.id)}
                >
                  <ChevronIcon open={expanded} />
                  <span className="entry-number">R{index + 1}</span>{' '}
                  <span className="entry-title">{risk.title}</span>{' '}
                  <span className="entry-meta">{t(`fearedEvents.${risk.fearedEvent}`)}</span>
                </button>
                <span className="entry-levels" aria-label={t('risks.levelsLabel')}>
                  {level(risk.initial)}
                  <span aria-hidden="true">→</span>
                  {level(risk.residual)}
                </span>
                {!readOnly && (
                  <IconButton
                    danger
                    label={t('risks.delete', { title: risk.title })}
                    onClick={() => {
                      edit(`risk-delete:${risk.id}`, deleteRisk(risk.id));
                      announce(t('risks.deleted', { title: risk.title }), true);
                    }}
                  >
                    <TrashIcon />
                  </IconButton>
                )}
              </div>
              {expanded && (
                <div id={panelId} className="entry-panel">
                  <RiskEditor risk={risk} number={index + 1} measures={props.measures} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
});
