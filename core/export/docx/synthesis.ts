// The one-page synthesis a council reads first: the system, purposes, highest risks, opinions, decision, open items.
import type { FileChild } from 'docx';
import type { Camera, Risk } from '../../model/assessment.ts';
import { riskZone } from '../../risk/zone.ts';
import { summarizeFindings } from '../../checks/summary.ts';
import type { ExportContext } from './context.ts';
import { dataTable, heading, keyValueTable, para, spacer } from './blocks.ts';
import type { CellContent } from './blocks.ts';
import { filedLabelsFor } from './labels-filed.ts';
import { recordEntryLine } from '../../record/entry-text.ts';
import { STYLE } from './styles.ts';

const CAPABILITIES = ['lapi', 'facialRecognition', 'analytics', 'audio'] as const;
/** Open actions listed on the page; the rest are counted, the action plan has them all. */
const LISTED_ACTIONS = 6;
const LISTED_RISKS = 3;

/** Modules in service on some camera, and modules present but switched off everywhere they exist. */
function modules(ctx: ExportContext, cameras: readonly Camera[]): { active: string; dormant: string } {
  const names = ctx.labels.cameras.capabilityNames;
  const none = filedLabelsFor(ctx.language).synthesis.none;
  const active: string[] = [];
  const dormant: string[] = [];
  for (const capability of CAPABILITIES) {
    const on = cameras.filter((c) => c[capability] === 'present-enabled').length;
    const off = cameras.filter((c) => c[capability] === 'present-disabled').length;
    if (on > 0) active.push(`${names[capability]} (${on})`);
    else if (off > 0) dormant.push(`${names[capability]} (${off})`);
  }
  return { active: active.join(', ') || none, dormant: dormant.join(', ') || none };
}

/** The regime of each purpose, from the template's table of regimes when it has one. */
function purposesAndRegimes(ctx: ExportContext): string {
  const purposes = new Set<number>();
  for (const camera of ctx.assessment.cameras) for (const p of camera.purposes) purposes.add(Number(p));
  const listed = [...purposes]
    .sort((a, b) => a - b)
    .map((n) => `${ctx.labels.cameras.purposeNumber(n)} ${ctx.labels.cameras.purposes[n - 1] ?? ''}`.trim());
  const regimes: string[] = [];
  for (const section of ctx.template.sections)
    for (const item of section.items)
      for (const q of item.questions) {
        const answer = ctx.assessment.answers[q.id];
        if (q.type !== 'table' || !q.id.includes('regime') || answer?.type !== 'table') continue;
        const [first, second] = q.columns ?? [];
        if (first === undefined || second === undefined) continue;
        for (const row of answer.rows) {
          const raw = (row.cells[first.id] ?? '').trim();
          const purpose = first.options?.find((o) => o.id === raw)?.label[ctx.language] ?? raw;
          const value = row.cells[second.id] ?? '';
          const label = second.options?.find((o) => o.id === value)?.label[ctx.language] ?? value;
          const short = /^\d+°/.exec(purpose)?.[0] ?? purpose.slice(0, 40);
          if (label !== '') regimes.push(`${short} ${label}`);
        }
      }
  const sep = ctx.language === 'fr' ? ' ; ' : '; ';
  return regimes.length > 0 ? `${listed.join(sep)}.\n${regimes.join(sep)}.` : `${listed.join(sep)}.`;
}

const ZONE_RANK = { high: 3, significant: 2, moderate: 1, low: 0 } as const;

/** The zone first (a high risk outranks a significant one), then severity, then likelihood. */
const score = (r: Risk) => {
  const s = r.residual.severity ?? 1;
  const v = r.residual.likelihood ?? 1;
  return ZONE_RANK[riskZone(s, v)] * 100 + s * 10 + v;
};

function highestRisks(ctx: ExportContext): string {
  const l = ctx.labels.risks;
  const rated = ctx.assessment.risks.filter(
    (r) => r.residual.severity !== null && r.residual.likelihood !== null,
  );
  if (rated.length === 0) return filedLabelsFor(ctx.language).synthesis.noRisks;
  return [...rated]
    .sort((a, b) => score(b) - score(a))
    .slice(0, LISTED_RISKS)
    .map((r) => {
      const s = r.residual.severity ?? 1;
      const v = r.residual.likelihood ?? 1;
      return `${ctx.riskCodes.get(r.id) ?? ''} – ${r.title} (${l.rating(String(s), String(v))} – ${l.zone[riskZone(s, v)]})`;
    })
    .join('\n');
}

/** The high residual risks, which the controller accepts by validating (ICO: who accepted each high risk). */
export function highResidualRisks(ctx: ExportContext): Risk[] {
  return ctx.assessment.risks.filter(
    (r) =>
      r.residual.severity !== null &&
      r.residual.likelihood !== null &&
      riskZone(r.residual.severity, r.residual.likelihood) === 'high',
  );
}

interface OpenAction {
  title: string;
  owner: string;
  deadline: string;
}

