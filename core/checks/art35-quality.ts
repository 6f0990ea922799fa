// Quality: each element GDPR art. 35(7)(a)–(d), 35(8) and WP248 Annex 2 ask of a DPIA, traced to the answers that give it.
import type { FearedEvent } from '../model/vocabulary.ts';
import type { Term } from './terms.ts';
import type { Finding, FindingLocation } from './finding.ts';
import { localizedList, Q, term, type CheckContext, type Rule } from './context.ts';

/** An element of the minimum content of a DPIA and the answers that can show it. */
export interface Art35Element {
  paragraph: 'a' | 'b';
  term: Term;
  questions: readonly string[];
  /** The camera inventory shows this element (the description of the system). */
  inventory?: boolean;
}

export const ART35_ELEMENTS: readonly Art35Element[] = [
  { paragraph: 'a', term: 'natureScope', questions: [Q.description] },
  { paragraph: 'a', term: 'purposes', questions: [Q.purposes] },
  { paragraph: 'a', term: 'data', questions: [Q.dataCategories] },
  { paragraph: 'a', term: 'recipients', questions: [Q.recipients] },
  { paragraph: 'a', term: 'retention', questions: [Q.retentionDays, Q.retention] },
  { paragraph: 'a', term: 'lifecycle', questions: [Q.lifecycle] },
  { paragraph: 'a', term: 'assets', questions: [Q.assets] },
  { paragraph: 'a', term: 'cameraInventory', questions: [], inventory: true },
  { paragraph: 'b', term: 'legitimatePurposes', questions: [Q.principlesPurposes] },
  { paragraph: 'b', term: 'legalBasis', questions: [Q.legalBasis] },
  { paragraph: 'b', term: 'proportionality', questions: [Q.proportionality] },
  { paragraph: 'b', term: 'minimisation', questions: [Q.minimisation] },
  { paragraph: 'b', term: 'accuracy', questions: [Q.accuracy] },
  { paragraph: 'b', term: 'retentionLimit', questions: [Q.principlesRetention] },
  { paragraph: 'b', term: 'information', questions: [Q.information] },
  { paragraph: 'b', term: 'access', questions: [Q.access] },
  { paragraph: 'b', term: 'rectification', questions: [Q.rectification] },
  { paragraph: 'b', term: 'restriction', questions: [Q.restriction] },
  { paragraph: 'b', term: 'notificationPortability', questions: [Q.notificationPortability] },
  { paragraph: 'b', term: 'processors', questions: [Q.processors, Q.processorsTable] },
  { paragraph: 'b', term: 'transfers', questions: [Q.transfers] },
  { paragraph: 'b', term: 'priorConsultation', questions: [Q.priorConsultation] },
  // Art. 35(8): compliance with approved codes of conduct is taken into account in the assessment.
  { paragraph: 'b', term: 'codesOfConduct', questions: [Q.codesOfConduct] },
];

export interface Art35Trace {
  element: Art35Element;
  /** Where the element is shown (questions of the template that exist), first the one to open. */
  locations: FindingLocation[];
  covered: boolean;
}

/**
 * Traces each element to the answers that show it. Elements the template has no question for cannot be
 * traced and are left out, so that a consultant's own template is not blamed for a question it lacks.
 */
export function traceArt35(ctx: CheckContext): Art35Trace[] {
  return ART35_ELEMENTS.flatMap((element) => {
    if (element.inventory) {
      if (ctx.inventoryLocation.kind !== 'question') return [];
      return [{ element, locations: [ctx.inventoryLocation], covered: ctx.assessment.cameras.length > 0 }];
    }
    const questions = element.questions.flatMap((id) => ctx.question(id) ?? []);
    if (questions.length === 0) return [];
    return [
      {
        element,
        locations: questions.map((q) => ctx.questionLocation(q.id)),
        covered: questions.some((q) => ctx.isAnswered(q)),
      },
    ];
  });
}

