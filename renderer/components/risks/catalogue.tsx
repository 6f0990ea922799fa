// The template's catalogues of risks and measures, each entry added to the register in one click: shown in the help
// and, in a dialog, from the risks and measures registers themselves (« Catalogue »).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure, Risk } from '../../../core/model/assessment.ts';
import type { CatalogueMeasure, CatalogueRisk, Template } from '../../../core/template/schema.ts';
import { useEditor } from '../../app/editor-context.tsx';
import { addMeasureFromCatalogue, addRiskFromCatalogue } from '../../../core/assessment/edits.ts';
import { newId } from '../../app/ids.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { Dialog } from '../common/dialog.tsx';

export function RiskCatalogue(props: {
  entries: readonly CatalogueRisk[];
  risks: readonly Risk[];
  /** False inside the catalogue dialog, whose title already names it. */
  heading?: boolean;
}) {
  const { t } = useTranslation();
  const { loc } = useLanguage();
  const { edit, readOnly, documentLanguage, announce } = useEditor();
  const id = useId();
  const present = new Set(props.risks.map((r) => r.catalogueRef));
  return (
    <section aria-labelledby={props.heading === false ? undefined : `${id}-title`}>
      {props.heading !== false && <h3 id={`${id}-title`}>{t('guidance.riskCatalogue')}</h3>}
      <ul className="catalogue">
        {props.entries.map((entry) => (
          <li key={entry.id}>
            <p className="catalogue-title" id={`${id}-${entry.id}`}>
              <span className="catalogue-id">{entry.id}</span> {loc(entry.title)}
            </p>
            {present.has(entry.id) ? (
              <p className="hint">{t('guidance.inRegister')}</p>
            ) : (
              !readOnly && (
                <button
                  type="button"
                  className="secondary small"
                  aria-describedby={`${id}-${entry.id}`}
                  onClick={() => {
                    edit(
                      `catalogue-risk:${entry.id}`,
                      addRiskFromCatalogue(entry, newId(), documentLanguage),
                    );
                    announce(t('guidance.riskAdded', { title: entry.title[documentLanguage] }), true);
                  }}
                >
                  {t('guidance.addToRegister')}
                </button>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MeasureCatalogue(props: {
  entries: readonly CatalogueMeasure[];
  measures: readonly Measure[];
  template: Template;
  heading?: boolean;
}) {
  const { t } = useTranslation();
  const { loc } = useLanguage();
  const { edit, readOnly, documentLanguage, announce } = useEditor();
  const id = useId();
  const present = new Set(props.measures.map((m) => m.catalogueRef));
  return (
    <section aria-labelledby={props.heading === false ? undefined : `${id}-title`}>
      {props.heading !== false && <h3 id={`${id}-title`}>{t('guidance.measureCatalogue')}</h3>}
      <ul className="catalogue">
        {props.entries.map((entry) => (
          <li key={entry.id}>
            <p className="catalogue-title" id={`${id}-${entry.id}`}>
              <span className="catalogue-id">{entry.id}</span> {loc(entry.title)}{' '}
              <span className="badge">{t(`measures.categories.${entry.category}`)}</span>
            </p>
            <p className="catalogue-description">{loc(entry.description)}</p>
            {present.has(entry.id) ? (
              <p className="hint">{t('guidance.inRegister')}</p>
            ) : (
              !readOnly && (
                <button
                  type="button"
                  className="secondary small"
                  aria-describedby={`${id}-${entry.id}`}
                  onClick={() => {
                    const usedBy = new Set(
                      props.template.knowledgeBase.risks
                        .filter((r) => r.measures.includes(entry.id))
                        .map((r) => r.id),
                    );
                    edit(
                      `catalogue-measure:${entry.id}`,
                      addMeasureFromCatalogue(entry, newId(), documentLanguage, usedBy),
                    );
                    announce(t('guidance.measureAdded', { title: entry.title[documentLanguage] }), true);
                  }}
                >
                  {t('guidance.addToRegister')}
                </button>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** « Catalogue » in a register's toolbar: the whole catalogue of its kind, in a dialog, where the DPO works. */
export function CatalogueButton(
  props: { kind: 'risks'; risks: readonly Risk[] } | { kind: 'measures'; measures: readonly Measure[] },
) {
  const { t } = useTranslation();
  const { template } = useEditor();
  const [open, setOpen] = useState(false);
  const kb = template.knowledgeBase;
  const title = props.kind === 'risks' ? t('guidance.riskCatalogue') : t('guidance.measureCatalogue');
  return (
    <>
      <button type="button" className="secondary" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('catalogue.open')}
      </button>
      {open && (
        <Dialog wide title={title} onClose={() => setOpen(false)}>
          <p className="hint">{t(`catalogue.intro.${props.kind}`)}</p>
          {props.kind === 'risks' ? (
            <RiskCatalogue entries={kb.risks} risks={props.risks} heading={false} />
          ) : (
            <MeasureCatalogue
              entries={kb.measures}
              measures={props.measures}
              template={template}
              heading={false}
            />
          )}
        </Dialog>
      )}
    </>
  );
}
