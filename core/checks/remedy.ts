// Remedies: what the DPO can do about a finding in one gesture. Each remedy sits next to its rule
// (`<rule>.remedies.ts`), is a pure edit of the assessment (or opens the field to write in), and never invents a
// fact: it adds measures and action-plan items from the template's catalogue, links them to the risks they treat,
// or sets an answer only when the user confirms that it is true.
import { addMeasureFromCatalogue, type Edit } from '../assessment/edits.ts';
import { DpiaError } from '../errors.ts';
import type { Assessment, Measure } from '../model/assessment.ts';
import type { Language, LocalizedText } from '../model/localized.ts';
import { diffAssessments, type AssessmentDiff } from '../revisions/diff.ts';
import type { Template } from '../template/schema.ts';
import { frenchTypography } from '../markdown/french-typography.ts';
import type { RuleId } from './catalogue.ts';
import { baseRuleId, isAddressed } from './addressed.ts';
import { remedyPreview } from './remedy-preview.ts';
import type { Finding, FindingLocation } from './finding.ts';

export interface RemedyContext {
  assessment: Assessment;
  template: Template;
  /** The findings of the remedy's rules on this assessment, as the checks found them. */
  findings: readonly Finding[];
  /** The day the checks ran for, `YYYY-MM-DD`: dates a remedy proposes are counted from it. */
  asOf: string;
  newId: () => string;
}

export type RemedyAction =
  /** Changes the assessment; the app shows the change before it is applied. */
  | { kind: 'edit'; edit: (ctx: RemedyContext) => Edit }
  /** Takes the user to the field where only they can write the answer. */
  | { kind: 'open'; location: (finding: Finding) => FindingLocation };

export interface Remedy {
  /** Stable, e.g. `masks.add-measure`: `dpia check --json` lists it, `dpia fix --remedy` takes it. */
  id: string;
  rules: readonly RuleId[];
  label: LocalizedText;
  /** Set when applying states a fact the tool cannot know: the user must confirm it is true. */
  confirm?: LocalizedText;
  /** Whether this document's template allows it (e.g. its catalogue has the measure to add). */
  available?: (assessment: Assessment, template: Template) => boolean;
  action: RemedyAction;
  /**
   * The catalogue measure this remedy puts in the action plan: once the document has it, the findings of the
   * remedy's rules are shown as addressed by the plan (see addressed.ts).
   */
  measure?: string;
  /** What the user should reread after applying it (e.g. other answers quoting a changed figure). */
  notes?: (ctx: RemedyContext) => LocalizedText[];
}

// ---- Building blocks for remedies

/** The template's catalogue measure, if it has one with this id. */
export const catalogueMeasure = (template: Template, ref: string) =>
  template.knowledgeBase.measures.find((m) => m.id === ref);

export const hasCatalogueMeasure =
  (ref: string) =>
  (_assessment: Assessment, template: Template): boolean =>
    catalogueMeasure(template, ref) !== undefined;

/** The document's measure made from a catalogue entry, if any. */
export const measureFromCatalogueRef = (assessment: Assessment, ref: string): Measure | undefined =>
  assessment.measures.find((m) => m.catalogueRef === ref);

/**
 * Adds the catalogue measure as a planned measure linked to the risks it treats (those made from catalogue risks
 * naming it), with its owner left for the user; when the document already has it, only the missing links are
 * added, so applying twice changes nothing more. `deadline` is proposed for action-plan items.
 */
export function catalogueMeasureEdit(
  ref: string,
  ctx: RemedyContext,
  options: { deadline?: string | null } = {},
): Edit {
  return (assessment) => {
    const entry = catalogueMeasure(ctx.template, ref);
    if (!entry) return assessment;
    const treats = new Set(
      ctx.template.knowledgeBase.risks.filter((r) => r.measures.includes(ref)).map((r) => r.id),
    );
    const existing = measureFromCatalogueRef(assessment, ref);
    if (existing) {
      const risks = assessment.risks.map((r) =>
        r.catalogueRef !== null && treats.has(r.catalogueRef) && !r.measureIds.includes(existing.id)
          ? { ...r, measureIds: [...r.measureIds, existing.id] }
          : r,
      );
      return risks.every((r, i) => r === assessment.risks[i]) ? assessment : { ...assessment, risks };
    }
    const id = ctx.newId();
    const added = addMeasureFromCatalogue(entry, id, assessment.meta.language, treats)(assessment);
    const deadline = options.deadline ?? null;
    if (deadline === null) return added;
    return { ...added, measures: added.measures.map((m) => (m.id === id ? { ...m, deadline } : m)) };
  };
}

