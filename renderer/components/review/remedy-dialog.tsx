// « Corriger »: the remedies a finding offers, what each would change (computed, never guessed), a confirmation when
// the remedy states a fact, and one click that applies it as a single undoable step.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/checks/index.ts';
import { applyRemedy, offerOf, type Remedy, type RemedyResult } from '../../../core/checks/remedy.ts';
import { isDpiaError } from '../../../core/errors.ts';
import type { Assessment } from '../../../core/model/assessment.ts';
import type { Template } from '../../../core/template/schema.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { Dialog } from '../common/dialog.tsx';
import './remedies.css';

export function RemedyDialog(props: {
  finding: Finding;
  remedies: readonly Remedy[];
  findings: readonly Finding[];
  assessment: Assessment;
  template: Template;
  asOf: string;
  newId: () => string;
  onApply: (remedy: Remedy, result: RemedyResult) => void;
  onOpen: (remedy: Remedy) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language, loc } = useLanguage();
  const id = useId();
  const [chosen, setChosen] = useState(props.remedies[0]?.id ?? '');
  const [confirmed, setConfirmed] = useState(false);
  const remedy = props.remedies.find((r) => r.id === chosen) ?? props.remedies[0];
  const offer = remedy ? offerOf(remedy) : null;

  // The preview is the remedy itself run on the current document, so that what is shown is what will be applied.
  const outcome = useMemo(() => {
    if (!remedy || remedy.action.kind !== 'edit') return null;
    try {
      // Confirmed here only to compute the preview: applying still waits for the user's tick below.
      const result = applyRemedy(remedy, {
        assessment: props.assessment,
        template: props.template,
        findings: props.findings,
        asOf: props.asOf,
        newId: props.newId,
        confirmed: true,
      });
      return { result, error: null };
    } catch (error) {
      return { result: null, error: isDpiaError(error) ? error.localized(language) : String(error) };
    }
  }, [remedy, props.assessment, props.template, props.findings, props.asOf, props.newId, language]);

  const needsConfirmation = offer?.confirm !== null && offer?.confirm !== undefined;
  const canApply =
    remedy !== undefined &&
    (remedy.action.kind === 'open' || (outcome?.result != null && (!needsConfirmation || confirmed)));

  const apply = () => {
    if (!remedy) return;
    if (remedy.action.kind === 'open') return props.onOpen(remedy);
    if (outcome?.result) props.onApply(remedy, outcome.result);
  };

  return (
    <Dialog
      title={t('remedies.title')}
      onClose={props.onClose}
      wide
      footer={
        <>
          <button type="button" className="secondary" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" disabled={!canApply} onClick={apply}>
            {remedy?.action.kind === 'open' ? t('remedies.open') : t('remedies.apply')}
          </button>
        </>
      }
    >
      <p className="remedy-finding">{loc(props.finding.message)}</p>
      {props.remedies.length > 1 && (
        <fieldset className="choice-group remedy-choices">
          <legend>{t('remedies.choose')}</legend>
          {props.remedies.map((r) => (
            <label key={r.id} className="choice">
              <input
                type="radio"
                name={`${id}-remedy`}
                value={r.id}
                checked={r.id === remedy?.id}
                onChange={() => {
                  setChosen(r.id);
                  setConfirmed(false);
                }}
              />
              <span>{loc(offerOf(r).label)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {props.remedies.length === 1 && offer && <p className="remedy-label">{loc(offer.label)}</p>}
      {remedy?.action.kind === 'edit' && (
        <section className="remedy-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>{t('remedies.preview')}</h3>
          {outcome?.error && <p className="error-text">{outcome.error}</p>}
          {outcome?.result && outcome.result.preview.length === 0 && (
            <p className="empty">{t('remedies.nothing')}</p>
          )}
          {outcome?.result && outcome.result.preview.length > 0 && (
            <ul>
              {outcome.result.preview.map((line, i) => (
                <li key={i}>{loc(line)}</li>
              ))}
            </ul>
          )}
          {outcome?.result?.notes.map((line, i) => (
            <p key={i} className="hint">
              {loc(line)}
            </p>
          ))}
          {needsConfirmation && offer?.confirm && (
            <label className="choice remedy-confirm">
              <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
              <span>{t('remedies.confirm', { question: loc(offer.confirm) })}</span>
            </label>
          )}
        </section>
      )}
    </Dialog>
  );
}
