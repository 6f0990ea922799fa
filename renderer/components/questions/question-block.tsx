// One question of the template: its label, the field for its type, an optional comment, and in reviewer mode the
// verdict on it. Memoised: typing in one question re-renders no other.
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Assessment, Evaluation } from '../../../core/model/assessment.ts';
import type { Question } from '../../../core/template/schema.ts';
import { useEditor } from '../../app/editor-context.tsx';
import { setAnswer } from '../../../core/assessment/edits.ts';
import { CONTROLLER_QUESTION, setController } from '../../../core/assessment/controller.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { CameraRegister } from '../cameras/camera-register.tsx';
import { MeasureRegister } from '../measures/measure-register.tsx';
import { EvaluationEditor } from '../review/evaluation-editor.tsx';
import { RiskRegister } from '../risks/risk-register.tsx';
import { BooleanField, ChoiceField, MultiChoiceField } from './choice-field.tsx';
import { DateField, NumberField } from './date-number-fields.tsx';
import { RichTextField } from './rich-text-field.tsx';
import { TableField } from './table-field.tsx';
import { TextField } from './text-field.tsx';

export const QuestionBlock = memo(function QuestionBlock(props: {
  question: Question;
  answer: Answer | undefined;
  answered: boolean;
  /** True when the item is judged question by question and reviewer mode is on. */
  reviewing: boolean;
  evaluation: Evaluation | undefined;
  /** The slices of the assessment the register questions show; other questions get none, so they never re-render. */
  cameras?: Assessment['cameras'];
  risks?: Assessment['risks'];
  measures?: Assessment['measures'];
  active: boolean;
  onActivate: (questionId: string) => void;
}) {
  const { t } = useTranslation();
  const { loc } = useLanguage();
  const { edit, readOnly: documentReadOnly, reviewer, showGuidance } = useEditor();
  const { question, answer, onActivate } = props;
  const isRegister = question.type === 'cameras' || question.type === 'risks' || question.type === 'measures';
  // A reviewer reads the answers as the reader of the report will (formatted); registers stay usable.
  const readOnly = documentReadOnly || (reviewer && !isRegister);
  const qid = question.id;
  const labelId = `q-${qid}-label`;
  const inputId = `q-${qid}`;
  const commit = useCallback(
    (next: Answer) =>
      edit(
        `answer:${qid}`,
        // The controller is also the general information's: one answer writes both (core/assessment/controller.ts).
        qid === CONTROLLER_QUESTION && next.type === 'text'
          ? setController(next.text, true)
          : setAnswer(qid, next),
      ),
    [edit, qid],
  );
  const commentOf = (a: Answer | undefined) => (a && 'comment' in a ? (a.comment ?? '') : '');

  const field = () => {
    switch (question.type) {
      case 'richtext':
        return (
          <RichTextField
            id={inputId}
            labelledBy={labelId}
            value={answer?.type === 'richtext' ? answer.text : ''}
            readOnly={readOnly}
            onCommit={(text) => commit({ type: 'richtext', text })}
          />
        );
      case 'text':
        return (
          <TextField
            id={inputId}
            labelledBy={labelId}
            value={answer?.type === 'text' ? answer.text : ''}
            readOnly={readOnly}
            onCommit={(text) => commit({ type: 'text', text })}
          />
        );
      case 'choice':
        return (
          <ChoiceField
            name={inputId}
            labelledBy={labelId}
            options={question.options ?? []}
            value={answer?.type === 'choice' ? answer.optionId : null}
            readOnly={readOnly}
            onChange={(optionId) => commit({ type: 'choice', optionId, comment: commentOf(answer) })}
          />
        );
      case 'multichoice':
        return (
          <MultiChoiceField
            labelledBy={labelId}
            options={question.options ?? []}
            value={answer?.type === 'multichoice' ? answer.optionIds : []}
            readOnly={readOnly}
            onChange={(optionIds) => commit({ type: 'multichoice', optionIds, comment: commentOf(answer) })}
          />
        );
      case 'boolean':
        return (
          <BooleanField
            name={inputId}
            labelledBy={labelId}
            value={answer?.type === 'boolean' ? answer.value : null}
            readOnly={readOnly}
            onChange={(value) => commit({ type: 'boolean', value, comment: commentOf(answer) })}
          />
        );
      case 'date':
        return (
          <DateField
            id={inputId}
            labelledBy={labelId}
            value={answer?.type === 'date' ? answer.value : null}
            readOnly={readOnly}
            onChange={(value) => commit({ type: 'date', value, comment: commentOf(answer) })}
          />
        );
      case 'number':
        return (
          <NumberField
            id={inputId}
            labelledBy={labelId}
            unit={question.unit ? loc(question.unit) : undefined}
            value={answer?.type === 'number' ? answer.value : null}
            readOnly={readOnly}
            onChange={(value) => commit({ type: 'number', value, comment: commentOf(answer) })}
          />
        );
      case 'table':
        return (
          <TableField
            id={inputId}
            labelledBy={labelId}
            columns={question.columns ?? []}
            rows={answer?.type === 'table' ? answer.rows : []}
            readOnly={readOnly}
            onChange={(rows) => commit({ type: 'table', rows })}
          />
        );
      case 'cameras':
        return <CameraRegister cameras={props.cameras ?? []} />;
      case 'risks':
        return <RiskRegister risks={props.risks ?? []} measures={props.measures ?? []} />;
      case 'measures':
        return <MeasureRegister measures={props.measures ?? []} risks={props.risks ?? []} />;
    }
  };

  const hasComment =
    question.withComment === true ||
    question.type === 'cameras' ||
    question.type === 'risks' ||
    question.type === 'measures';
  const commentId = `${inputId}-comment`;
  const withComment = (comment: string): Answer | null => {
    const a = answer;
    switch (question.type) {
      case 'choice':
        return { type: 'choice', optionId: a?.type === 'choice' ? a.optionId : null, comment };
      case 'multichoice':
        return { type: 'multichoice', optionIds: a?.type === 'multichoice' ? a.optionIds : [], comment };
      case 'boolean':
        return { type: 'boolean', value: a?.type === 'boolean' ? a.value : null, comment };
      case 'date':
        return { type: 'date', value: a?.type === 'date' ? a.value : null, comment };
      case 'number':
        return { type: 'number', value: a?.type === 'number' ? a.value : null, comment };
      case 'cameras':
      case 'risks':
      case 'measures':
        return { type: question.type, comment };
      default:
        return null;
    }
  };

  return (
    <section
      className={`question question-${question.type}${props.active ? ' active' : ''}`}
      aria-labelledby={labelId}
      data-question-id={qid}
      onFocusCapture={() => onActivate(qid)}
    >
      <div className="question-head">
        <h3 className="question-label" id={labelId}>
          {loc(question.label)}
          {question.required && (
            <span className="required" title={t('question.required')}>
              <span aria-hidden="true"> *</span>
              <span className="visually-hidden"> ({t('question.required')})</span>
            </span>
          )}
        </h3>
        <span className={props.answered ? 'answer-state answered' : 'answer-state'}>
          {props.answered
            ? t('question.answered')
            : question.required
              ? t('question.toAnswer')
              : t('question.optional')}
        </span>
        <button
          type="button"
          className="link-button help-button"
          aria-label={t('question.showHelpFor', { label: loc(question.label) })}
          aria-pressed={props.active}
          onClick={() => {
            onActivate(qid);
            showGuidance();
          }}
        >
          {t('question.help')}
        </button>
      </div>
      {field()}
      {hasComment && (
        <div className="question-comment">
          <p className="field-label" id={commentId}>
            {question.type === 'cameras' || question.type === 'risks' || question.type === 'measures'
              ? t('question.registerComment')
              : t('question.comment')}
          </p>
          <RichTextField
            compact
            labelledBy={commentId}
            value={commentOf(answer)}
            readOnly={readOnly}
            onCommit={(comment) => {
              const next = withComment(comment);
              if (next) commit(next);
            }}
          />
        </div>
      )}
      {props.reviewing && (
        <EvaluationEditor targetId={qid} targetTitle={loc(question.label)} evaluation={props.evaluation} />
      )}
    </section>
  );
});
