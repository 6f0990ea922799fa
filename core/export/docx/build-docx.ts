// Entry point of the Word export: a DPIA document in, the bytes of a styled, editable .docx out.
import {
  Document,
  Footer,
  Header,
  PageOrientation,
  Paragraph,
  SectionType,
  TableOfContents,
  TextRun,
} from 'docx';
import type { FileChild, ISectionOptions } from 'docx';
import { APP_NAME_AND_VERSION } from '../../version.ts';
import type { DpiaDocument } from '../../format/document.ts';
import { attachmentsAnnex } from './attachments.ts';
import { cameraInventory } from './cameras.ts';
import { createContext } from './context.ts';
import type { ExportContext, ExportOptions } from './context.ts';
import { para, startsPage, withoutStrandedSpacers } from './blocks.ts';
import { cover } from './cover.ts';
import { glossary } from './glossary.ts';
import { filedLabelsFor } from './labels-filed.ts';
import { labelsFor } from './labels.ts';
import { synthesis } from './synthesis.ts';
import { documentControl } from './document-control.ts';
import { findingsAnnex } from './findings.ts';
import { headerAndFooter } from './header-footer.ts';
import { legalReferencesAnnex } from './legal-references.ts';
import { actionPlan } from './measures.ts';
import { controllerDecision, dataSubjectsViews, dpoOpinion, signatures } from './opinions-validation.ts';
import { generatedSection, templateSections } from './sections.ts';
import type { GeneratedItem, SectionExtras } from './sections.ts';
import { pageNumberEstimator } from './pagination.ts';
import { packDeterministic } from './package.ts';
import { NUMBERING_OPTIONS, PAGE_MARGINS, PAGE_SIZE, STYLE, TEXT_WIDTH, documentStyles } from './styles.ts';

export type { ExportFinding, ExportOptions, ExportSignature } from './context.ts';

/** The template section that receives the action plan, opinions, decision and signatures, as in the CNIL method. */
const VALIDATION_SECTION_ID = 'validation';

/**
 * Builds the .docx. Pure: no file system, no Node built-ins, so it runs in the CLI, in a worker and in the renderer.
 * The table of contents is a real Word field, filled with the headings here. With `pageNumbers` its page numbers are
 * written too, from docx's layout of the pages (seconds, not milliseconds: an option, for a worker or the CLI);
 * without, Word or LibreOffice page it when they update the field. The same document and options give the same bytes.
 */
export async function buildDocx(doc: DpiaDocument, options: ExportOptions): Promise<Uint8Array> {
  const ctx = createContext(doc, options);
  const file = new Document({
    title: ctx.text(doc.assessment.meta.title),
    subject: ctx.text(`${ctx.labels.documentKind} – ${ctx.local(doc.template.title)}`),
    creator: ctx.text(doc.assessment.meta.authors.join(', ')),
    lastModifiedBy: ctx.text(doc.assessment.meta.authors.at(-1) ?? doc.assessment.meta.dpo),
    keywords: ctx.text([...ctx.labels.keywords, doc.assessment.meta.organisation].join(', ')),
    description: ctx.text(
      ctx.labels.description(doc.assessment.meta.organisation, doc.assessment.meta.version, ctx.statusLabel),
    ),
    features: { updateFields: true },
    // Laying the pages out takes seconds on a large document: only when asked (dpia export --page-numbers).
    pageNumbers: ctx.options.pageNumbers === true ? await pageNumberEstimator() : undefined,
    styles: documentStyles(
      ctx.labels.documentLanguage,
      labelsFor(doc.assessment.meta.language).documentLanguage,
    ),
    numbering: NUMBERING_OPTIONS,
    sections: documentSections(ctx),
  });
  const { meta } = doc.assessment;
  return packDeterministic(
    file,
    {
      created: meta.createdAt,
      modified: meta.modifiedAt,
      language: ctx.labels.documentLanguage,
      application: APP_NAME_AND_VERSION,
      company: meta.organisation,
    },
    ctx.rawRows,
  );
}

