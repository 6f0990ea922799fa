// The camera inventory: a summary where the question is asked, and the full table in a landscape annex.
import type { FileChild } from 'docx';
import type { Camera, Capability } from '../../model/assessment.ts';
import type { ExportContext } from './context.ts';
import { heading, notAnswered, para } from './blocks.ts';
import type { Column } from './blocks.ts';
import { rawRowsTable } from './raw-rows.ts';
import type { RawCell } from './raw-rows.ts';
import { richText } from './rich-text.ts';
import { STYLE, TEXT_WIDTH } from './styles.ts';

const CAPABILITIES = ['audio', 'analytics', 'facialRecognition', 'lapi'] as const;

/** What the cameras question shows: counts, capabilities switched on, and where the full inventory is. */
export function cameraSummary(
  ctx: ExportContext,
  comment: string | undefined,
  optional: boolean,
): FileChild[] {
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
    { header: c.code, width: 14 },
    { header: c.location, width: 40 },
    { header: c.type, width: 10 },
    { header: c.purposes, width: 13 },
    { header: c.hours, width: 15 },
    { header: c.masks, width: 16 },
    { header: c.nearHomes, width: 14 },
    { header: c.audio, width: 15.5 },
    { header: c.analytics, width: 15.5 },
    { header: c.facialRecognition, width: 15.5 },
    { header: c.lapi, width: 15.5 },
    { header: c.owner, width: 24 },
    { header: c.authorisation, width: 47 },
  ];
  const title = `${ctx.labels.annex(ctx.annex.cameras)} – ${l.annexTitle}`;
  const { cameras } = ctx.assessment;
  if (cameras.length === 0) return [heading(ctx, 1, title), para(ctx, l.empty)];
  // The key comes first: a reader meets the codes on the first page of the table, not after twenty pages.
  return [
    heading(ctx, 1, title),
    para(
      ctx,
      `${l.purposesLegendTitle}: ${l.purposes.map((p, i) => `${l.purposeNumber(i + 1)} ${p}`).join('; ')}.`,
      { style: STYLE.note },
    ),
    para(ctx, `${l.capabilityLegend} ${l.ownerLegend(ctx.assessment.meta.organisation)}`, {
      style: STYLE.note,
    }),
    rawRowsTable(ctx, ctx.rawRows, {
      columns,
      rows: cameras.map((camera) => cameraRow(ctx, camera)),
      width: TEXT_WIDTH.landscape,
      style: STYLE.compact,
      headerStyle: STYLE.compactHeading,
      cellMargins: { top: 20, bottom: 20, left: 50, right: 50 },
    }),
  ];
}

function cameraRow(ctx: ExportContext, camera: Camera): RawCell[] {
  const l = ctx.labels.cameras;
  const dash = ctx.labels.dash;
  const orDash = (v: string) => (v.trim() === '' ? dash : v);
  // The organisation owns most cameras: naming it on each of hundreds of rows would only hide the exceptions.
  const owner = [
    camera.owner.trim() === ctx.assessment.meta.organisation.trim() ? '' : camera.owner.trim(),
    camera.donor.trim() === '' ? '' : `${l.donatedBy} ${camera.donor.trim()}`,
  ]
    .filter((v) => v !== '')
    .join('\n');
  // Short dates keep a row on one line: 361 rows should not take twice the pages.
  const reference = camera.authorisationReference.trim();
  const expiry = camera.authorisationExpiry === null ? '' : ctx.shortDate(camera.authorisationExpiry);
  const authorisation = reference !== '' && expiry !== '' ? `${reference} (${expiry})` : reference || expiry;
  const cells = [
    camera.code,
    orDash(camera.location),
    l.type[camera.type],
    camera.purposes.length === 0 ? dash : camera.purposes.map((p) => l.purposeNumber(p)).join(', '),
    orDash(camera.hours),
    l.masks[camera.privacyMasks],
    camera.nearHomes ? ctx.labels.yes : ctx.labels.no,
  ].map((text): RawCell => ({ text }));
  const capabilities = [camera.audio, camera.analytics, camera.facialRecognition, camera.lapi].map((value) =>
    capability(ctx, value),
  );
  return [
    ...cells,
    ...capabilities,
    { text: owner === '' ? dash : owner },
    { text: authorisation === '' ? dash : authorisation },
  ];
}

/** A capability in use is written in bold capitals, so it stands out in print, in colour or not. */
function capability(ctx: ExportContext, value: Capability): RawCell {
  return { text: ctx.labels.cameras.capability[value], bold: value === 'present-enabled' };
}
