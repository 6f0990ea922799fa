// Search across the assessment: answers (with their question's label), risks, measures and cameras, accent- and
// case-insensitive, in one pass over an index built once per assessment, with the matched words of each result.
import type { Answer, Assessment } from '../model/assessment.ts';
import type { Language } from '../model/localized.ts';
import { own } from '../model/own.ts';
import { markdownToPlainText } from '../markdown/parse.ts';
import type { Question, Template } from '../template/schema.ts';
import { fold, foldWithMap } from './fold.ts';

export const SEARCH_KINDS = ['answer', 'risk', 'measure', 'camera'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What a query may hold: longer queries and more words are cut, never an error. */
export const SEARCH_LIMITS = { maxQueryLength: 200, maxTerms: 8, perKind: 20, context: 40 } as const;

interface Field {
  text: string;
  folded: string;
}

export interface SearchRecord {
  kind: SearchKind;
  /** The question id for an answer, else the id of the risk, measure or camera. */
  id: string;
  /** The question label, risk or measure title, camera code and place. */
  title: string;
  fields: Field[];
}

export interface SearchIndex {
  records: readonly SearchRecord[];
  /** How many fields the index holds: the most a search reads. */
  fieldCount: number;
}

/** A piece of a result's context, `match` when it is one of the words searched for. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  /** The title, the words searched for marked. */
  titleParts: SnippetPart[];
  /** The words around the first match outside the title, matches marked; empty when only the title matched. */
  snippet: SnippetPart[];
}

export interface SearchResult {
  /** At most `SEARCH_LIMITS.perKind` of each kind, in document order, grouped by kind. */
  hits: SearchHit[];
  /** How many records of each kind match, shown or not. */
  totals: Record<SearchKind, number>;
  /** The work done: the fields read. Never more than the index holds, whatever the query. */
  fieldsRead: number;
}

const field = (text: string): Field => ({ text, folded: fold(text) });

function answerTexts(answer: Answer | undefined, question: Question, language: Language): string[] {
  if (!answer) return [];
  const label = (id: string | null) =>
    id === null ? '' : (question.options?.find((o) => o.id === id)?.label[language] ?? '');
  const comment = 'comment' in answer && answer.comment ? [markdownToPlainText(answer.comment)] : [];
  switch (answer.type) {
    case 'richtext':
      return [markdownToPlainText(answer.text)];
    case 'text':
      return [answer.text];
    case 'choice':
      return [label(answer.optionId), ...comment];
    case 'multichoice':
      return [answer.optionIds.map(label).join(', '), ...comment];
    case 'date':
    case 'number':
      return [answer.value === null ? '' : String(answer.value), ...comment];
    case 'table':
      return answer.rows.map((row) => Object.values(row.cells).join(' · '));
    default:
      return comment;
  }
}

/** Builds the index of an assessment: every text folded once, so that each keystroke only scans. */
export function buildSearchIndex(
  assessment: Assessment,
  template: Template,
  language: Language,
): SearchIndex {
  const records: SearchRecord[] = [];
  for (const section of template.sections)
    for (const item of section.items)
      for (const question of item.questions) {
        const title = question.label[language];
        const texts = answerTexts(own(assessment.answers, question.id), question, language);
        records.push({
          kind: 'answer',
          id: question.id,
          title,
          fields: [title, ...texts].filter((t) => t.trim() !== '').map(field),
        });
      }
  for (const risk of assessment.risks) {
    const texts = [
      risk.title,
      markdownToPlainText(risk.description),
      [...risk.sources, ...risk.threats, ...risk.impacts].join(' · '),
      markdownToPlainText(risk.initial.severityJustification),
      markdownToPlainText(risk.initial.likelihoodJustification),
      markdownToPlainText(risk.residual.severityJustification),
      markdownToPlainText(risk.residual.likelihoodJustification),
    ];
    records.push({ kind: 'risk', id: risk.id, title: risk.title, fields: nonEmpty(texts) });
  }
  for (const measure of assessment.measures) {
    const texts = [measure.title, markdownToPlainText(measure.description), measure.owner];
    records.push({ kind: 'measure', id: measure.id, title: measure.title, fields: nonEmpty(texts) });
  }
  for (const camera of assessment.cameras) {
    const title = camera.location ? `${camera.code} — ${camera.location}` : camera.code;
    const texts = [
      title,
      [camera.make, camera.model, camera.firmware].filter(Boolean).join(' '),
      camera.owner,
      camera.donor,
      camera.signage,
      camera.authorisationReference,
      camera.hours,
      camera.notes,
    ];
    records.push({ kind: 'camera', id: camera.id, title, fields: nonEmpty(texts) });
  }
  return { records, fieldCount: records.reduce((n, r) => n + r.fields.length, 0) };
}

