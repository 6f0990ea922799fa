// The document control page: identity of the document, its versions and the history of its status.
import type { FileChild } from 'docx';
import type { ExportContext } from './context.ts';
import { dataTable, heading, keyValueTable, note, spacer } from './blocks.ts';
import type { CellContent } from './blocks.ts';
import { filedLabelsFor } from './labels-filed.ts';
import { richCell } from './rich-text.ts';

export function documentControl(ctx: ExportContext): FileChild[] {
  const { meta, revisions, statusHistory } = ctx.assessment;
  const l = ctx.labels;
  const c = l.control;
  const value = (v: string) => (v.trim() === '' ? l.dash : v);
  const rows: [string, string][] = [
    [c.title, meta.title],
    [c.organisation, value(meta.organisation)],
    [c.version, value(meta.version)],
    [c.status, ctx.statusLabel],
    [c.authors, meta.authors.length > 0 ? meta.authors.join(', ') : l.dash],
    [c.controller, value(meta.controller)],
    [c.dpo, value(meta.dpo)],
    [c.createdAt, ctx.date(meta.createdAt)],
    [c.modifiedAt, ctx.date(meta.modifiedAt)],
    [c.reviewDate, ctx.date(meta.reviewDate)],
    [c.template, `${meta.templateId} ${meta.templateVersion}`],
  ];
  // One hash under one label: a file whose signature is intact shows the signed content's hash, as the signature
  // block does; any other file shows its own content hash.
  const signature = ctx.options.signature;
  if (signature && signature.verdict !== 'broken' && signature.contentSha256) {
    rows.push([l.validation.contentHash, signature.contentSha256]);
  } else if (ctx.options.contentSha256 !== undefined) rows.push([c.contentHash, ctx.options.contentSha256]);

  const out: FileChild[] = [heading(ctx, 1, c.heading, true), keyValueTable(ctx, rows), spacer()];
  out.push(heading(ctx, 2, c.revisions));
  // The version being read is part of the history even before it is frozen as a revision.
  const versions: CellContent[][] = revisions.map((r) => [
    r.label,
    value(r.author),
    ctx.date(r.createdAt),
    richCell(ctx, r.reason),
  ]);
  if (meta.version.trim() !== '' && !revisions.some((r) => r.label.includes(meta.version)))
    versions.push([
      meta.version,
      value(meta.authors.at(-1) ?? ''),
      ctx.date(meta.modifiedAt),
      `${filedLabelsFor(ctx.language).synthesis.versionInProgress} (${l.status[meta.status]})`,
    ]);
  if (versions.length === 0) out.push(note(ctx, c.noRevisions));
  else
    out.push(
      dataTable(ctx, {
        columns: c.revisionColumns.map((header, i) => ({ header, width: [3, 3, 2.2, 6][i] ?? 1 })),
        rows: versions,
      }),
      spacer(),
    );
  if (statusHistory.length > 0) {
    out.push(
      heading(ctx, 2, c.statusHistory),
      dataTable(ctx, {
        columns: c.statusColumns.map((header, i) => ({ header, width: [2.5, 3, 2.2, 6][i] ?? 1 })),
        rows: statusHistory.map((s) => [
          ctx.historyStatusLabel(s.status),
          value(s.by),
          ctx.date(s.at),
          richCell(ctx, s.note),
        ]),
      }),
    );
  }
  return out;
}