function documentSections(ctx: ExportContext): ISectionOptions[] {
  const portrait = headerAndFooter(ctx, TEXT_WIDTH.portrait);
  const landscape = headerAndFooter(ctx, TEXT_WIDTH.landscape);
  const page = (orientation: (typeof PageOrientation)[keyof typeof PageOrientation]) => ({
    size: { ...PAGE_SIZE, orientation },
    margin: PAGE_MARGINS,
  });
  // The cover has no running header or footer; Word wants a paragraph in each part all the same.
  const empty = {
    header: new Header({ children: [new Paragraph({ children: [] })] }),
    footer: new Footer({ children: [new Paragraph({ children: [] })] }),
  };
  const findings = ctx.options.findings ?? [];
  // The first of these annexes opens a new section, hence a new page, so it needs no page break of its own.
  const annexes: FileChild[] = [
    ...(ctx.annex.findings === null ? [] : findingsAnnex(ctx, findings, ctx.annex.findings, false)),
    ...legalReferencesAnnex(ctx, ctx.annex.legalReferences, ctx.annex.findings !== null),
    ...attachmentsAnnex(ctx, ctx.annex.attachments, true),
  ];
  return [
    {
      properties: { titlePage: true, page: page(PageOrientation.PORTRAIT) },
      headers: { default: portrait.header, first: empty.header },
      footers: { default: portrait.footer, first: empty.footer },
      children: withoutStrandedSpacers([
        ...cover(ctx),
        ...tableOfContents(ctx),
        ...synthesis(ctx),
        ...documentControl(ctx),
        ...annexList(ctx),
        ...glossary(ctx),
        ...body(ctx),
      ]),
    },
    {
      properties: { type: SectionType.NEXT_PAGE, page: page(PageOrientation.LANDSCAPE) },
      headers: { default: landscape.header },
      footers: { default: landscape.footer },
      children: withoutStrandedSpacers(cameraInventory(ctx)),
    },
    {
      properties: { type: SectionType.NEXT_PAGE, page: page(PageOrientation.PORTRAIT) },
      headers: { default: portrait.header },
      footers: { default: portrait.footer },
      children: withoutStrandedSpacers(annexes),
    },
  ];
}

function tableOfContents(ctx: ExportContext): FileChild[] {
  return [
    startsPage(
      new Paragraph({
        style: STYLE.tocHeading,
        pageBreakBefore: true,
        children: [new TextRun(ctx.text(ctx.labels.toc.heading))],
      }),
    ),
    new TableOfContents(ctx.text(ctx.labels.toc.heading), { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}

/** The annexes by letter and title, as a reader looks them up from the contents page. */
function annexList(ctx: ExportContext): FileChild[] {
  const l = ctx.labels;
  const titles: [string | null, string][] = [
    [ctx.annex.cameras, l.cameras.annexTitle],
    [ctx.annex.findings, l.findings.heading],
    [ctx.annex.legalReferences, l.legalReferences.heading],
    [ctx.annex.attachments, l.attachments.heading],
  ];
  return [
    // The annexes and the glossary share a page after the contents.
    startsPage(
      new Paragraph({
        style: STYLE.tocHeading,
        pageBreakBefore: true,
        keepNext: true,
        children: [new TextRun(ctx.text(filedLabelsFor(ctx.language).annexList.heading))],
      }),
    ),
    ...titles
      .filter((t): t is [string, string] => t[0] !== null)
      .map(([letter, title]) => para(ctx, `${l.annex(letter)} – ${title}`, { spacingAfter: 40 })),
  ];
}

/** The template's sections, with the action plan, opinions, decision and signatures in its validation section. */
function body(ctx: ExportContext): FileChild[] {
  const l = ctx.labels;
  const closing: GeneratedItem[] = [
    { title: l.opinions.dpoHeading, blocks: dpoOpinion(ctx) },
    { title: l.opinions.dataSubjectsHeading, blocks: dataSubjectsViews(ctx) },
    { title: l.validation.heading, blocks: controllerDecision(ctx) },
    { title: l.validation.signaturesHeading, blocks: signatures(ctx) },
  ];
  const plan: GeneratedItem = { title: l.actionPlan.heading, blocks: actionPlan(ctx) };
  const sections = ctx.template.sections;
  if (sections.some((s) => s.id === VALIDATION_SECTION_ID)) {
    const extras = new Map<string, SectionExtras>([
      [VALIDATION_SECTION_ID, { first: [plan], last: closing }],
    ]);
    return templateSections(ctx, sections, extras);
  }
  return [
    ...templateSections(ctx, sections, new Map()),
    ...generatedSection(ctx, `${sections.length + 1}`, l.validation.sectionTitle, [plan, ...closing]),
  ];
}