function openActions(ctx: ExportContext): { listed: OpenAction[]; total: number; unassigned: number } {
  const f = filedLabelsFor(ctx.language);
  const actions: OpenAction[] = ctx.assessment.measures
    .filter((m) => m.state === 'planned' && m.progress < 100)
    .map((m) => ({
      title: `${ctx.measureCodes.get(m.id) ?? ''} – ${m.title}`,
      owner: m.owner.trim() === '' ? f.unassigned : m.owner,
      deadline: m.deadline === null ? f.undated : ctx.shortDate(m.deadline),
    }));
  const corrective = Object.values(ctx.assessment.evaluations).filter(
    (e) => e.verdict !== 'acceptable',
  ).length;
  const unassigned =
    actions.filter((a) => a.owner === f.unassigned || a.deadline === f.undated).length + corrective;
  // The nearest deadlines first: what the council will be asked about at the next review.
  const sorted = [...actions].sort((a, b) =>
    a.deadline.split('/').reverse().join('').localeCompare(b.deadline.split('/').reverse().join('')),
  );
  return { listed: sorted.slice(0, LISTED_ACTIONS), total: actions.length + corrective, unassigned };
}

/** Whether the DPO's advice was followed: the decision goes the way of the opinion, or says why it does not. */
function adviceFollowed(ctx: ExportContext): string {
  const s = filedLabelsFor(ctx.language).synthesis;
  const { dpo } = ctx.assessment.opinions;
  const v = ctx.assessment.validation;
  if (dpo.verdict === null || v.decision === null)
    return `${s.followed}: ${ctx.labels.validation.pending.toLowerCase()}`;
  const against = dpo.verdict === 'unfavourable' && v.decision !== 'refused';
  if (!against) return `${s.followed}: ${ctx.labels.yes.toLowerCase()}`;
  const why =
    [v.openFindingsJustification, v.comment].map((t) => t.trim()).find((t) => t !== '') ?? ctx.labels.dash;
  return s.notFollowedBecause(why.replace(/\s+/g, ' ').slice(0, 400));
}

export function synthesis(ctx: ExportContext): FileChild[] {
  const f = filedLabelsFor(ctx.language);
  const s = f.synthesis;
  const { meta, cameras, opinions, validation } = ctx.assessment;
  const dash = ctx.labels.dash;
  const { active, dormant } = modules(ctx, cameras);
  const high = highResidualRisks(ctx);
  const counted = summarizeFindings(ctx.options.findings ?? []);
  const actions = openActions(ctx);
  const dpo = opinions.dpo;
  const recordEntry = recordEntryLine(meta.recordEntry);
  const dpoText =
    dpo.verdict === null
      ? ctx.labels.validation.pending
      : `${ctx.labels.opinions.dpoVerdict[dpo.verdict]}${dpo.name.trim() === '' ? '' : ` (${dpo.name}, ${ctx.date(dpo.date)})`}`;
  const decision =
    validation.decision === null
      ? ctx.labels.validation.pending
      : `${ctx.labels.validation.decisions[validation.decision]}${validation.by.trim() === '' ? '' : ` – ${validation.by}${validation.role.trim() === '' ? '' : `, ${validation.role}`}`}${validation.date === null ? '' : `, ${ctx.date(validation.date)}`}`;
  const accepted =
    high.length === 0
      ? dash
      : high
          .map(
            (r) =>
              `${ctx.riskCodes.get(r.id) ?? ''}: ${validation.decision === null || validation.by.trim() === '' ? ctx.labels.validation.pending : validation.by}`,
          )
          .join('\n');
  const rows: [string, CellContent][] = [
    [s.system, s.systemText(meta.organisation || dash, cameras.length, active, dormant)],
    ...(recordEntry === null ? [] : [[ctx.labels.cover.recordEntry, recordEntry] as [string, CellContent]]),
    [s.purposes, purposesAndRegimes(ctx)],
    [s.highestRisks, highestRisks(ctx)],
    [s.priorConsultation, high.length > 0 ? s.priorRequired : s.priorNotRequired],
    [s.dpoOpinion, `${dpoText}\n${adviceFollowed(ctx)}`],
    [s.decision, decision],
    [s.risksAcceptedBy, accepted],
    [s.openErrors, s.openErrorsText(counted.error, counted.missingAnswers)],
    [s.openActions, s.openActionsText(actions.total, actions.unassigned)],
  ];
  const out: FileChild[] = [
    heading(ctx, 1, s.heading, true),
    keyValueTable(ctx, rows, { labelShare: 0.27 }),
    spacer(),
  ];
  if (actions.listed.length > 0) {
    out.push(
      dataTable(ctx, {
        columns: s.columns.map((header, i) => ({ header, width: [9, 4.5, 2.5][i] ?? 1 })),
        rows: actions.listed.map((a) => [a.title, a.owner, a.deadline]),
      }),
    );
    const more = actions.total - actions.listed.length;
    if (more > 0) out.push(para(ctx, s.moreActions(more), { style: STYLE.note }));
  }
  return out;
}
