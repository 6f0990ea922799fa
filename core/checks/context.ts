// What every rule reads: the facts of the assessment (answers, inventory) and a way to write a finding.
import { own } from '../model/own.ts';
import { isAnswered as isQuestionAnswered } from '../assessment/is-answered.ts';
import type { Answer, Assessment, Camera } from '../model/assessment.ts';
import type { Language, LocalizedText } from '../model/localized.ts';
import type { Item, Question, Template } from '../template/schema.ts';
import { RULES } from './catalogue.ts';
import { codeList, joinList, TERMS, type Term } from './terms.ts';
import { frenchTypography } from '../markdown/french-typography.ts';
import type { MessageParams, RuleId } from './catalogue.ts';
import type { Finding, FindingLocation } from './finding.ts';

/** The questions of the built-in CSU template that the rules read; other templates simply lack some. */
export const Q = {
  dpiaRequired: 'prescreening.dpia-required',
  regimes: 'prescreening.regimes',
  projectKind: 'prescreening.project-kind',
  authorisationReference: 'prescreening.authorisation-reference',
  authorisationExpiry: 'prescreening.authorisation-expiry',
  camerasAuthorised: 'prescreening.cameras-authorised',
  priorConsultation: 'prescreening.prior-consultation',
  description: 'context.description',
  purposes: 'context.purposes',
  processorsTable: 'context.processors',
  dataCategories: 'context.data-categories',
  recipients: 'context.recipients',
  retentionDays: 'context.retention-days',
  retention: 'context.retention',
  lifecycle: 'context.lifecycle',
  assets: 'context.assets',
  principlesPurposes: 'principles.purposes',
  legalBasis: 'principles.legal-basis',
  proportionality: 'principles.proportionality',
  minimisation: 'principles.minimisation',
  alternatives: 'principles.alternatives',
  codesOfConduct: 'principles.codes-of-conduct',
  accuracy: 'principles.accuracy',
  principlesRetention: 'principles.retention',
  information: 'principles.information',
  access: 'principles.access',
  rectification: 'principles.rectification-erasure',
  restriction: 'principles.restriction-objection',
  notificationPortability: 'principles.notification-portability',
  processors: 'principles.processors',
  transfers: 'principles.transfers',
  lapi: 'modules.lapi',
  facialRecognition: 'modules.facial-recognition',
  biometricsSafeguards: 'modules.biometrics-safeguards',
  analytics: 'modules.analytics',
  audio: 'modules.audio',
  videoverbalisation: 'modules.videoverbalisation',
  videoverbalisationProcedure: 'modules.videoverbalisation-procedure',
  donation: 'modules.donation',
  donationAgreement: 'modules.donation-agreement',
  vendorRemoteAccess: 'measures.vendor-remote-access',
} as const;

export interface CheckOptions {
  /**
   * The day the findings are established as of, `YYYY-MM-DD` (today unless the user names another): expiries and
   * overdue measures are computed against it, and it is printed wherever the findings are shown.
   */
  asOf: string;
}

export type ParamValue = string | number | LocalizedText;

export interface CheckContext {
  readonly assessment: Assessment;
  readonly template: Template;
  /** The day the findings are established as of, `YYYY-MM-DD`. */
  readonly asOf: string;
  question(id: string): Question | undefined;
  /** The item a question belongs to, or the item with that id. */
  item(id: string): Item | undefined;
  answer(id: string): Answer | undefined;
  /** Whether the question has a substantive answer (empty texts, null values and empty lists do not count). */
  isAnswered(question: Question): boolean;
  choice(id: string): string | null;
  multichoice(id: string): string[];
  number(id: string): number | null;
  date(id: string): string | null;
  boolean(id: string): boolean | null;
  /** The text of a text or rich-text answer, trimmed; '' when there is none. */
  text(id: string): string;
  /** The label of a choice option in both languages, or the option id when the template lacks it. */
  optionLabel(questionId: string, optionId: string): LocalizedText;
  /** Where the camera inventory is shown: its question, or the assessment's cameras. */
  readonly inventoryLocation: FindingLocation;
  questionLocation(id: string): FindingLocation;
  readonly cameraLocation: (camera: Camera) => FindingLocation;
  /** One place for a group of cameras: the camera itself when alone, else the inventory. */
  cameraGroup(cameras: readonly Camera[]): {
    location: FindingLocation;
    related: FindingLocation[];
    params: Params;
  };
  /**
   * A finding of a rule of the catalogue, its message built from `params` in both languages. A `legalRef`
   * parameter (a localized text) replaces the rule's own source, e.g. by the references of a question.
   */
  finding(rule: RuleId, location: FindingLocation, params?: Params, related?: FindingLocation[]): Finding;
}

export type Params = Record<string, ParamValue>;

/** A family of rules: reads the context, returns its findings. */
export type Rule = (ctx: CheckContext) => Finding[];

const textOf = (answer: Answer | undefined): string =>
  answer && (answer.type === 'richtext' || answer.type === 'text') ? answer.text.trim() : '';

