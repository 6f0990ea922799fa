// Turns a CNIL PIA tool export into a DPIA document on the built-in `cnil-method` template, with a report of
// what could not be mapped one to one. No text is dropped: what has no natural place is kept in a visible one.
import { blankMeasure, blankRisk } from '../../assessment/blank-entities.ts';
import { DpiaError } from '../../errors.ts';
import type { DpiaDocument } from '../../format/document.ts';
import {
  IsoDate,
  type Assessment,
  type AssessmentStatus,
  type Evaluation,
  type Level,
  type Measure,
  type Opinions,
  type Risk,
  type Validation,
  type Verdict,
} from '../../model/assessment.ts';
import type { Language } from '../../model/localized.ts';
import { getBuiltinTemplate } from '../../template/builtin.ts';
import type { FearedEvent, MeasureCategory } from '../../model/vocabulary.ts';
import type { Template } from '../../template/schema.ts';
import { cnilTextToMarkdown, cnilTextToPlain, joinMarkdown, markdownParagraph } from './html-to-markdown.ts';
import {
  ADDED_QUESTION_TARGET,
  CNIL_TEMPLATE_ID,
  ITEMS,
  MEASURES_ITEM,
  NOTES_QUESTION,
  QUESTION_MODE_ITEMS,
  QUESTIONS,
  RISK_ITEMS,
  RISK_PARTS,
  RISKS_ITEM,
} from './mapping.ts';
import type { ImportReport, KeptIn, ReportEntry, ReportKind } from './report.ts';
import {
  CnilExport,
  type CnilAnswer,
  type CnilEvaluation,
  type CnilMeasure,
  type CnilPia,
} from './schema.ts';
import { IMPORT_TEXTS, type ImportTexts } from './texts.ts';

export interface ImportCnilOptions {
  now: Date;
  newId: () => string;
  /** Language of the new assessment and of the few texts the import writes (headings, notes). Default French. */
  language?: Language;
  /** The file's name, for messages. */
  file?: string;
}

export interface ImportCnilResult {
  document: DpiaDocument;
  report: ImportReport;
}

const RICH_MAX = 1_000_000;
const SHORT_MAX = 10_000;
const TITLE_MAX = 500;

/** CNIL evaluation status: 0 pending, 1 to correct, 2 improvable, 3 acceptable. */
function verdictOf(status: number | null | undefined): Verdict | null {
  if (status === 1) return 'to-correct';
  if (status === 2) return 'improvable';
  if (status === 3) return 'acceptable';
  return null;
}
const SEVERITY: Record<Verdict, number> = { acceptable: 0, improvable: 1, 'to-correct': 2 };
const worst = (verdicts: readonly Verdict[]): Verdict | null =>
  verdicts.reduce<Verdict | null>((a, b) => (a === null || SEVERITY[b] > SEVERITY[a] ? b : a), null);

/**
 * CNIL status: 0 doing, 1 refused, 2 simple validation, 3 signed validation, 4 archived. A signed validation
 * becomes "validated": our "signed" means an electronic signature, which the CNIL tool does not make.
 */
function statusOf(status: number | null | undefined): AssessmentStatus {
  if (status === 1) return 'refused';
  if (status === 2 || status === 3) return 'validated';
  return 'draft';
}

/** A gauge 1–4; 0 (not set), null and anything else read as not rated. */
function levelOf(gauge: number | null | undefined): Level | null {
  return gauge !== null && gauge !== undefined && gauge >= 1 && gauge <= 4 ? gauge : null;
}

