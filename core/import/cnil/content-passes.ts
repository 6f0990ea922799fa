// The CNIL import's passes over the content: answers, measures and risks.
import { blankMeasure, blankRisk } from '../../assessment/blank-entities.ts';
import { type Measure } from '../../model/assessment.ts';
import { cnilTextToMarkdown, cnilTextToPlain, joinMarkdown, markdownParagraph } from './html-to-markdown.ts';
import { ADDED_QUESTION_TARGET, NOTES_QUESTION, QUESTIONS, RISK_ITEMS, RISK_PARTS } from './mapping.ts';
import type { KeptIn } from './report.ts';
import { type CnilAnswer, type CnilMeasure } from './schema.ts';
import { TITLE_MAX, levelOf, normaliseName, guessCategory, structureTitle } from './import-values.ts';
import type { ImportState } from './import-state.ts';

// ---- Answers

export function answersPass(s: ImportState): void {
  for (const answer of s.exported.answers.entries) {
    const reference = answer.reference_to.trim();
    const question = QUESTIONS[reference];
    if (question !== undefined) {
      answerTo(s, question, answer);
      continue;
    }
    if (RISK_ITEMS.some((r) => reference.length === 3 && reference.startsWith(`3${r.digit}`))) continue;
    unknownAnswer(s, reference, answer);
  }
}

function answerBody(answer: CnilAnswer): string {
  const data = answer.data;
  const text = cnilTextToMarkdown(data?.text);
  const list = (data?.list ?? []).map((entry) => cnilTextToPlain(entry)).filter((e) => e !== '');
  const listMarkdown = list.map((entry) => `- ${markdownParagraph(entry)}`).join('\n');
  return joinMarkdown(text, listMarkdown);
}

function answerTo(s: ImportState, question: string, answer: CnilAnswer): void {
  const body = answerBody(answer);
  if (body === '') return;
  const previous = s.answers.get(question);
  s.answers.set(question, previous === undefined ? body : joinMarkdown(previous, body));
}

function unknownAnswer(s: ImportState, reference: string, answer: CnilAnswer): void {
  const body = answerBody(answer);
  const gauge = answer.data?.gauge;
  const withGauge = levelOf(gauge) === null ? body : joinMarkdown(body, markdownParagraph(`${gauge}/4`));
  if (withGauge === '') return;
  const title = structureTitle(s.exported.pia, reference);
  const target = /^\d{3,}$/.test(reference) ? ADDED_QUESTION_TARGET[reference.slice(0, 2)] : undefined;
  if (target !== undefined) {
    s.append(`answer:${target}`, s.t.addedQuestion(reference, title), withGauge);
    s.report('unknown-question', reference, { kind: 'answer', questionId: target });
  } else {
    s.append(`answer:${NOTES_QUESTION}`, s.t.unplacedAnswer(reference, title), withGauge);
    s.report('unknown-question', reference, { kind: 'answer', questionId: NOTES_QUESTION });
  }
}

// ---- Measures

export function measuresPass(s: ImportState): void {
  for (const cnil of s.exported.measures.entries) s.measures.push(measureOf(s, cnil));
  if (s.measures.length > 0) s.report('measure-categories', '3.1', { kind: 'info' });
}

function measureOf(s: ImportState, cnil: CnilMeasure): { cnilId: number | null; measure: Measure } {
  const fullTitle = cnilTextToPlain(cnil.title);
  const title = fullTitle === '' ? s.t.untitledMeasure : fullTitle.slice(0, TITLE_MAX);
  let description = cnilTextToMarkdown(cnil.content);
  if (fullTitle.length > TITLE_MAX) {
    description = joinMarkdown(markdownParagraph(`${s.t.fullTitle}: ${fullTitle}`), description);
    s.report('truncated', `3.1.${cnil.id ?? '?'}`, { kind: 'measure', title });
  }
  return {
    cnilId: cnil.id,
    measure: {
      ...blankMeasure(s.options.newId(), title),
      description,
      category: guessCategory(title),
      state: 'existing',
    },
  };
}

export function measureIndex(s: ImportState, cnilId: string): number {
  return s.measures.findIndex((m) => m.cnilId !== null && String(m.cnilId) === cnilId);
}

// ---- Risks

export function risksPass(s: ImportState): void {
  const byReference = new Map<string, CnilAnswer[]>();
  for (const answer of s.exported.answers.entries) {
    const reference = answer.reference_to.trim();
    byReference.set(reference, [...(byReference.get(reference) ?? []), answer]);
  }
  const evaluated = new Set(s.exported.evaluations.entries.map((e) => e.reference_to.trim()));
  for (const { item, digit, fearedEvent } of RISK_ITEMS) {
    const part = (p: string) => byReference.get(`3${digit}${p}`) ?? [];
    const all = Object.values(RISK_PARTS).flatMap(part);
    if (all.length === 0 && !evaluated.has(item)) continue;
    const title = s.t.riskTitle[fearedEvent];
    const keptIn: KeptIn = { kind: 'risk', title };
    const list = (p: string) =>
      part(p)
        .flatMap((a) => a.data?.list ?? [])
        .map((entry) => cnilTextToPlain(entry))
        .filter((entry) => entry !== '')
        .map((entry) => s.short(entry, `3${digit}${p}`, keptIn));
    const text = (p: string) => joinMarkdown(...part(p).map((a) => cnilTextToMarkdown(a.data?.text)));
    const gauge = (p: string) => levelOf(part(p).find((a) => levelOf(a.data?.gauge) !== null)?.data?.gauge);

    const measureIds: string[] = [];
    const unmatched: string[] = [];
    for (const name of list(RISK_PARTS.measures)) {
      const key = normaliseName(name);
      const found = s.measures.filter((m) => normaliseName(m.measure.title) === key);
      if (found.length === 0) {
        unmatched.push(name);
        s.report('unmatched-risk-measure', name, keptIn);
      }
      for (const m of found) if (!measureIds.includes(m.measure.id)) measureIds.push(m.measure.id);
    }
    // Texts written where the tool expects lists (and lists where it expects a text) are kept in the description.
    const stray = [RISK_PARTS.impacts, RISK_PARTS.threats, RISK_PARTS.sources, RISK_PARTS.measures]
      .map((p) => text(p))
      .filter((s) => s !== '');
    const strayLists = [RISK_PARTS.severity, RISK_PARTS.likelihood].flatMap((p) => list(p));
    const description = joinMarkdown(
      ...stray,
      strayLists.length > 0
        ? joinMarkdown(
            markdownParagraph(s.t.otherListAnswer, { strong: true }),
            strayLists.map((s) => `- ${markdownParagraph(s)}`).join('\n'),
          )
        : '',
      unmatched.length > 0
        ? joinMarkdown(
            markdownParagraph(s.t.unmatchedMeasures, { strong: true }),
            unmatched.map((s) => `- ${markdownParagraph(s)}`).join('\n'),
          )
        : '',
    );
    s.risks.set(fearedEvent, {
      ...blankRisk(s.options.newId(), title, fearedEvent),
      description: s.rich(description, item),
      sources: list(RISK_PARTS.sources),
      threats: list(RISK_PARTS.threats),
      impacts: list(RISK_PARTS.impacts),
      measureIds,
      initial: {
        severity: gauge(RISK_PARTS.severity),
        severityJustification: s.rich(text(RISK_PARTS.severity), `3${digit}5`),
        likelihood: gauge(RISK_PARTS.likelihood),
        likelihoodJustification: s.rich(text(RISK_PARTS.likelihood), `3${digit}6`),
      },
    });
  }
}
