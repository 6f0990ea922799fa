// Turns a CNIL PIA tool export into a DPIA document on the built-in `cnil-method` template, with a report of
// what could not be mapped one to one. No text is dropped: what has no natural place is kept in a visible one.
import { DpiaError } from '../../errors.ts';
import type { DpiaDocument } from '../../format/document.ts';
import {
  type Assessment,
  type AssessmentStatus,
  type Opinions,
  type Validation,
} from '../../model/assessment.ts';
import { getBuiltinTemplate } from '../../template/builtin.ts';
import type { Template } from '../../template/schema.ts';
import { cnilTextToMarkdown, cnilTextToPlain, joinMarkdown, markdownParagraph } from './html-to-markdown.ts';
import { CNIL_TEMPLATE_ID, NOTES_QUESTION, RISK_ITEMS } from './mapping.ts';
import type { ImportReport } from './report.ts';
import { CnilExport } from './schema.ts';
import { TITLE_MAX, statusOf, instant, calendarDay } from './import-values.ts';
import { ImportState, type ImportCnilOptions } from './import-state.ts';
import { answersPass, measuresPass, risksPass } from './content-passes.ts';
import { evaluationsPass, commentsPass } from './review-passes.ts';

export type { ImportCnilOptions };

export interface ImportCnilResult {
  document: DpiaDocument;
  report: ImportReport;
}

// ---- Opinions, validation, meta

function opinions(s: ImportState): Opinions {
  const pia = s.exported.pia;
  const dpoVerdict = pia.dpo_status === 1 ? 'favourable' : pia.dpo_status === 0 ? 'unfavourable' : null;
  const names = cnilTextToPlain(pia.people_names);
  const peopleVerdict =
    pia.concerned_people_status === 1
      ? s.t.peopleVerdict.favourable
      : pia.concerned_people_status === 0
        ? s.t.peopleVerdict.unfavourable
        : '';
  return {
    dpo: {
      name: s.short(cnilTextToPlain(pia.dpos_names), 'dpos_names', { kind: 'nowhere' }),
      date: null,
      verdict: dpoVerdict,
      text: s.rich(cnilTextToMarkdown(pia.dpo_opinion), 'dpo_opinion'),
    },
    dataSubjects: {
      sought: pia.concerned_people_searched_opinion ?? null,
      method: names === '' ? '' : markdownParagraph(s.t.peopleConsulted(names)),
      summary: s.rich(
        joinMarkdown(
          markdownParagraph(peopleVerdict, { strong: true }),
          cnilTextToMarkdown(pia.concerned_people_opinion),
        ),
        'concerned_people_opinion',
      ),
      notSoughtReason: s.rich(
        cnilTextToMarkdown(pia.concerned_people_searched_content),
        'concerned_people_searched_content',
      ),
    },
  };
}

function validation(s: ImportState, status: AssessmentStatus): Validation {
  const pia = s.exported.pia;
  const refusal = cnilTextToMarkdown(pia.rejection_reason);
  const adjustments = cnilTextToMarkdown(pia.applied_adjustments);
  const decided = status === 'validated' || status === 'refused';
  // A refused PIA's reason is the decision's comment; after a later validation it stays, as history.
  const comment =
    status === 'refused'
      ? joinMarkdown(
          refusal,
          adjustments &&
            joinMarkdown(markdownParagraph(s.t.appliedAdjustments, { strong: true }), adjustments),
        )
      : joinMarkdown(
          refusal && joinMarkdown(markdownParagraph(s.t.previousRefusal, { strong: true }), refusal),
          adjustments &&
            joinMarkdown(markdownParagraph(s.t.appliedAdjustments, { strong: true }), adjustments),
        );
  return {
    decision: status === 'validated' ? 'validated' : status === 'refused' ? 'refused' : null,
    by: decided ? s.short(cnilTextToPlain(pia.validator_name), 'validator_name', { kind: 'nowhere' }) : '',
    role: '',
    date: decided ? calendarDay(pia.updated_at) : null,
    comment: s.rich(comment, 'rejection_reason'),
    openFindingsJustification: '',
  };
}

function importNote(s: ImportState): string {
  const pia = s.exported.pia;
  const n = s.t.importNote;
  const now = s.options.now.toISOString().slice(0, 10);
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

function authors(s: ImportState): string[] {
  const pia = s.exported.pia;
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
    s.short(name, 'author_name', { kind: 'nowhere' }),
  );
}

function assemble(s: ImportState, template: Template): Assessment {
  const pia = s.exported.pia;
  const at = s.options.now.toISOString();
  const status = statusOf(pia.status);
  const fullTitle = cnilTextToPlain(pia.name);
  const title = fullTitle === '' ? s.t.untitledPia : fullTitle.slice(0, TITLE_MAX);
  if (fullTitle.length > TITLE_MAX) {
    s.append(`answer:${NOTES_QUESTION}`, s.t.fullTitle, markdownParagraph(fullTitle));
    s.report('truncated', 'name', { kind: 'answer', questionId: NOTES_QUESTION });
  }
  const answers: Assessment['answers'] = {};
  const questionIds = new Set([...s.answers.keys(), ...[...s.appended.keys()].flatMap(answerTarget)]);
  for (const id of questionIds) {
    const text = joinMarkdown(s.answers.get(id) ?? '', s.appendix(`answer:${id}`));
    if (text !== '') answers[id] = { type: 'richtext', text: s.rich(text, id) };
  }
  s.measures.forEach(({ measure }, index) => {
    measure.description = s.rich(
      joinMarkdown(measure.description, s.appendix(`measure:${index}`)),
      measure.title,
    );
  });
  for (const [event, risk] of s.risks) {
    risk.description = s.rich(joinMarkdown(risk.description, s.appendix(`risk:${event}`)), risk.title);
  }
  if (status === 'draft' && pia.status === 4) s.report('archived', '4', { kind: 'import-note' });
  if (pia.status === 3) s.report('signed-validation', '3', { kind: 'import-note' });
  return {
    id: s.options.newId(),
    meta: {
      title,
      organisation: '',
      controller: '',
      dpo: s.short(cnilTextToPlain(pia.dpos_names), 'dpos_names', { kind: 'nowhere' }),
      authors: authors(s),
      language: s.language,
      version: '1.0',
      createdAt: instant(pia.created_at) ?? at,
      modifiedAt: at,
      status,
      reviewDate: null,
      templateId: template.id,
      templateVersion: template.version,
    },
    answers,
    evaluations: s.evaluations,
    cameras: [],
    risks: RISK_ITEMS.flatMap((r) => s.risks.get(r.fearedEvent) ?? []),
    measures: s.measures.map((m) => m.measure),
    opinions: opinions(s),
    validation: validation(s, status),
    statusHistory: [{ status, by: '', at, note: importNote(s) }],
    revisions: [],
    attachments: [],
  };
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
  const importer = new ImportState(exported, options, language);
  for (const [list, { broken }] of Object.entries({
    answers: exported.answers,
    measures: exported.measures,
    evaluations: exported.evaluations,
    comments: exported.comments,
  })) {
    if (broken > 0) importer.report('broken-entries', list, { kind: 'nowhere' }, broken);
  }
  answersPass(importer);
  measuresPass(importer);
  risksPass(importer);
  evaluationsPass(importer);
  commentsPass(importer);
  const assessment = assemble(importer, template);
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
