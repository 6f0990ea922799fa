// Reviewer mode: the verdict on an item or a question (acceptable / improvable / to correct), a comment and, when
// something must change, the corrective action that goes into the action plan.
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation, Verdict } from '../../../core/model/assessment.ts';
import { useEditor } from '../../app/editor-context.tsx';
import { setEvaluation } from '../../../core/assessment/edits.ts';
import { RichTextField } from '../questions/rich-text-field.tsx';
import { VerdictIcon } from './verdict-icon.tsx';

const VERDICTS: readonly Verdict[] = ['acceptable', 'improvable', 'to-correct'];

export const EvaluationEditor = memo(function EvaluationEditor(props: {
  targetId: string;
  targetTitle: string;
  evaluation: Evaluation | undefined;
}) {
  const { t } = useTranslation();
  const { edit, readOnly, authorName } = useEditor();
  const id = useId();
  const { targetId, evaluation } = props;
  const save = (patch: Partial<Evaluation>) => {
    const base: Evaluation = evaluation ?? {
      verdict: 'acceptable',
      comment: '',
      correctiveAction: '',
      evaluatedBy: authorName,
      evaluatedAt: new Date().toISOString(),
    };
    edit(
      `evaluation:${targetId}`,
      setEvaluation(targetId, {
        ...base,
        ...patch,
        evaluatedBy: authorName,
        evaluatedAt: new Date().toISOString(),
      }),
    );
  };
  return (
    <div className="evaluation" role="group" aria-labelledby={`${id}-title`}>
      <p className="evaluation-title" id={`${id}-title`}>
        {t('review.evaluationOf', { title: props.targetTitle })}
      </p>
      <div className="verdict-buttons" role="radiogroup" aria-labelledby={`${id}-title`}>
        {VERDICTS.map((verdict) => (
          <label key={verdict} className={`verdict-choice verdict-${verdict}`}>
            <input
              type="radio"
              name={`${id}-verdict`}
              checked={evaluation?.verdict === verdict}
              disabled={readOnly}
              onChange={() => save({ verdict })}
            />
            <VerdictIcon verdict={verdict} />
            <span>{t(`verdict.${verdict}`)}</span>
          </label>
        ))}
        {evaluation && !readOnly && (
          <button
            type="button"
            className="link-button"
            onClick={() => edit(`evaluation:${targetId}`, setEvaluation(targetId, null))}
          >
            {t('review.clear')}
          </button>
        )}
      </div>
      {evaluation && (
        <div className="evaluation-fields">
          <p className="field-label" id={`${id}-comment`}>
            {t('review.comment')}
          </p>
          <RichTextField
            compact
            labelledBy={`${id}-comment`}
            value={evaluation.comment}
            readOnly={readOnly}
            onCommit={(comment) => save({ comment })}
          />
          {evaluation.verdict !== 'acceptable' && (
            <>
              <p className="field-label" id={`${id}-action`}>
                {t('review.correctiveAction')}
              </p>
              <RichTextField
                compact
                labelledBy={`${id}-action`}
                value={evaluation.correctiveAction}
                readOnly={readOnly}
                onCommit={(correctiveAction) => save({ correctiveAction })}
              />
            </>
          )}
          {evaluation.evaluatedBy && (
            <p className="hint">{t('review.evaluatedBy', { name: evaluation.evaluatedBy })}</p>
          )}
        </div>
      )}
    </div>
  );
});
