// The risk map: severity × likelihood as a coloured 4×4 Word table (still editable), initial and residual, with a key.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { FileChild } from 'docx';
import type { Level, Risk, RiskRating } from '../../model/assessment.ts';
import type { ExportContext } from './context.ts';
import { heading, para, paragraphOf, spacer } from './blocks.ts';
import { RISK_ZONES, riskZone } from '../../risk/zone.ts';
import { COLOUR, STYLE, TEXT_WIDTH, ZONE_FILL } from './styles.ts';

const LEVELS: readonly Level[] = [1, 2, 3, 4];
const BORDER = { style: BorderStyle.SINGLE, size: 6, color: 'FFFFFF' };
const AXIS_BORDER = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.border };
const CELL_HEIGHT = convertMillimetersToTwip(15);

/** The label of a level on the template's scale, e.g. « 3. Importante ». */
export function levelLabel(ctx: ExportContext, scale: 'severity' | 'likelihood', level: Level): string {
  const entry = ctx.template.knowledgeBase.scales[scale].find((s) => s.level === level);
  return entry === undefined ? `${level}` : `${level}. ${ctx.local(entry.label)}`;
}

export function riskMaps(ctx: ExportContext): FileChild[] {
  const l = ctx.labels.risks;
  const { risks } = ctx.assessment;
  return [
    heading(ctx, 3, l.mapHeading),
    ...oneMap(ctx, l.initialMap, risks, (r) => r.initial),
    ...oneMap(ctx, l.residualMap, risks, (r) => r.residual),
    ...legend(ctx, risks),
  ];
}

function oneMap(
  ctx: ExportContext,
  title: string,
  risks: readonly Risk[],
  rating: (risk: Risk) => RiskRating,
): FileChild[] {
  const l = ctx.labels.risks;
  const inCell = new Map<string, string[]>();
  const notRated: string[] = [];
  for (const risk of risks) {
    const code = ctx.riskCodes.get(risk.id) ?? '';
    const { severity, likelihood } = rating(risk);
    if (severity === null || likelihood === null) notRated.push(code);
    else inCell.set(`${severity}-${likelihood}`, [...(inCell.get(`${severity}-${likelihood}`) ?? []), code]);
  }
  const axisWidth = convertMillimetersToTwip(32);
  const cellWidth = Math.floor((TEXT_WIDTH.portrait - axisWidth) / 4);
  const axisCell = (text: string, bold = false) =>
    new TableCell({
      verticalAlign: VerticalAlignTable.CENTER,
      borders: { top: AXIS_BORDER, bottom: AXIS_BORDER, left: AXIS_BORDER, right: AXIS_BORDER },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.headerFill },
      children: [
        para(ctx, text, { style: STYLE.tableHeading, alignment: AlignmentType.CENTER, run: { bold } }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      axisCell(`${l.severity} →\n${l.likelihood} ↓`, true),
      ...LEVELS.map((s) => axisCell(levelLabel(ctx, 'severity', s))),
    ],
  });
  // Likelihood grows upwards, as on the CNIL's map: the top-right corner is the worst.
  const rows = [...LEVELS].reverse().map(
    (likelihood) =>
      new TableRow({
        cantSplit: true,
        height: { value: CELL_HEIGHT, rule: HeightRule.ATLEAST },
        children: [
          axisCell(levelLabel(ctx, 'likelihood', likelihood)),
          ...LEVELS.map((severity) =>
            mapCell(ctx, severity, likelihood, inCell.get(`${severity}-${likelihood}`) ?? []),
          ),
        ],
      }),
  );
  const out: FileChild[] = [
    para(ctx, title, { style: STYLE.caption, keepNext: true }),
    new Table({
      rows: [header, ...rows],
      width: { size: axisWidth + 4 * cellWidth, type: WidthType.DXA },
      columnWidths: [axisWidth, cellWidth, cellWidth, cellWidth, cellWidth],
      layout: TableLayoutType.FIXED,
      borders: {
        top: BORDER,
        bottom: BORDER,
        left: BORDER,
        right: BORDER,
        insideHorizontal: BORDER,
        insideVertical: BORDER,
      },
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
    }),
  ];
  if (notRated.length > 0)
    out.push(para(ctx, `${l.notRatedList}: ${notRated.join(', ')}.`, { style: STYLE.note }));
  out.push(spacer(160));
  return out;
}

/** A cell says its zone and the codes of its risks, so the map reads without colour. */
function mapCell(
  ctx: ExportContext,
  severity: Level,
  likelihood: Level,
  codes: readonly string[],
): TableCell {
  const zone = riskZone(severity, likelihood);
  const children = [
    paragraphOf([new TextRun({ text: ctx.text(ctx.labels.risks.zone[zone]), italics: true, size: 16 })], {
      style: STYLE.tableText,
      alignment: AlignmentType.CENTER,
    }),
  ];
  if (codes.length > 0) {
    children.push(
      paragraphOf([new TextRun({ text: codes.join(', '), bold: true })], {
        style: STYLE.tableText,
        alignment: AlignmentType.CENTER,
      }),
    );
  }
  return new TableCell({
    verticalAlign: VerticalAlignTable.CENTER,
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: ZONE_FILL[zone] },
    children,
  });
}

function legend(ctx: ExportContext, risks: readonly Risk[]): FileChild[] {
  const l = ctx.labels.risks;
  const swatchWidth = convertMillimetersToTwip(28);
  const zones = new Table({
    width: { size: TEXT_WIDTH.portrait, type: WidthType.DXA },
    columnWidths: [swatchWidth, TEXT_WIDTH.portrait - swatchWidth],
    layout: TableLayoutType.FIXED,
    borders: {
      top: AXIS_BORDER,
      bottom: AXIS_BORDER,
      left: AXIS_BORDER,
      right: AXIS_BORDER,
      insideHorizontal: AXIS_BORDER,
      insideVertical: AXIS_BORDER,
    },
    margins: { top: 30, bottom: 30, left: 80, right: 80 },
    rows: RISK_ZONES.map(
      (zone) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: ZONE_FILL[zone] },
              children: [
                para(ctx, l.zone[zone], { style: STYLE.tableText, alignment: AlignmentType.CENTER }),
              ],
            }),
            new TableCell({ children: [para(ctx, l.zoneRule[zone], { style: STYLE.tableText })] }),
          ],
        }),
    ),
  });
  // A tab stop lines the titles up whatever the width of the code (R1, R10).
  const tab = convertMillimetersToTwip(10);
  const codes = risks.map(
    (r) =>
      new Paragraph({
        style: STYLE.tableText,
        tabStops: [{ type: TabStopType.LEFT, position: tab }],
        indent: { left: tab, hanging: tab },
        children: [
          new TextRun({ text: ctx.riskCodes.get(r.id) ?? '', bold: true }),
          new TextRun({ children: [new Tab(), ctx.text(r.title)] }),
        ],
      }),
  );
  return [
    para(ctx, l.legendHeading, { run: { bold: true }, keepNext: true }),
    zones,
    para(ctx, l.zoneNote, { style: STYLE.note }),
    ...codes,
    spacer(),
  ];
}
