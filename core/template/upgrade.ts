// Carries an assessment over to a newer version of its template when the law changes: answers kept by question id,
// the questions added, removed or reworded reported, and the state before the upgrade kept as a named revision so
// that nothing is lost. A signed document is never upgraded in place.
import { DpiaError } from '../errors.ts';
import type { DpiaDocument } from '../format/document.ts';
import type { Answer, Assessment } from '../model/assessment.ts';
import type { Language, LocalizedText } from '../model/localized.ts';
import { createRevision } from '../revisions/revisions.ts';
import { builtinTemplateVersions } from './builtin.ts';
import type { Question, Template } from './schema.ts';
import { compareVersions } from './template-file.ts';
import { allQuestions } from './validate-template.ts';

/** A question named in an upgrade report. */
export interface UpgradedQuestion {
  id: string;
  label: LocalizedText;
}

export interface TemplateUpgradeReport {
  templateId: string;
  from: string;
  to: string;
  /** Questions of the new version that the old one lacked: to be answered. */
  added: UpgradedQuestion[];
  /** Questions the new version no longer asks; `answered` when the document had an answer (kept in the revision). */
  removed: (UpgradedQuestion & { answered: boolean })[];
  /** Questions kept whose label, guidance, options or legal references changed: their answers are kept, to reread. */
  reworded: UpgradedQuestion[];
  /** Answers that could not be carried as they were (question gone, type changed, option gone): kept in the revision. */
  setAside: UpgradedQuestion[];
  /** Answers carried over unchanged. */
  keptAnswers: number;
}