function descriptionAndNecessity(ctx: CheckContext): Finding[] {
  const traces = traceArt35(ctx);
  return (['a', 'b'] as const).flatMap((paragraph) => {
    const missing = traces.filter((t) => t.element.paragraph === paragraph && !t.covered);
    const first = missing[0]?.locations[0];
    if (!first) return [];
    const related = missing.flatMap((t) => t.locations).filter((l) => l !== first);
    return [
      ctx.finding(
        paragraph === 'a' ? 'quality.art35-7a' : 'quality.art35-7b',
        first,
        { missing: localizedList(missing.map((t) => term(t.element.term))) },
        related,
      ),
    ];
  });
}

const FEARED_EVENTS = [
  'illegitimate-access',
  'unwanted-modification',
  'disappearance',
] as const satisfies readonly FearedEvent[];

function risksLocation(ctx: CheckContext): FindingLocation {
  const question = ctx.template.sections
    .flatMap((s) => s.items.flatMap((i) => i.questions))
    .find((q) => q.type === 'risks');
  return question ? ctx.questionLocation(question.id) : { kind: 'assessment', id: 'risks' };
}

function riskAnalysis(ctx: CheckContext): Finding[] {
  const { risks, measures } = ctx.assessment;
  const findings: Finding[] = [];
  const studied = new Set(risks.map((r) => r.fearedEvent));
  const uncovered = FEARED_EVENTS.filter((event) => !studied.has(event));
  if (uncovered.length > 0) {
    findings.push(
      ctx.finding('quality.art35-7c.feared-events', risksLocation(ctx), {
        missing: localizedList(uncovered.map((event) => term(event))),
      }),
    );
  }
  const measureIds = new Set(measures.map((m) => m.id));
  const filled = (list: readonly string[]): boolean => list.some((entry) => entry.trim() !== '');
  for (const risk of risks) {
    const location = { kind: 'risk', id: risk.id, label: risk.title } as const;
    const missing: Term[] = [];
    if (!filled(risk.sources)) missing.push('sources');
    if (!filled(risk.threats)) missing.push('threats');
    if (!filled(risk.impacts)) missing.push('impacts');
    if (missing.length > 0) {
      findings.push(
        ctx.finding('quality.art35-7c.risk-analysis', location, {
          risk: risk.title,
          missing: localizedList(missing.map(term)),
        }),
      );
    }
    if (!risk.measureIds.some((id) => measureIds.has(id))) {
      findings.push(ctx.finding('quality.art35-7d', location, { risk: risk.title }));
    }
  }
  return findings;
}

function interestedParties(ctx: CheckContext): Finding[] {
  const { dpo, dataSubjects } = ctx.assessment.opinions;
  const findings: Finding[] = [];
  const missing: Term[] = [];
  if (dpo.name.trim() === '') missing.push('name');
  if (dpo.date === null) missing.push('date');
  if (dpo.verdict === null) missing.push('verdict');
  if (dpo.text.trim() === '') missing.push('text');
  if (missing.length > 0) {
    findings.push(
      ctx.finding(
        'quality.dpo-opinion',
        { kind: 'assessment', id: 'opinions.dpo' },
        { missing: localizedList(missing.map(term)) },
      ),
    );
  }
  const viewsCase =
    dataSubjects.sought === null
      ? 'unknown'
      : dataSubjects.sought && dataSubjects.summary.trim() === ''
        ? 'no-summary'
        : !dataSubjects.sought && dataSubjects.notSoughtReason.trim() === ''
          ? 'no-reason'
          : null;
  if (viewsCase !== null) {
    findings.push(
      ctx.finding(
        'quality.data-subjects-views',
        { kind: 'assessment', id: 'opinions.data-subjects' },
        { case: viewsCase },
      ),
    );
  }
  return findings;
}

export const checkArt35Quality: Rule = (ctx) => [
  ...descriptionAndNecessity(ctx),
  ...riskAnalysis(ctx),
  ...interestedParties(ctx),
];
