// The camera inventory: a summary where the question is asked, and the full table in a landscape annex.
import { Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { Camera, Capability } from '../../model/assessment.ts';
import type { ExportContext } from './context.ts';
import { dataTable, heading, notAnswered, para, spacer } from './blocks.ts';
import type { CellContent, Column } from './blocks.ts';
import { richText } from './rich-text.ts';
import { STYLE, TEXT_WIDTH } from './styles.ts';

const CAPABILITIES = ['audio', 'analytics', 'facialRecognition', 'lapi'] as const;

/** What the cameras question shows: counts, capabilities switched on, and where the full inventory is. */
export function cameraSummary(ctx: ExportContext, comment: string | undefined, optional: boolean): FileChild[] {
  const l = ctx.labels.cameras;
  const { cameras } = ctx.assessment;
  const commentBlocks = comment === undefined ? [] : richText(ctx, comment);
  if (cameras.length === 0) return [notAnswered(ctx, optional), ...commentBlocks];
  const out: FileChild[] = [para(ctx, l.summary(cameras.length, cameras.filter((c) => c.nearHomes).length))];
  const enabled = CAPABILITIES.map((cap) => ({
    cap,
    count: cameras.filter((c) => c[cap] === 'present-enabled').length,
  })).filter((e) => e.count > 0);
  if (enabled.length > 0) {
    const list = enabled.map((e) => `${l.capabilityNames[e.cap]} (${e.count})`).join(', ');
    out.push(para(ctx, `${l.enabledCapabilities}: ${list}.`));
  }
  out.push(...commentBlocks, para(ctx, l.seeAnnex(ctx.annex.cameras), { style: STYLE.note }));
  return out;
}

/** The annex of the landscape section: one row per camera, in a compact table whose header repeats on each page. */
export function cameraInventory(ctx: ExportContext): FileChild[] {
  const l = ctx.labels.cameras;
  const c = l.columns;
  const columns: Column[] = [
    { header: c.code, width: 5.5 },
    { header: c.location, width: 16 },
    { header: c.type, width: 4.5 },
    { header: c.purposes, width: 6 },
    { header: c.hours, width: 5.5 },
    { header: c.masks, width: 7 },
    { header: c.nearHomes, width: 7.5 },
    { header: c.audio, width: 5 },
    { header: c.analytics, width: 6.5 },
    { header: c.facialRecognition, width: 6.5 },
    { header: c.lapi, width: 5 },
    { header: c.owner, width: 9 },
    { header: c.authorisation, width: 15 },
  ];
  const title = `${ctx.labels.annex(ctx.annex.cameras)} – ${l.annexTitle}`;
  const { cameras } = ctx.assessment;
  if (cameras.length === 0) return [heading(ctx, 1, title), para(ctx, l.empty)];
  return [
    heading(ctx, 1, title),
    dataTable(ctx, {
      columns,
      rows: cameras.map((camera) => cameraRow(ctx, camera)),
      width: TEXT_WIDTH.landscape,
      style: STYLE.compact,
      headerStyle: STYLE.compactHeading,
    }),
    spacer(),
    para(ctx, `${l.purposesLegendTitle}: ${l.purposes.map((p, i) => `${l.purposeNumber(i + 1)} ${p}`).join('; ')}.`, {
      style: STYLE.note,
    }),
    para(ctx, l.capabilityLegend, { style: STYLE.note }),
  ];
}

function cameraRow(ctx: ExportContext, camera: Camera): CellContent[] {
  const l = ctx.labels.cameras;
  const dash = ctx.labels.dash;
  const orDash = (v: string) => (v.trim() === '' ? dash : v);
  const owner = camera.donor.trim() === '' ? orDash(camera.owner) : `${orDash(camera.owner)} (${l.donatedBy} ${camera.donor})`;
  // Short dates keep a row on one line: 361 rows should not take twice the pages.
  const reference = camera.authorisationReference.trim();
  const expiry = camera.authorisationExpiry === null ? '' : ctx.shortDate(camera.authorisationExpiry);
  const authorisation = reference !== '' && expiry !== '' ? `${reference} (${expiry})` : reference || expiry;
  return [
    camera.code,
    orDash(camera.location),
    l.type[camera.type],
    camera.purposes.length === 0 ? dash : camera.purposes.map((p) => l.purposeNumber(p)).join(', '),
    orDash(camera.hours),
    l.masks[camera.privacyMasks],
    camera.nearHomes ? ctx.labels.yes : ctx.labels.no,
    capability(ctx, camera.audio),
    capability(ctx, camera.analytics),
    capability(ctx, camera.facialRecognition),
    capability(ctx, camera.lapi),
    owner,
    authorisation === '' ? dash : authorisation,
  ];
}

/** A capability in use is written in bold capitals, so it stands out in print, in colour or not. */
function capability(ctx: ExportContext, value: Capability): CellContent {
  const word = ctx.labels.cameras.capability[value];
  if (value !== 'present-enabled') return word;
  return [new Paragraph({ style: STYLE.compact, children: [new TextRun({ text: ctx.text(word), bold: true })] })];
}