export interface TemplateUpgrade {
  assessment: Assessment;
  report: TemplateUpgradeReport;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function reworded(before: Question, after: Question): boolean {
  return (
    !same(before.label, after.label) ||
    !same(before.guidance, after.guidance) ||
    !same(before.options ?? [], after.options ?? []) ||
    !same(before.columns ?? [], after.columns ?? []) ||
    !same(before.legalRefs, after.legalRefs)
  );
}

/** The answer as the new question can take it, or null when it cannot be carried over. */
function carry(answer: Answer, question: Question): { answer: Answer; whole: boolean } | null {
  if (answer.type !== question.type) return null;
  const options = new Set((question.options ?? []).map((o) => o.id));
  if (answer.type === 'choice' && answer.optionId !== null && !options.has(answer.optionId)) return null;
  if (answer.type === 'multichoice') {
    const kept = answer.optionIds.filter((id) => options.has(id));
    return { answer: { ...answer, optionIds: kept }, whole: kept.length === answer.optionIds.length };
  }
  return { answer, whole: true };
}

/**
 * The assessment as the new template version takes it, and what changed. Pure: the caller records the revision.
 * Evaluations of items or questions that are gone are dropped; attachments linked to a removed question stay,
 * unlinked.
 */
export function upgradeAssessment(
  assessment: Assessment,
  from: Template,
  to: Template,
  at: string,
): TemplateUpgrade {
  const before = new Map(allQuestions(from).map((q) => [q.id, q]));
  const after = new Map(allQuestions(to).map((q) => [q.id, q]));
  const named = (q: Question): UpgradedQuestion => ({ id: q.id, label: q.label });

  const answers: Record<string, Answer> = {};
  const setAside: UpgradedQuestion[] = [];
  let keptAnswers = 0;
  for (const [id, answer] of Object.entries(assessment.answers)) {
    const question = after.get(id);
    const carried = question ? carry(answer, question) : null;
    if (carried) answers[id] = carried.answer;
    if (carried?.whole) keptAnswers += 1;
    else setAside.push(named(question ?? before.get(id) ?? ({ id, label: { fr: id, en: id } } as Question)));
  }

  const evaluable = new Set(
    to.sections.flatMap((s) => s.items.flatMap((i) => [i.id, ...i.questions.map((q) => q.id)])),
  );
  const evaluations = Object.fromEntries(
    Object.entries(assessment.evaluations).filter(([id]) => evaluable.has(id)),
  );
  const attachments = assessment.attachments.map((a) =>
    a.questionId !== null && !after.has(a.questionId) ? { ...a, questionId: null } : a,
  );

  const report: TemplateUpgradeReport = {
    templateId: to.id,
    from: from.version,
    to: to.version,
    added: [...after.values()].filter((q) => !before.has(q.id)).map(named),
    removed: [...before.values()]
      .filter((q) => !after.has(q.id))
      .map((q) => ({ ...named(q), answered: assessment.answers[q.id] !== undefined })),
    reworded: [...after.values()]
      .filter((q) => {
        const old = before.get(q.id);
        return old !== undefined && reworded(old, q);
      })
      .map(named),
    setAside,
    keptAnswers,
  };
  return {
    assessment: {
      ...assessment,
      meta: { ...assessment.meta, templateId: to.id, templateVersion: to.version, modifiedAt: at },
      answers,
      evaluations,
      attachments,
    },
    report,
  };
}

/** The newest shipped version of a document's built-in template, or the one asked for. */
export function upgradeTarget(document: DpiaDocument, version?: string): Template {
  const { templateId, templateVersion } = document.assessment.meta;
  const versions = builtinTemplateVersions(templateId);
  if (versions.length === 0) throw new DpiaError('upgrade-not-builtin', { id: templateId });
  const target =
    version === undefined ? versions[versions.length - 1]! : versions.find((t) => t.version === version);
  if (!target) {
    throw new DpiaError('upgrade-unknown-version', {
      id: templateId,
      version: version ?? '',
      available: versions.map((t) => t.version).join(', '),
    });
  }
  if (compareVersions(target.version, templateVersion) < 0) {
    throw new DpiaError('upgrade-older-version', {
      id: templateId,
      version: target.version,
      current: templateVersion,
    });
  }
  return target;
}

/** A newer built-in version of the document's template, if there is one: what the editor offers to upgrade to. */
export function availableUpgrade(document: Pick<DpiaDocument, 'assessment'>): Template | null {
  const { templateId, templateVersion } = document.assessment.meta;
  const newest = builtinTemplateVersions(templateId).at(-1);
  return newest && compareVersions(newest.version, templateVersion) > 0 ? newest : null;
}

/** The revision's label: « Mise à jour du modèle csu-videoprotection 1.0.0 → 1.1.0 ». */
export function upgradeLabel(report: TemplateUpgradeReport, language: Language): string {
  const what = language === 'fr' ? 'Mise à jour du modèle' : 'Template upgrade';
  return `${what} ${report.templateId} ${report.from} → ${report.to}`;
}

/** The revision's reason: what changed, in the document's language. */
export function upgradeSummary(report: TemplateUpgradeReport, language: Language): string {
  const list = (questions: readonly UpgradedQuestion[]): string =>
    questions.length === 0 ? (language === 'fr' ? 'aucune' : 'none') : questions.map((q) => q.id).join(', ');
  if (language === 'fr') {
    return [
      `État du document avant la mise à jour du modèle ${report.templateId} de la version ${report.from} à la version ${report.to}.`,
      `Réponses conservées : ${report.keptAnswers}.`,
      `Questions ajoutées : ${list(report.added)}.`,
      `Questions retirées : ${list(report.removed)}.`,
      `Questions reformulées : ${list(report.reworded)}.`,
      ...(report.setAside.length > 0
        ? [`Réponses mises de côté (conservées dans cette révision) : ${list(report.setAside)}.`]
        : []),
    ].join('\n\n');
  }
  return [
    `State of the document before the upgrade of template ${report.templateId} from version ${report.from} to ${report.to}.`,
    `Answers kept: ${report.keptAnswers}.`,
    `Questions added: ${list(report.added)}.`,
    `Questions removed: ${list(report.removed)}.`,
    `Questions reworded: ${list(report.reworded)}.`,
    ...(report.setAside.length > 0
      ? [`Answers set aside (kept in this revision): ${list(report.setAside)}.`]
      : []),
  ].join('\n\n');
}

export interface UpgradeRequest {
  /** Template version to upgrade to; the newest built-in one by default. */
  version?: string;
  /** Id of the revision recording the upgrade. */
  revisionId: string;
  author: string;
  /** ISO 8601 instant. */
  at: string;
}

export interface DocumentUpgrade {
  document: DpiaDocument;
  report: TemplateUpgradeReport;
  /** Null when the document already uses the target version (nothing was changed). */
  revisionLabel: string | null;
}

/**
 * Upgrades a document to a built-in template version. The state before the upgrade is recorded as a revision (its
 * snapshot keeps every answer, even those the new version cannot take), then the document takes the new template.
 */
export async function upgradeDocument(
  document: DpiaDocument,
  request: UpgradeRequest,
): Promise<DocumentUpgrade> {
  if (document.signature) throw new DpiaError('upgrade-signed');
  const target = upgradeTarget(document, request.version);
  const language = document.assessment.meta.language;
  if (target.version === document.assessment.meta.templateVersion) {
    const { report } = upgradeAssessment(
      document.assessment,
      document.template,
      document.template,
      request.at,
    );
    return { document, report, revisionLabel: null };
  }
  const { assessment, report } = upgradeAssessment(
    document.assessment,
    document.template,
    target,
    request.at,
  );
  const label = upgradeLabel(report, language);
  const recorded = await createRevision(document, {
    id: request.revisionId,
    label,
    author: request.author,
    at: request.at,
    reason: upgradeSummary(report, language),
  });
  return {
    document: {
      ...recorded,
      template: target,
      assessment: { ...assessment, revisions: recorded.assessment.revisions },
    },
    report,
    revisionLabel: label,
  };
}
