// Opinions of the DPO and of the data subjects, the controller's decision, and the signature block.
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { FileChild } from 'docx';
import type { ExportContext } from './context.ts';
import { keyValueTable, para, spacer } from './blocks.ts';
import { richCell } from './rich-text.ts';
import { COLOUR, STYLE, TEXT_WIDTH } from './styles.ts';
import { TRUST_VERDICT_LABELS } from '../../signature/trust.ts';

export function dpoOpinion(ctx: ExportContext): FileChild[] {
  const l = ctx.labels.opinions;
  const { dpo } = ctx.assessment.opinions;
  const dash = ctx.labels.dash;
  return [
    keyValueTable(ctx, [
      [l.name, dpo.name.trim() === '' ? dash : dpo.name],
      [l.date, ctx.date(dpo.date)],
      [l.verdict, dpo.verdict === null ? ctx.labels.validation.pending : l.dpoVerdict[dpo.verdict]],
      [l.text, richCell(ctx, dpo.text)],
    ]),
    spacer(),
  ];
}

export function dataSubjectsViews(ctx: ExportContext): FileChild[] {
  const l = ctx.labels.opinions;
  const views = ctx.assessment.opinions.dataSubjects;
  const sought = views.sought === null ? ctx.labels.dash : views.sought ? ctx.labels.yes : ctx.labels.no;
  const rows: [string, string | Paragraph[]][] = [[l.sought, sought]];
  if (views.sought !== false)
    rows.push([l.method, richCell(ctx, views.method)], [l.summary, richCell(ctx, views.summary)]);
  if (views.sought !== true || views.notSoughtReason.trim() !== '') {
    rows.push([l.notSoughtReason, richCell(ctx, views.notSoughtReason)]);
  }
  return [keyValueTable(ctx, rows), spacer()];
}

export function controllerDecision(ctx: ExportContext): FileChild[] {
  const l = ctx.labels.validation;
  const v = ctx.assessment.validation;
  const dash = ctx.labels.dash;
  const rows: [string, string | Paragraph[]][] = [
    [l.decision, v.decision === null ? l.pending : l.decisions[v.decision]],
    [l.by, v.by.trim() === '' ? dash : v.by],
    [l.role, v.role.trim() === '' ? dash : v.role],
    [l.date, ctx.date(v.date)],
    [l.comment, richCell(ctx, v.comment)],
  ];
  if (v.openFindingsJustification.trim() !== '') {
    rows.push([l.openFindingsJustification, richCell(ctx, v.openFindingsJustification)]);
  }
  return [keyValueTable(ctx, rows), spacer()];
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.border };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** The verdict in colour and words: colour is never the only sign. */
const VERDICT_FILL = { trusted: '2E7D32', 'not-recognised': 'B26A00', broken: 'C62828' } as const;

/**
 * The electronic signature's verdict (trusted, not recognised, broken) when the file carries one, then the boxes
 * to sign on paper, one per signatory: councils sign paper too.
 */
export function signatures(ctx: ExportContext): FileChild[] {
  return [...electronicSignature(ctx), ...paperSignatures(ctx)];
}

function electronicSignature(ctx: ExportContext): FileChild[] {
  const l = ctx.labels.validation;
  const signature = ctx.options.signature;
  if (signature === undefined || signature.verdict === 'unsigned') return [];
  const verdict = TRUST_VERDICT_LABELS[signature.verdict];
  const dash = ctx.labels.dash;
  const rows: [string, string | Paragraph[]][] = [
    [
      l.verdict,
      [
        new Paragraph({
          style: STYLE.tableText,
          children: [
            new TextRun({
              text: ctx.text(verdict.label[ctx.language]),
              bold: true,
              color: VERDICT_FILL[signature.verdict],
            }),
          ],
        }),
        para(ctx, signature.reason?.[ctx.language] ?? verdict.meaning[ctx.language], {
          style: STYLE.tableText,
        }),
      ],
    ],
  ];
  // A broken signature's claims are not printed as facts: only the verdict and why.
  if (signature.verdict !== 'broken') {
    rows.push(
      [l.signedBy, `${signature.signer ?? dash}${signature.role?.trim() ? `, ${signature.role}` : ''}`],
      [l.signedAt, ctx.date(signature.signedAt)],
      [l.keyFingerprint, signature.keyFingerprint ?? dash],
    );
    if (signature.trustedAs) rows.push([l.trustedAs, signature.trustedAs]);
    rows.push([l.contentHash, signature.contentSha256 ?? dash]);
  }
  return [
    para(ctx, l.signedHeading, { run: { bold: true }, keepNext: true }),
    keyValueTable(ctx, rows),
    para(ctx, l.signedNote, { style: STYLE.note }),
    spacer(),
  ];
}

function paperSignatures(ctx: ExportContext): FileChild[] {
  const l = ctx.labels.validation;
  const width = Math.floor(TEXT_WIDTH.portrait / l.signatories.length);
  // A dotted line to write on under each field; the signature gets the most room.
  const line = (room: number) =>
    new Paragraph({
      style: STYLE.tableText,
      spacing: { before: room, after: 120 },
      border: { bottom: { style: BorderStyle.DOTTED, size: 4, color: COLOUR.border, space: 1 } },
      children: [],
    });
  const box = (who: string) =>
    new TableCell({
      borders: { top: LINE, bottom: LINE, left: LINE, right: LINE },
      verticalAlign: VerticalAlignTable.TOP,
      children: [
        new Paragraph({
          style: STYLE.tableHeading,
          spacing: { after: 120 },
          children: [new TextRun(ctx.text(who))],
        }),
        ...l.signatureFields.flatMap((field, i) => [
          para(ctx, `${field}:`, { style: STYLE.tableText, run: { color: COLOUR.muted }, keepNext: true }),
          line(
            i === l.signatureFields.length - 1 ? convertMillimetersToTwip(20) : convertMillimetersToTwip(4),
          ),
        ]),
      ],
    });
  return [
    new Table({
      width: { size: width * l.signatories.length, type: WidthType.DXA },
      columnWidths: l.signatories.map(() => width),
      layout: TableLayoutType.FIXED,
      borders: {
        top: NONE,
        bottom: NONE,
        left: NONE,
        right: NONE,
        insideHorizontal: NONE,
        insideVertical: NONE,
      },
      margins: { top: 120, bottom: 120, left: 160, right: 160 },
      rows: [new TableRow({ cantSplit: true, children: l.signatories.map(box) })],
    }),
  ];
}
