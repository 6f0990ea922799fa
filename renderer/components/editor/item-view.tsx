// One item of the template (a page of questions), with the reviewer's verdict on the whole item when it is judged so.
import { own } from '../../../core/model/own.ts';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../core/model/assessment.ts';
import type { Item, Section } from '../../../core/template/schema.ts';
import { useEditor } from '../../app/editor-context.tsx';
import { isAnswered } from '../../../core/assessment/is-answered.ts';
import { itemProgress } from '../../app/progress.ts';
import { useLanguage } from '../../i18n/i18n.ts';
import { MarkdownView } from '../markdown/markdown-view.tsx';
import { QuestionBlock } from '../questions/question-block.tsx';
import { EvaluationEditor } from '../review/evaluation-editor.tsx';

export const ItemView = memo(function ItemView(props: {
  section: Section;
  item: Item;
  assessment: Assessment;
  activeQuestionId: string | null;
  onActivate: (questionId: string) => void;
}) {
  const { t } = useTranslation();
  const { loc } = useLanguage();
  const { reviewer } = useEditor();
  const { item, assessment } = props;
  const progress = itemProgress(item, assessment);
  return (
    <article className="item-view" aria-labelledby={`item-${item.id}`}>
      <p className="breadcrumb">{loc(props.section.title)}</p>
      <h2 id={`item-${item.id}`} tabIndex={-1} className="item-title">
        {loc(item.title)}
      </h2>
      <p className="item-progress">
        {t('nav.progress', { answered: progress.answered, count: progress.required })}
      </p>
      {item.intro && <MarkdownView source={loc(item.intro)} className="markdown item-intro" />}
      {item.questions.map((question) => {
        const registerProps =
          question.type === 'cameras'
            ? { cameras: assessment.cameras }
            : question.type === 'risks' || question.type === 'measures'
              ? { risks: assessment.risks, measures: assessment.measures }
              : {};
        return (
          <QuestionBlock
            key={question.id}
            question={question}
            answer={own(assessment.answers, question.id)}
            answered={isAnswered(question, assessment)}
            reviewing={reviewer && item.evaluationMode === 'question'}
            evaluation={own(assessment.evaluations, question.id)}
            active={props.activeQuestionId === question.id}
            onActivate={props.onActivate}
            {...registerProps}
          />
        );
      })}
      {reviewer && item.evaluationMode === 'item' && (
        <EvaluationEditor
          targetId={item.id}
          targetTitle={loc(item.title)}
          evaluation={own(assessment.evaluations, item.id)}
        />
      )}
    </article>
  );
});