function nonEmpty(texts: readonly string[]): Field[] {
  return texts.filter((t) => t.trim() !== '').map(field);
}

/** The words of a query, folded, without repeats, longest first (a word inside another is then found once). */
export function queryTerms(query: string): string[] {
  const words = fold(query.slice(0, SEARCH_LIMITS.maxQueryLength))
    .split(/[\s,;]+/)
    .filter((w) => w !== '');
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, SEARCH_LIMITS.maxTerms);
}

/**
 * The records where every word of the query appears (in any of their fields), in one pass: each field is read at
 * most once, and the context of a result is worked out only for the results shown.
 */
export function searchIndex(index: SearchIndex, query: string): SearchResult {
  const terms = queryTerms(query);
  const totals: Record<SearchKind, number> = { answer: 0, risk: 0, measure: 0, camera: 0 };
  const hits: Record<SearchKind, SearchHit[]> = { answer: [], risk: [], measure: [], camera: [] };
  let fieldsRead = 0;
  if (terms.length === 0) return { hits: [], totals, fieldsRead };
  const found = new Array<boolean>(terms.length);
  for (const record of index.records) {
    found.fill(false);
    let missing = terms.length;
    let first: Field | null = null;
    for (const f of record.fields) {
      fieldsRead += 1;
      let here = false;
      for (let t = 0; t < terms.length; t += 1) {
        if (found[t] || !f.folded.includes(terms[t]!)) continue;
        found[t] = true;
        missing -= 1;
        here = true;
      }
      // The context shown is the first field other than the title that holds a word searched for.
      if (here && first === null && f.text !== record.title) first = f;
      if (missing === 0 && first !== null) break;
    }
    if (missing > 0) continue;
    totals[record.kind] += 1;
    if (hits[record.kind].length < SEARCH_LIMITS.perKind)
      hits[record.kind].push({
        kind: record.kind,
        id: record.id,
        title: record.title,
        titleParts: marks(record.title, terms),
        snippet: first ? snippet(first.text, terms) : [],
      });
  }
  return { hits: SEARCH_KINDS.flatMap((kind) => hits[kind]), totals, fieldsRead };
}

/** Where the words occur in `text`, as [start, end) ranges of the text, in order. */
function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  const { folded, map } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length))
      ranges.push([map[at]!, map[at + term.length]!]);
  }
  return ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/** The whole of a short text (a title), the words marked. */
export function marks(text: string, terms: readonly string[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let cursor = 0;
  for (const [from, to] of matchRanges(text, terms)) {
    if (from < cursor) continue;
    if (from > cursor) parts.push({ text: text.slice(cursor, from), match: false });
    parts.push({ text: text.slice(from, to), match: true });
    cursor = to;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}

/** The words around the first match in `text`, with every match inside marked. */
export function snippet(text: string, terms: readonly string[]): SnippetPart[] {
  const ranges = matchRanges(text, terms);
  const firstMatch = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, firstMatch - SEARCH_LIMITS.context);
  let end = Math.min(text.length, firstMatch + SEARCH_LIMITS.context * 2);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < firstMatch) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    const lastMatchEnd = ranges.find((r) => r[0] === firstMatch)?.[1] ?? firstMatch;
    if (space > lastMatchEnd) end = space;
  }
  const parts: SnippetPart[] = [];
  const push = (from: number, to: number, match: boolean) => {
    if (to <= from) return;
    parts.push({ text: text.slice(from, to).replace(/\s+/g, ' '), match });
  };
  if (start > 0) parts.push({ text: '…', match: false });
  let cursor = start;
  for (const [from, to] of ranges) {
    if (from < cursor) continue;
    if (from >= end) break;
    push(cursor, from, false);
    push(from, Math.min(to, end), true);
    cursor = Math.min(to, end);
  }
  push(cursor, end, false);
  if (end < text.length) parts.push({ text: '…', match: false });
  return parts;
}