/** A remedy that adds a catalogue measure (see catalogueMeasureEdit); `deadline` may depend on the context. */
export function addCatalogueMeasure(
  ref: string,
  deadline: (ctx: RemedyContext) => string | null = () => null,
): RemedyAction {
  return { kind: 'edit', edit: (ctx) => catalogueMeasureEdit(ref, ctx, { deadline: deadline(ctx) }) };
}

/** The parts of a remedy that plans a catalogue measure: which one, when it is available, and the edit. */
export function planMeasure(
  ref: string,
  deadline?: (ctx: RemedyContext) => string | null,
): Required<Pick<Remedy, 'measure' | 'available' | 'action'>> {
  return {
    measure: ref,
    // Not offered when the plan already has it: an overdue one is for its owner to reschedule, not to duplicate.
    available: (assessment, template) =>
      hasCatalogueMeasure(ref)(assessment, template) &&
      !assessment.measures.some((m) => m.catalogueRef === ref && m.state === 'planned'),
    action: addCatalogueMeasure(ref, deadline),
  };
}

/** Adds days to a `YYYY-MM-DD` date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Applies several edits in turn. */
export const chain =
  (...edits: Edit[]): Edit =>
  (assessment) =>
    edits.reduce((current, edit) => edit(current), assessment);

/** Opens a question of the template. */
export const openQuestion = (questionId: string): RemedyAction => ({
  kind: 'open',
  location: () => ({ kind: 'question', id: questionId }),
});

/** Opens the place the finding points to (a measure, the DPO's opinion…). */
export const openFindingPlace: RemedyAction = { kind: 'open', location: (finding) => finding.location };

// ---- The engine

export interface RemedyOffer {
  id: string;
  label: LocalizedText;
  kind: RemedyAction['kind'];
  confirm: LocalizedText | null;
}

const typeset = (text: LocalizedText): LocalizedText => ({ fr: frenchTypography(text.fr), en: text.en });

export function offerOf(remedy: Remedy): RemedyOffer {
  return {
    id: remedy.id,
    label: typeset(remedy.label),
    kind: remedy.action.kind,
    confirm: remedy.confirm ? typeset(remedy.confirm) : null,
  };
}

/** The remedies a finding offers on this document, in catalogue order. */
export function remediesFor(
  remedies: readonly Remedy[],
  finding: Finding,
  assessment: Assessment,
  template: Template,
): Remedy[] {
  // An addressed finding already has its measure in the plan: only the remedies that go further remain.
  const addressed = isAddressed(finding);
  return remedies.filter(
    (r) =>
      servesFinding(r, finding) &&
      !(addressed && r.measure !== undefined) &&
      (r.available?.(assessment, template) ?? true),
  );
}

/** Whether the remedy is meant for this finding, or for the rule it came from when the plan addresses it. */
const servesFinding = (remedy: Remedy, finding: Finding): boolean =>
  remedy.rules.includes(baseRuleId(finding.id) as RuleId);

export interface RemedyResult {
  assessment: Assessment;
  /** What changes, entity by entity, as the revisions comparison shows it. */
  diff: AssessmentDiff;
  /** The same, one line per change, in both languages: the preview the user reads before applying. */
  preview: LocalizedText[];
  notes: LocalizedText[];
}

/**
 * Applies an edit remedy to the findings of its rules. Refused when no finding of its rules fires (nothing to
 * remedy), when it opens a field (only the user can write there), or when it states a fact the user has not
 * confirmed.
 */
export function applyRemedy(
  remedy: Remedy,
  ctx: RemedyContext & { confirmed?: boolean },
  language: Language = ctx.assessment.meta.language,
): RemedyResult {
  const findings = ctx.findings.filter((f) => servesFinding(remedy, f));
  if (findings.length === 0 || !(remedy.available?.(ctx.assessment, ctx.template) ?? true)) {
    throw new DpiaError('remedy-not-applicable', { remedy: remedy.id });
  }
  if (remedy.action.kind === 'open') throw new DpiaError('remedy-opens-field', { remedy: remedy.id });
  if (remedy.confirm && !ctx.confirmed) {
    throw new DpiaError('remedy-needs-confirmation', {
      remedy: remedy.id,
      question: typeset(remedy.confirm)[language],
    });
  }
  const context = { ...ctx, findings };
  const assessment = remedy.action.edit(context)(ctx.assessment);
  const diff = diffAssessments(ctx.assessment, assessment);
  return {
    assessment,
    diff,
    preview: remedyPreview(ctx.assessment, assessment, diff, ctx.template),
    notes: (remedy.notes?.(context) ?? []).map(typeset),
  };
}
