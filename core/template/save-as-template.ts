// "Save as template": a consultant turns an assessment into a template for the next town, with or without its
// answers as pre-filled texts. The questions and knowledge base are those of the assessment's frozen template.
import { DpiaError } from '../errors.ts';
import type { Assessment } from '../model/assessment.ts';
import type { Language, LocalizedText } from '../model/localized.ts';
import { BUILTIN_TEMPLATE_IDS } from './builtin.ts';
import { StableId } from '../model/ids.ts';
import { Template, type Question } from './schema.ts';
import { allQuestions, findTemplateProblems } from './validate-template.ts';

export interface SaveAsTemplateOptions {
  id: string;
  version: string;
  /** One text for both languages, or one per language. */
  title: string | LocalizedText;
  /** Carry the text answers over as pre-filled answers (`placeholder`) of the new template. */
  withAnswers: boolean;
  /** Default: the assessment's authors, else the template's author. */
  author?: string;
  description?: string | LocalizedText;
}

const N = '\u202F';

const TEXTS: Record<
  Language,
  {
    description: (assessment: string, organisation: string, base: string, version: string) => string;
    /** Marks a pre-filled text copied from an assessment written in the other language. */
    copied: { richtext: string; text: string };
  }
> = {
  fr: {
    description: (assessment, organisation, base, version) =>
      `Modèle tiré de l’AIPD «${N}${assessment}${N}»${organisation ? ` (${organisation})` : ''}, fondée sur le modèle «${N}${base}${N}» ${version}.`,
    copied: {
      richtext: `*Réponse reprise d’une AIPD rédigée en anglais${N}: à traduire.*`,
      text: '[à traduire] ',
    },
  },
  en: {
    description: (assessment, organisation, base, version) =>
      `Template made from the DPIA "${assessment}"${organisation ? ` (${organisation})` : ''}, based on the template "${base}" ${version}.`,
    copied: {
      richtext: '*Answer taken from a DPIA written in French: to be translated.*',
      text: '[to translate] ',
    },
  },
};

const OTHER: Record<Language, Language> = { fr: 'en', en: 'fr' };

const localized = (value: string | LocalizedText): LocalizedText =>
  typeof value === 'string' ? { fr: value.trim(), en: value.trim() } : value;

/** The pre-filled text of a question, in both languages: the answer, and a marked copy for the other one. */
function placeholderOf(text: string, type: 'richtext' | 'text', language: Language): LocalizedText {
  const other = OTHER[language];
  const marker = TEXTS[other].copied[type];
  const copy = type === 'richtext' ? `${marker}\n\n${text}` : `${marker}${text}`;
  return { [language]: text, [other]: copy } as LocalizedText;
}

/** Questions whose answers a template cannot pre-fill (only text and rich-text answers can be). */
export function answersNotCarried(assessment: Assessment, template: Template): string[] {
  return allQuestions(template)
    .filter((q) => {
      const answer = assessment.answers[q.id];
      return (
        answer !== undefined &&
        answer.type !== 'richtext' &&
        answer.type !== 'text' &&
        q.type !== 'cameras' &&
        q.type !== 'risks' &&
        q.type !== 'measures'
      );
    })
    .map((q) => q.id);
}

/** A new template from an assessment and its frozen template; throws a `DpiaError` for a bad id or version. */
export function assessmentToTemplate(
  assessment: Assessment,
  template: Template,
  options: SaveAsTemplateOptions,
): Template {
  if (!StableId.safeParse(options.id).success) throw new DpiaError('invalid-template-id', { id: options.id });
  if (BUILTIN_TEMPLATE_IDS.includes(options.id))
    throw new DpiaError('builtin-template-id', { id: options.id });
  if (!/^\d+\.\d+\.\d+$/.test(options.version))
    throw new DpiaError('invalid-template-version', { version: options.version });
  const title = localized(options.title);
  const { language, organisation } = assessment.meta;
  const description =
    options.description === undefined
      ? {
          fr: TEXTS.fr.description(assessment.meta.title, organisation, template.title.fr, template.version),
          en: TEXTS.en.description(assessment.meta.title, organisation, template.title.en, template.version),
        }
      : localized(options.description);
  const author = options.author?.trim() || assessment.meta.authors.join(', ').trim() || template.author;

  const withPlaceholder = (question: Question): Question => {
    if (!options.withAnswers) return question;
    const answer = assessment.answers[question.id];
    if (answer === undefined || (answer.type !== 'richtext' && answer.type !== 'text')) return question;
    if (answer.type !== question.type || answer.text.trim() === '') return question;
    return { ...question, placeholder: placeholderOf(answer.text, answer.type, language) };
  };
  const { $schema: _hint, ...base } = structuredClone(template);
  const result = Template.safeParse({
    ...base,
    id: options.id,
    version: options.version,
    title,
    description,
    author,
    sections: base.sections.map((section) => ({
      ...section,
      items: section.items.map((item) => ({ ...item, questions: item.questions.map(withPlaceholder) })),
    })),
  });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DpiaError('invalid-template', {
      file: options.id,
      path: `/${issue?.path.join('/') ?? ''}`,
      detail: issue?.message ?? 'invalid',
    });
  }
  const problem = findTemplateProblems(result.data)[0];
  if (problem) throw new DpiaError('invalid-template', { file: options.id, path: '/', detail: problem });
  return result.data;
}