function instant(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/**
 * A calendar day from the tool's date fields. Its date picker stores local midnight in UTC, which for France is
 * 22:00 or 23:00 the day before: a whole hour in the second half of a UTC day is read as the next day's midnight.
 */
function calendarDay(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const valid = (day: string) => (IsoDate.safeParse(day).success ? day : null);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return valid(text);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (french) return valid(`${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}`);
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const date = new Date(ms);
  const onTheHour =
    date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0;
  if (onTheHour && date.getUTCHours() >= 12) date.setUTCDate(date.getUTCDate() + 1);
  return valid(date.toISOString().slice(0, 10));
}

const normaliseName = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const DATA_WORDS = [
  'chiffrement',
  'anonymis',
  'pseudonym',
  'cloisonnement',
  'acces logiques',
  'tracabilite',
  'journalisation',
  'archivage',
  'minimis',
  'integrite',
  'papier',
  'encryption',
  'partitioning',
  'logical access',
  'traceability',
  'logging',
  'archiving',
  'integrity',
  'paper',
];
const ORGANISATIONAL_WORDS = [
  'organisation',
  'politique',
  'gestion des risques',
  'gestion des projets',
  'gestion des incidents',
  'gestion des personnels',
  'relations avec les tiers',
  'supervision',
  'sensibilisation',
  'formation',
  'gouvernance',
  'organization',
  'policy',
  'governance',
  'risk management',
  'project management',
  'incident',
  'third part',
  'training',
  'awareness',
];

/** The CNIL tool has no measure categories; the title usually names one of its catalogue's families. */
function guessCategory(title: string): MeasureCategory {
  const name = normaliseName(title);
  if (DATA_WORDS.some((w) => name.includes(w))) return 'data';
  if (ORGANISATIONAL_WORDS.some((w) => name.includes(w))) return 'organisational';
  return 'security';
}

/** The structure's title for a question the user added, when the export carries its structure. */
function structureTitle(pia: CnilPia, reference: string): string {
  const data = pia.structure_data;
  if (typeof data !== 'object' || data === null || !('sections' in data) || !Array.isArray(data.sections))
    return '';
  for (const section of data.sections as unknown[]) {
    const items = (section as { items?: unknown }).items;
    if (!Array.isArray(items)) continue;
    for (const item of items as unknown[]) {
      const questions = (item as { questions?: unknown }).questions;
      if (!Array.isArray(questions)) continue;
      for (const question of questions as unknown[]) {
        const { id, title } = question as { id?: unknown; title?: unknown };
        if (String(id) !== reference || typeof title !== 'string') continue;
        // Built-in questions carry translation keys, not titles.
        return /^sections\./.test(title) ? '' : cnilTextToPlain(title);
      }
    }
  }
  return '';
}

interface Section {
  heading: string;
  body: string;
}

/** Collects everything the import writes, then assembles the assessment. */
class Importer {
  readonly t: ImportTexts;
  readonly entries: ReportEntry[] = [];
  readonly answers = new Map<string, string>();
  readonly appended = new Map<string, Section[]>();
  readonly measures: { cnilId: number | null; measure: Measure }[] = [];
  readonly risks = new Map<FearedEvent, Risk>();
  readonly evaluations: Record<string, Evaluation> = {};
  mappedEvaluations = 0;
  mappedComments = 0;

  constructor(
    readonly exported: CnilExport,
    readonly options: ImportCnilOptions,
    readonly language: Language,
  ) {
    this.t = IMPORT_TEXTS[language];
  }

  report(kind: ReportKind, reference: string, keptIn: KeptIn, count?: number): void {
    this.entries.push({ kind, reference, keptIn, ...(count === undefined ? {} : { count }) });
  }

  /** Adds a headed block under a target (`answer:<id>`, `measure:<index>`, `risk:<event>`). */
  append(target: string, heading: string, body: string): void {
    if (body.trim() === '') return;
    const list = this.appended.get(target) ?? [];
    list.push({ heading, body });
    this.appended.set(target, list);
  }

  /** The headed blocks of a target, each heading once, in the order they came. */
  appendix(target: string): string {
    const groups = new Map<string, string[]>();
    for (const { heading, body } of this.appended.get(target) ?? []) {
      groups.set(heading, [...(groups.get(heading) ?? []), body]);
    }
    return joinMarkdown(
      ...[...groups].flatMap(([heading, bodies]) => [
        markdownParagraph(heading, { strong: true }),
        ...bodies,
      ]),
    );
  }

  rich(markdown: string, where: string): string {
    if (markdown.length <= RICH_MAX) return markdown;
    this.report('truncated', where, { kind: 'nowhere' });
    return markdown.slice(0, RICH_MAX);
  }

  short(text: string, where: string, keptIn: KeptIn): string {
    if (text.length <= SHORT_MAX) return text;
    this.report('truncated', where, keptIn);
    return text.slice(0, SHORT_MAX);
  }

  private evaluatorName: string | undefined;
  get evaluator(): string {
    this.evaluatorName ??= this.short(cnilTextToPlain(this.exported.pia.evaluator_name), 'evaluator_name', {
      kind: 'nowhere',
    });
    return this.evaluatorName;
  }

  // ---- Answers

  answersPass(): void {
    for (const answer of this.exported.answers.entries) {
      const reference = answer.reference_to.trim();
      const question = QUESTIONS[reference];
      if (question !== undefined) {
        this.answerTo(question, answer);
        continue;
      }
      if (RISK_ITEMS.some((r) => reference.length === 3 && reference.startsWith(`3${r.digit}`))) continue;
      this.unknownAnswer(reference, answer);
    }
  }

  private answerBody(answer: CnilAnswer): string {
    const data = answer.data;
    const text = cnilTextToMarkdown(data?.text);
    const list = (data?.list ?? []).map((entry) => cnilTextToPlain(entry)).filter((e) => e !== '');
    const listMarkdown = list.map((entry) => `- ${markdownParagraph(entry)}`).join('\n');
    return joinMarkdown(text, listMarkdown);
  }

  private answerTo(question: string, answer: CnilAnswer): void {
    const body = this.answerBody(answer);
    if (body === '') return;
    const previous = this.answers.get(question);
    this.answers.set(question, previous === undefined ? body : joinMarkdown(previous, body));
  }

  private unknownAnswer(reference: string, answer: CnilAnswer): void {
    const body = this.answerBody(answer);
    const gauge = answer.data?.gauge;
    const withGauge = levelOf(gauge) === null ? body : joinMarkdown(body, markdownParagraph(`${gauge}/4`));
    if (withGauge === '') return;
    const title = structureTitle(this.exported.pia, reference);
    const target = /^\d{3,}$/.test(reference) ? ADDED_QUESTION_TARGET[reference.slice(0, 2)] : undefined;
    if (target !== undefined) {
      this.append(`answer:${target}`, this.t.addedQuestion(reference, title), withGauge);
      this.report('unknown-question', reference, { kind: 'answer', questionId: target });
    } else {
      this.append(`answer:${NOTES_QUESTION}`, this.t.unplacedAnswer(reference, title), withGauge);
      this.report('unknown-question', reference, { kind: 'answer', questionId: NOTES_QUESTION });
    }
  }

  // ---- Measures

  measuresPass(): void {
    for (const cnil of this.exported.measures.entries) this.measures.push(this.measureOf(cnil));
    if (this.measures.length > 0) this.report('measure-categories', '3.1', { kind: 'info' });
  }

  private measureOf(cnil: CnilMeasure): { cnilId: number | null; measure: Measure } {
    const fullTitle = cnilTextToPlain(cnil.title);
    const title = fullTitle === '' ? this.t.untitledMeasure : fullTitle.slice(0, TITLE_MAX);
    let description = cnilTextToMarkdown(cnil.content);
    if (fullTitle.length > TITLE_MAX) {
      description = joinMarkdown(markdownParagraph(`${this.t.fullTitle}: ${fullTitle}`), description);
      this.report('truncated', `3.1.${cnil.id ?? '?'}`, { kind: 'measure', title });
    }
    return {
      cnilId: cnil.id,
      measure: {
        ...blankMeasure(this.options.newId(), title),
        description,
        category: guessCategory(title),
        state: 'existing',
      },
    };
  }

  private measureIndex(cnilId: string): number {
    return this.measures.findIndex((m) => m.cnilId !== null && String(m.cnilId) === cnilId);
  }

  // ---- Risks

  risksPass(): void {
    const byReference = new Map<string, CnilAnswer[]>();
    for (const answer of this.exported.answers.entries) {
      const reference = answer.reference_to.trim();
      byReference.set(reference, [...(byReference.get(reference) ?? []), answer]);
    }
    const evaluated = new Set(this.exported.evaluations.entries.map((e) => e.reference_to.trim()));
    for (const { item, digit, fearedEvent } of RISK_ITEMS) {
      const part = (p: string) => byReference.get(`3${digit}${p}`) ?? [];
      const all = Object.values(RISK_PARTS).flatMap(part);
      if (all.length === 0 && !evaluated.has(item)) continue;
      const title = this.t.riskTitle[fearedEvent];
      const keptIn: KeptIn = { kind: 'risk', title };
      const list = (p: string) =>
        part(p)
          .flatMap((a) => a.data?.list ?? [])
          .map((entry) => cnilTextToPlain(entry))
          .filter((entry) => entry !== '')
          .map((entry) => this.short(entry, `3${digit}${p}`, keptIn));
      const text = (p: string) => joinMarkdown(...part(p).map((a) => cnilTextToMarkdown(a.data?.text)));
      const gauge = (p: string) => levelOf(part(p).find((a) => levelOf(a.data?.gauge) !== null)?.data?.gauge);

      const measureIds: string[] = [];
      const unmatched: string[] = [];
      for (const name of list(RISK_PARTS.measures)) {
        const key = normaliseName(name);
        const found = this.measures.filter((m) => normaliseName(m.measure.title) === key);
        if (found.length === 0) {
          unmatched.push(name);
          this.report('unmatched-risk-measure', name, keptIn);
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
              markdownParagraph(this.t.otherListAnswer, { strong: true }),
              strayLists.map((s) => `- ${markdownParagraph(s)}`).join('\n'),
            )
          : '',
        unmatched.length > 0
          ? joinMarkdown(
              markdownParagraph(this.t.unmatchedMeasures, { strong: true }),
              unmatched.map((s) => `- ${markdownParagraph(s)}`).join('\n'),
            )
          : '',
      );
      this.risks.set(fearedEvent, {
        ...blankRisk(this.options.newId(), title, fearedEvent),
        description: this.rich(description, item),
        sources: list(RISK_PARTS.sources),
        threats: list(RISK_PARTS.threats),
        impacts: list(RISK_PARTS.impacts),
        measureIds,
        initial: {
          severity: gauge(RISK_PARTS.severity),
          severityJustification: this.rich(text(RISK_PARTS.severity), `3${digit}5`),
          likelihood: gauge(RISK_PARTS.likelihood),
          likelihoodJustification: this.rich(text(RISK_PARTS.likelihood), `3${digit}6`),
        },
      });
    }
  }

  // ---- Evaluations

  evaluationsPass(): void {
    const measureVerdicts: { label: string; index: number; evaluation: CnilEvaluation; verdict: Verdict }[] =
      [];
    const riskVerdicts: {
      label: string;
      event: FearedEvent;
      evaluation: CnilEvaluation;
      verdict: Verdict;
    }[] = [];
    for (const evaluation of this.exported.evaluations.entries) {
      const reference = evaluation.reference_to.trim();
      const verdict = verdictOf(evaluation.status);
      const measure = /^3\.1\.(.*)$/.exec(reference);
      const risk = RISK_ITEMS.find((r) => r.item === reference);
      let target: string | undefined;
      if (ITEMS[reference] !== undefined) target = ITEMS[reference];
      else {
        const question = /^(\d\.\d)\.(\d+)$/.exec(reference);
        if (question && QUESTION_MODE_ITEMS.has(question[1]!)) target = QUESTIONS[question[2]!];
      }
      if (target !== undefined) {
        this.directEvaluation(target, reference, evaluation, verdict);
        continue;
      }
      if (measure) {
        const index = /^\d+$/.test(measure[1]!) ? this.measureIndex(measure[1]!) : -1;
        if (index < 0)
          this.report('bad-measure-reference', reference, { kind: 'evaluation', targetId: MEASURES_ITEM });
        const label = index < 0 ? this.t.unidentifiedMeasure(reference) : this.measures[index]!.measure.title;
        if (verdict === null) this.pending(reference, evaluation);
        else measureVerdicts.push({ label, index, evaluation, verdict });
        continue;
      }
      if (risk !== undefined && this.risks.has(risk.fearedEvent)) {
        const label = this.t.riskTitle[risk.fearedEvent];
        if (verdict === null) this.pending(reference, evaluation);
        else riskVerdicts.push({ label, event: risk.fearedEvent, evaluation, verdict });
        continue;
      }
      const body = this.evaluationText(evaluation, verdict);
      if (body === '') continue;
      this.append(`answer:${NOTES_QUESTION}`, this.t.unknownEvaluation(reference), body);
      this.report('unknown-evaluation', reference, { kind: 'answer', questionId: NOTES_QUESTION });
    }
    for (const { index, evaluation, verdict } of measureVerdicts) {
      if (index < 0 || verdict === 'acceptable') continue;
      this.toActionPlan(this.measures[index]!.measure, evaluation);
    }
    for (const { event, evaluation } of riskVerdicts) this.residual(this.risks.get(event)!, evaluation);
    this.aggregate(MEASURES_ITEM, measureVerdicts);
    this.aggregate(RISKS_ITEM, riskVerdicts);
  }

  private followUp(evaluation: CnilEvaluation): string {
    const person = cnilTextToPlain(evaluation.person_in_charge);
    const date =
      calendarDay(evaluation.estimated_implementation_date) ??
      cnilTextToPlain(evaluation.estimated_implementation_date);
    return person === '' && date === '' ? '' : markdownParagraph(this.t.followUp(person, date));
  }

  private evaluationOf(
    evaluation: CnilEvaluation,
    verdict: Verdict,
    comment: string,
    action: string,
  ): Evaluation {
    const at =
      instant(evaluation.evaluation_date) ??
      instant(evaluation.updated_at) ??
      instant(evaluation.created_at) ??
      this.options.now.toISOString();
    return {
      verdict,
      comment: this.rich(comment, evaluation.reference_to),
      correctiveAction: this.rich(action, evaluation.reference_to),
      evaluatedBy: this.evaluator,
      evaluatedAt: at,
    };
  }

  private directEvaluation(
    target: string,
    reference: string,
    evaluation: CnilEvaluation,
    verdict: Verdict | null,
  ) {
    if (verdict === null) return this.pending(reference, evaluation);
    const comment = cnilTextToMarkdown(evaluation.evaluation_comment);
    const action = joinMarkdown(
      cnilTextToMarkdown(evaluation.action_plan_comment),
      this.followUp(evaluation),
    );
    const previous = this.evaluations[target];
    this.evaluations[target] =
      previous === undefined
        ? this.evaluationOf(evaluation, verdict, comment, action)
        : {
            ...previous,
            verdict: worst([previous.verdict, verdict])!,
            comment: joinMarkdown(previous.comment, comment),
            correctiveAction: joinMarkdown(previous.correctiveAction, action),
          };
    this.mappedEvaluations += 1;
  }

  private evaluationText(evaluation: CnilEvaluation, verdict: Verdict | null): string {
    return joinMarkdown(
      verdict === null ? '' : markdownParagraph(this.t.verdict[verdict]),
      cnilTextToMarkdown(evaluation.evaluation_comment),
      cnilTextToMarkdown(evaluation.action_plan_comment),
      this.followUp(evaluation),
    );
  }

  /** A verdict needs a decision: the text of a pending one goes with the other notes, never into a verdict. */
  private pending(reference: string, evaluation: CnilEvaluation): void {
    const body = this.evaluationText(evaluation, null);
    if (body === '') return;
    this.append(`answer:${NOTES_QUESTION}`, this.t.pendingEvaluation(reference), body);
    this.report('pending-evaluation', reference, { kind: 'answer', questionId: NOTES_QUESTION });
  }

  /** An improvable or to-correct measure is work to do: planned, with its owner, deadline and corrective action. */
  private toActionPlan(measure: Measure, evaluation: CnilEvaluation): void {
    measure.state = 'planned';
    measure.owner = this.short(cnilTextToPlain(evaluation.person_in_charge), 'person_in_charge', {
      kind: 'measure',
      title: measure.title,
    });
    measure.deadline = calendarDay(evaluation.estimated_implementation_date);
    const action = cnilTextToMarkdown(evaluation.action_plan_comment);
    if (action !== '')
      measure.description = joinMarkdown(
        measure.description,
        markdownParagraph(this.t.actionPlan, { strong: true }),
        action,
      );
  }

  /** The evaluator's re-rating "taking the action plan into account" is our residual risk. */
  private residual(risk: Risk, evaluation: CnilEvaluation): void {
    const severity = levelOf(evaluation.gauges?.x);
    const likelihood = levelOf(evaluation.gauges?.y);
    if (severity === null && likelihood === null) {
      // Judged acceptable as it stands: the tool's map shows the same dot before and after, and so do we.
      if (verdictOf(evaluation.status) !== 'acceptable') return;
      const note = markdownParagraph(this.t.acceptedAsIs);
      risk.residual = {
        severity: risk.initial.severity,
        severityJustification: risk.initial.severity === null ? '' : note,
        likelihood: risk.initial.likelihood,
        likelihoodJustification: risk.initial.likelihood === null ? '' : note,
      };
      return;
    }
    const why =
      cnilTextToMarkdown(evaluation.evaluation_comment) || cnilTextToMarkdown(evaluation.action_plan_comment);
    risk.residual = {
      severity,
      severityJustification: severity === null ? '' : this.rich(why, evaluation.reference_to),
      likelihood,
      likelihoodJustification: likelihood === null ? '' : this.rich(why, evaluation.reference_to),
    };
  }

  /** The verdicts on several measures (or risks) become one verdict on the item, the worst, naming each one. */
  private aggregate(
    target: string,
    verdicts: readonly { label: string; evaluation: CnilEvaluation; verdict: Verdict }[],
  ): void {
    const verdict = worst(verdicts.map((v) => v.verdict));
    if (verdict === null) return;
    const comment = joinMarkdown(
      ...verdicts.flatMap(({ label, evaluation, verdict: v }) => {
        const text = cnilTextToMarkdown(evaluation.evaluation_comment);
        if (text === '' && v === 'acceptable') return [];
        return [markdownParagraph(`${label} — ${this.t.verdict[v]}`, { strong: true }), text];
      }),
    );
    const action = joinMarkdown(
      ...verdicts.flatMap(({ label, evaluation }) => {
        const text = joinMarkdown(
          cnilTextToMarkdown(evaluation.action_plan_comment),
          this.followUp(evaluation),
        );
        return text === '' ? [] : [markdownParagraph(label, { strong: true }), text];
      }),
    );
    const latest = verdicts.map((v) => v.evaluation).at(-1)!;
    this.evaluations[target] = this.evaluationOf(latest, verdict, comment, action);
    this.mappedEvaluations += verdicts.length;
  }

  // ---- Comments

  commentsPass(): void {
    for (const comment of this.exported.comments.entries) {
      const reference = comment.reference_to.trim();
      const date = calendarDay(comment.created_at);
      const text = cnilTextToMarkdown(comment.description);
      if (text === '') continue;
      const body = date === null ? text : joinMarkdown(markdownParagraph(`(${date})`), text);
      this.mappedComments += 1;
      if (comment.for_measure === true) {
        const index = this.measureIndex(reference);
        if (index >= 0) {
          this.append(`measure:${index}`, this.t.importedComments, body);
          continue;
        }
      } else if (QUESTIONS[reference] !== undefined) {
        this.append(`answer:${QUESTIONS[reference]}`, this.t.importedComments, body);
        continue;
      } else {
        const risk = RISK_ITEMS.find((r) => reference.length === 3 && reference.startsWith(`3${r.digit}`));
        if (risk !== undefined && this.risks.has(risk.fearedEvent)) {
          this.append(`risk:${risk.fearedEvent}`, this.t.importedComments, body);
          continue;
        }
      }
      this.append(`answer:${NOTES_QUESTION}`, this.t.unknownComment(reference), body);
      this.report('unknown-comment', reference, { kind: 'answer', questionId: NOTES_QUESTION });
    }
  }

  // ---- Opinions, validation, meta

  opinions(): Opinions {
    const pia = this.exported.pia;
    const dpoVerdict = pia.dpo_status === 1 ? 'favourable' : pia.dpo_status === 0 ? 'unfavourable' : null;
    const names = cnilTextToPlain(pia.people_names);
    const peopleVerdict =
      pia.concerned_people_status === 1
        ? this.t.peopleVerdict.favourable
        : pia.concerned_people_status === 0
          ? this.t.peopleVerdict.unfavourable
          : '';
    return {
      dpo: {
        name: this.short(cnilTextToPlain(pia.dpos_names), 'dpos_names', { kind: 'nowhere' }),
        date: null,
        verdict: dpoVerdict,
        text: this.rich(cnilTextToMarkdown(pia.dpo_opinion), 'dpo_opinion'),
      },
      dataSubjects: {
        sought: pia.concerned_people_searched_opinion ?? null,
        method: names === '' ? '' : markdownParagraph(this.t.peopleConsulted(names)),
        summary: this.rich(
          joinMarkdown(
            markdownParagraph(peopleVerdict, { strong: true }),
            cnilTextToMarkdown(pia.concerned_people_opinion),
          ),
          'concerned_people_opinion',
        ),
        notSoughtReason: this.rich(
          cnilTextToMarkdown(pia.concerned_people_searched_content),
          'concerned_people_searched_content',
        ),
      },
    };
  }

  validation(status: AssessmentStatus): Validation {
    const pia = this.exported.pia;
    const refusal = cnilTextToMarkdown(pia.rejection_reason);
    const adjustments = cnilTextToMarkdown(pia.applied_adjustments);
    const decided = status === 'validated' || status === 'refused';
    // A refused PIA's reason is the decision's comment; after a later validation it stays, as history.
    const comment =
      status === 'refused'
        ? joinMarkdown(
            refusal,
            adjustments &&
              joinMarkdown(markdownParagraph(this.t.appliedAdjustments, { strong: true }), adjustments),
          )
        : joinMarkdown(
            refusal && joinMarkdown(markdownParagraph(this.t.previousRefusal, { strong: true }), refusal),
            adjustments &&
              joinMarkdown(markdownParagraph(this.t.appliedAdjustments, { strong: true }), adjustments),
          );
    return {
      decision: status === 'validated' ? 'validated' : status === 'refused' ? 'refused' : null,
      by: decided
        ? this.short(cnilTextToPlain(pia.validator_name), 'validator_name', { kind: 'nowhere' })
        : '',
      role: '',
      date: decided ? calendarDay(pia.updated_at) : null,
      comment: this.rich(comment, 'rejection_reason'),
      openFindingsJustification: '',
    };
  }

  importNote(): string {
    const pia = this.exported.pia;
    const n = this.t.importNote;
    const now = this.options.now.toISOString().slice(0, 10);
    const lines = [n.intro(now)];
    const statusLabel =
      pia.status === null || pia.status === undefined ? undefined : n.statusLabels[pia.status];
    if (statusLabel !== undefined) lines.push(n.cnilStatus(statusLabel));
    if (pia.status === 3) lines.push(n.signedValidation);
    const category = cnilTextToPlain(pia.category);
    if (category !== '') lines.push(n.category(category));
    const structure = [pia.structure_name, pia.structure_sector_name]
      .map((s) => cnilTextToPlain(s))
      .filter(Boolean);
    if (structure.length > 0) lines.push(n.structure(structure.join(' — ')));
    if (typeof pia.progress === 'number') lines.push(n.progress(pia.progress));
    const created = calendarDay(pia.created_at);
    const updated = calendarDay(pia.updated_at);
    if (created !== null && updated !== null) lines.push(n.dates(created, updated));
    if (pia.is_example === 1) lines.push(n.example);
    if (pia.is_archive === 1 || pia.status === 4) lines.push(n.archived);
    return joinMarkdown(...lines.map((line) => markdownParagraph(line)));
  }

  authors(): string[] {
    const pia = this.exported.pia;
    const names = [cnilTextToPlain(pia.author_name)];
    if (Array.isArray(pia.user_pias)) {
      for (const entry of pia.user_pias as unknown[]) {
        if (typeof entry !== 'object' || entry === null) continue;
        const { role, user } = entry as { role?: unknown; user?: unknown };
        if (role !== 'author' || typeof user !== 'object' || user === null) continue;
        const { firstname, lastname } = user as { firstname?: unknown; lastname?: unknown };
        names.push(
          [firstname, lastname]
            .filter((s) => typeof s === 'string')
            .join(' ')
            .trim(),
        );
      }
    }
    return [...new Set(names.filter((name) => name !== ''))].map((name) =>
      this.short(name, 'author_name', { kind: 'nowhere' }),
    );
  }

  assemble(template: Template): Assessment {
    const pia = this.exported.pia;
    const at = this.options.now.toISOString();
    const status = statusOf(pia.status);
    const fullTitle = cnilTextToPlain(pia.name);
    const title = fullTitle === '' ? this.t.untitledPia : fullTitle.slice(0, TITLE_MAX);
    if (fullTitle.length > TITLE_MAX) {
      this.append(`answer:${NOTES_QUESTION}`, this.t.fullTitle, markdownParagraph(fullTitle));
      this.report('truncated', 'name', { kind: 'answer', questionId: NOTES_QUESTION });
    }
    const answers: Assessment['answers'] = {};
    const questionIds = new Set([...this.answers.keys(), ...[...this.appended.keys()].flatMap(answerTarget)]);
    for (const id of questionIds) {
      const text = joinMarkdown(this.answers.get(id) ?? '', this.appendix(`answer:${id}`));
      if (text !== '') answers[id] = { type: 'richtext', text: this.rich(text, id) };
    }
    this.measures.forEach(({ measure }, index) => {
      measure.description = this.rich(
        joinMarkdown(measure.description, this.appendix(`measure:${index}`)),
        measure.title,
      );
    });
    for (const [event, risk] of this.risks) {
      risk.description = this.rich(
        joinMarkdown(risk.description, this.appendix(`risk:${event}`)),
        risk.title,
      );
    }
    if (status === 'draft' && pia.status === 4) this.report('archived', '4', { kind: 'import-note' });
    if (pia.status === 3) this.report('signed-validation', '3', { kind: 'import-note' });
    return {
      id: this.options.newId(),
      meta: {
        title,
        organisation: '',
        controller: '',
        dpo: this.short(cnilTextToPlain(pia.dpos_names), 'dpos_names', { kind: 'nowhere' }),
        authors: this.authors(),
        language: this.language,
        version: '1.0',
        createdAt: instant(pia.created_at) ?? at,
        modifiedAt: at,
        status,
        reviewDate: null,
        templateId: template.id,
        templateVersion: template.version,
      },
      answers,
      evaluations: this.evaluations,
      cameras: [],
      risks: RISK_ITEMS.flatMap((r) => this.risks.get(r.fearedEvent) ?? []),
      measures: this.measures.map((m) => m.measure),
      opinions: this.opinions(),
      validation: this.validation(status),
      statusHistory: [{ status, by: '', at, note: this.importNote() }],
      revisions: [],
      attachments: [],
    };
  }
}

const answerTarget = (key: string): string[] =>
  key.startsWith('answer:') ? [key.slice('answer:'.length)] : [];

/** The built-in template imports are written against. */
export function cnilMethodTemplate(): Template {
  const template = getBuiltinTemplate(CNIL_TEMPLATE_ID);
  if (!template) throw new Error(`built-in template ${CNIL_TEMPLATE_ID} is missing`);
  return template;
}

/**
 * Maps a parsed CNIL export (either generation) onto a new assessment. Throws `not-a-cnil-export` when the
 * value is not one. Pure: ids and the clock come from the options.
 */
export function importCnilExport(json: unknown, options: ImportCnilOptions): ImportCnilResult {
  const parsed = CnilExport.safeParse(json);
  if (!parsed.success)
    throw new DpiaError('not-a-cnil-export', { file: options.file ?? '', reason: 'no-pia' });
  const exported = parsed.data;
  const language = options.language ?? 'fr';
  const template = cnilMethodTemplate();
  const importer = new Importer(exported, options, language);
  for (const [list, { broken }] of Object.entries({
    answers: exported.answers,
    measures: exported.measures,
    evaluations: exported.evaluations,
    comments: exported.comments,
  })) {
    if (broken > 0) importer.report('broken-entries', list, { kind: 'nowhere' }, broken);
  }
  importer.answersPass();
  importer.measuresPass();
  importer.risksPass();
  importer.evaluationsPass();
  importer.commentsPass();
  const assessment = importer.assemble(template);
  importer.report('attachments-not-included', '', { kind: 'nowhere' });
  const document: DpiaDocument = {
    assessment,
    template,
    attachments: new Map(),
    signature: null,
    revisionSnapshots: new Map(),
  };
  return {
    document,
    report: {
      counts: {
        answers: Object.keys(assessment.answers).length,
        measures: assessment.measures.length,
        risks: assessment.risks.length,
        evaluations: importer.mappedEvaluations,
        comments: importer.mappedComments,
      },
      entries: importer.entries,
    },
  };
}
