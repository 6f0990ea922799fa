// Pre-filling an assessment from its entry in the record of processing: what each answer would become, shown to the
// user before anything changes; an existing answer changes only by the user's choice (keep, replace or append).
import { Answer, RecordEntry, type Assessment, type RecordColumn } from '../model/assessment.ts';
import type { Language } from '../model/localized.ts';
import { own } from '../model/own.ts';
import type { RecordField } from '../model/vocabulary.ts';
import { markdownToPlainText } from '../markdown/parse.ts';
import type { Template } from '../template/schema.ts';
import { asksController, CONTROLLER_QUESTION } from '../assessment/controller.ts';
import { answerFromCell, cellFromAnswer, type ConversionProblem, type Converted } from './answer-text.ts';
import { cleanCell, type CellProblem } from './cells.ts';
import { recordTargets, targetKey, type RecordTarget } from './targets.ts';

export type RecordChoice = 'keep' | 'replace' | 'append';

/** `answerToo`: the question whose text answer follows this general-information field (the one controller field). */
type Value = { kind: 'text'; text: string; answerToo?: string } | { kind: 'answer'; answer: Answer };

export interface RecordProposal {
  /** Stable key of the target, e.g. `meta:dpo` or `question:context.purposes`. */
  key: string;
  field: RecordField;
  target: RecordTarget;
  /** What the assessment says now, as plain text ('' when nothing). */
  current: string;
  /** What the record would write, as plain text ('' when refused). */
  incoming: string;
  /** fill: nothing there yet; same: already says it; conflict: says something else; refused: see problem. */
  state: 'fill' | 'same' | 'conflict' | 'refused';
  problem: CellProblem | ConversionProblem | null;
  /** Items of the cell that match none of the question's choices (kept in its comment when it has one). */
  unmatched: string[];
  /** Whether « append » makes sense (texts, lists), beside keep and replace. */
  appendable: boolean;
  replace: Value | null;
  append: Value | null;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

function entryLimit(key: 'reference' | 'name' | 'controller'): number {
  const shape = RecordEntry.shape[key];
  return shape.maxLength ?? Number.POSITIVE_INFINITY;
}

function currentText(target: RecordTarget, assessment: Assessment, language: Language): string {
  if (target.kind === 'entry') return assessment.meta.recordEntry?.[target.key] ?? '';
  if (target.kind === 'meta') return assessment.meta[target.key];
  const answer = own(assessment.answers, target.question.id);
  // For the measures question, only what was written for it is an answer; the register is not overwritten.
  if (target.question.type === 'measures')
    return answer?.type === 'measures' ? markdownToPlainText(answer.comment ?? '') : '';
  return cellFromAnswer(target.question, answer, assessment, language);
}

function appended(current: Answer | undefined, incoming: Answer): Answer | null {
  if (!current || current.type !== incoming.type) return null;
  const join = (a: string, b: string, separator: string) =>
    a.trim() === '' ? b : `${a.trimEnd()}${separator}${b}`;
  switch (incoming.type) {
    case 'text':
      return current.type === 'text'
        ? { type: 'text', text: join(current.text, incoming.text, ' ; ') }
        : null;
    case 'richtext':
      return current.type === 'richtext'
        ? { type: 'richtext', text: join(current.text, incoming.text, '\n\n') }
        : null;
    case 'measures':
      return current.type === 'measures'
        ? { type: 'measures', comment: join(current.comment ?? '', incoming.comment ?? '', '\n\n') }
        : null;
    case 'multichoice': {
      if (current.type !== 'multichoice') return null;
      const comment = [current.comment ?? '', incoming.comment ?? '']
        .filter((c) => c.trim() !== '')
        .join('\n');
      return {
        type: 'multichoice',
        optionIds: [...new Set([...current.optionIds, ...incoming.optionIds])],
        ...(comment === '' ? {} : { comment }),
      };
    }
    default:
      return null;
  }
}

/** What importing one row of the record would do to each target, in the order of the record's fields. */
export function planRecordImport(input: {
  row: readonly string[];
  mapping: readonly (RecordField | null)[];
  assessment: Assessment;
  template: Template;
  /** The current built-in template of the same id, whose tags serve a frozen template that has none. */
  tagsFrom?: Template;
  language: Language;
}): RecordProposal[] {
  const { assessment, language } = input;
  const mirrored = asksController(input.template);
  const proposals: RecordProposal[] = [];
  for (const [field, targets] of recordTargets(input.template, input.tagsFrom)) {
    const column = input.mapping.indexOf(field);
    if (column < 0) continue;
    const cell = cleanCell(input.row[column] ?? '');
    // An empty cell says nothing: it never erases an answer.
    if (cell.ok && cell.text === '') continue;
    for (const target of targets) {
      // The controller question follows the general information's controller: one proposal, one choice, both written.
      if (mirrored && target.kind === 'question' && target.question.id === CONTROLLER_QUESTION) continue;
      const current = currentText(target, assessment, language);
      const base = { key: targetKey(target), field, target, current, unmatched: [] as string[] };
      if (!cell.ok) {
        proposals.push({
          ...base,
          incoming: '',
          state: 'refused',
          problem: cell.problem,
          appendable: false,
          replace: null,
          append: null,
        });
        continue;
      }
      let replace: Value;
      let append: Value | null = null;
      let incoming: string;
      let unmatched: string[] = [];
      if (target.kind === 'question') {
        const parsed = answerFromCell(target.question, cell.text);
        // The model's own bounds decide last: a 400-digit number is no finite number, a text has its limit.
        const converted: Converted | { ok: false; problem: CellProblem } =
          parsed.ok && !Answer.safeParse(parsed.answer).success
            ? { ok: false, problem: parsed.answer.type === 'number' ? 'not-a-number' : 'too-long' }
            : parsed;
        if (!converted.ok) {
          proposals.push({
            ...base,
            incoming: '',
            state: 'refused',
            problem: converted.problem,
            appendable: false,
            replace: null,
            append: null,
          });
          continue;
        }
        replace = { kind: 'answer', answer: converted.answer };
        unmatched = converted.unmatched;
        incoming = currentText(
          target,
          { ...assessment, answers: { ...assessment.answers, [target.question.id]: converted.answer } },
          language,
        );
        const joined = appended(own(assessment.answers, target.question.id), converted.answer);
        // An answer that appending would make too long is offered keep or replace only.
        if (joined && Answer.safeParse(joined).success) append = { kind: 'answer', answer: joined };
      } else {
        const limit = target.kind === 'entry' ? entryLimit(target.key) : Number.POSITIVE_INFINITY;
        // The general information and the entry hold one line each.
        incoming = flat(cell.text);
        if (incoming.length > limit) {
          proposals.push({
            ...base,
            incoming: '',
            state: 'refused',
            problem: 'too-long',
            appendable: false,
            replace: null,
            append: null,
          });
          continue;
        }
        replace =
          mirrored && target.kind === 'meta' && target.key === 'controller'
            ? { kind: 'text', text: incoming, answerToo: CONTROLLER_QUESTION }
            : { kind: 'text', text: incoming };
      }
      const state = current.trim() === '' ? 'fill' : flat(current) === flat(incoming) ? 'same' : 'conflict';
      proposals.push({
        ...base,
        unmatched,
        incoming,
        state,
        problem: null,
        appendable: append !== null,
        replace,
        append,
      });
    }
  }
  return proposals;
}

/** The choice made when the user made none: fill what is empty, keep what is there. */
export const defaultChoice = (proposal: RecordProposal): RecordChoice =>
  proposal.state === 'fill' ? 'replace' : 'keep';

/**
 * The assessment with the proposals applied as chosen (`choices` by proposal key; unlisted ones take the default),
 * and the record's layout remembered for the exported row. Pure: the caller makes it one undoable edit.
 */
export function applyRecordImport(
  assessment: Assessment,
  proposals: readonly RecordProposal[],
  choices: Readonly<Record<string, RecordChoice>>,
  columns?: readonly RecordColumn[],
): Assessment {
  const meta = { ...assessment.meta };
  const entry = { reference: '', name: '', controller: '', ...meta.recordEntry };
  const answers = { ...assessment.answers };
  for (const proposal of proposals) {
    if (proposal.state === 'refused' || proposal.state === 'same') continue;
    const choice = Object.hasOwn(choices, proposal.key) ? choices[proposal.key]! : defaultChoice(proposal);
    const value = choice === 'replace' ? proposal.replace : choice === 'append' ? proposal.append : null;
    if (value === null) continue;
    const { target } = proposal;
    if (target.kind === 'question' && value.kind === 'answer') answers[target.question.id] = value.answer;
    else if (target.kind === 'entry' && value.kind === 'text') entry[target.key] = value.text;
    else if (target.kind === 'meta' && value.kind === 'text') {
      meta[target.key] = value.text;
      if (value.answerToo !== undefined) answers[value.answerToo] = { type: 'text', text: value.text };
    }
  }
  const hasEntry =
    entry.reference !== '' || entry.name !== '' || entry.controller !== '' || columns !== undefined;
  if (hasEntry) meta.recordEntry = { ...entry, ...(columns ? { columns: [...columns] } : {}) };
  return { ...assessment, meta, answers };
}