/** A term of the catalogue, for message parameters. */
export const term = (name: Term): LocalizedText => TERMS[name];

/** Joins localized parts into one localized list (« a, b et c »). */
export function localizedList(parts: readonly LocalizedText[]): LocalizedText {
  const fr = parts.map((p) => p.fr);
  const en = parts.map((p) => p.en);
  return { fr: joinList(fr, 'fr'), en: joinList(en, 'en') };
}

function resolve(params: Params, language: Language): MessageParams {
  const out: MessageParams = {};
  for (const [key, value] of Object.entries(params))
    out[key] = typeof value === 'object' ? value[language] : value;
  return out;
}

export function createCheckContext(
  assessment: Assessment,
  template: Template,
  options: CheckOptions,
): CheckContext {
  const questions = new Map<string, Question>();
  const items = new Map<string, Item>();
  for (const section of template.sections) {
    for (const item of section.items) {
      items.set(item.id, item);
      for (const question of item.questions) {
        questions.set(question.id, question);
        items.set(question.id, item);
      }
    }
  }
  const inventoryQuestion = [...questions.values()].find((q) => q.type === 'cameras');
  const inventoryLocation: FindingLocation = inventoryQuestion
    ? { kind: 'question', id: inventoryQuestion.id }
    : { kind: 'assessment', id: 'cameras' };
  const answer = (id: string): Answer | undefined => own(assessment.answers, id);

  const isAnswered = (question: Question): boolean => isQuestionAnswered(question, assessment);

  const finding = (
    rule: RuleId,
    location: FindingLocation,
    params: Params = {},
    related: FindingLocation[] = [],
  ) => {
    const definition = RULES[rule];
    const fr = resolve(params, 'fr');
    const en = resolve(params, 'en');
    const legalRef = typeof params.legalRef === 'object' ? params.legalRef : definition.legalRef;
    return {
      id: rule,
      severity: definition.severity,
      message: { fr: frenchTypography(definition.fr(fr)), en: definition.en(en) },
      legalRef: { fr: frenchTypography(legalRef.fr), en: legalRef.en },
      location,
      related,
    } satisfies Finding;
  };

  const cameraLocation = (camera: Camera): FindingLocation => ({
    kind: 'camera',
    id: camera.id,
    label: camera.code,
  });

  return {
    assessment,
    template,
    asOf: options.asOf,
    question: (id) => questions.get(id),
    item: (id) => items.get(id),
    answer,
    isAnswered,
    choice: (id) => {
      const a = answer(id);
      return a?.type === 'choice' ? a.optionId : null;
    },
    multichoice: (id) => {
      const a = answer(id);
      return a?.type === 'multichoice' ? a.optionIds : [];
    },
    number: (id) => {
      const a = answer(id);
      return a?.type === 'number' ? a.value : null;
    },
    date: (id) => {
      const a = answer(id);
      return a?.type === 'date' ? a.value : null;
    },
    boolean: (id) => {
      const a = answer(id);
      return a?.type === 'boolean' ? a.value : null;
    },
    text: (id) => textOf(answer(id)),
    optionLabel: (questionId, optionId) =>
      questions.get(questionId)?.options?.find((o) => o.id === optionId)?.label ?? {
        fr: optionId,
        en: optionId,
      },
    inventoryLocation,
    questionLocation: (id) => ({ kind: 'question', id }),
    cameraLocation,
    cameraGroup: (cameras) => {
      const related = cameras.map(cameraLocation);
      const only = related.length === 1 ? related[0] : undefined;
      return {
        location: only ?? inventoryLocation,
        related: only ? [] : related,
        params: { count: cameras.length, cameras: codeList(cameras.map((c) => c.code)) },
      };
    },
    finding,
  };
}

/** Built once: making an Intl.DateTimeFormat costs far more than formatting (half the checks' time at 5,000 cameras). */
const LONG_DATE_OPTIONS = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
let longDateFormats: { fr: Intl.DateTimeFormat; en: Intl.DateTimeFormat } | null = null;

/** A date of the document written out for a reader: « 30 juin 2026 », « 1er juillet 2026 » / "30 June 2026". */
export function longDate(isoDate: string): LocalizedText {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return { fr: isoDate, en: isoDate };
  longDateFormats ??= {
    fr: new Intl.DateTimeFormat('fr-FR', LONG_DATE_OPTIONS),
    en: new Intl.DateTimeFormat('en-GB', LONG_DATE_OPTIONS),
  };
  // French writes the first day of a month as an ordinal: « 1er juillet 2026 ».
  return { fr: longDateFormats.fr.format(date).replace(/^1 /, '1er '), en: longDateFormats.en.format(date) };
}

/** Adds months to a `YYYY-MM-DD` date, the day clamped by the calendar (31 August + 6 months → 28 February). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Today's date in the local calendar, `YYYY-MM-DD`. */
export function isoDay(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
