// The state a CNIL import builds up pass after pass: answers, measures, risks, evaluations, and its report.
import type { Evaluation, Measure, Risk } from '../../model/assessment.ts';
import type { Language } from '../../model/localized.ts';
import type { FearedEvent } from '../../model/vocabulary.ts';
import { cnilTextToPlain, joinMarkdown, markdownParagraph } from './html-to-markdown.ts';
import type { KeptIn, ReportEntry, ReportKind } from './report.ts';
import type { CnilExport } from './schema.ts';
import { IMPORT_TEXTS, type ImportTexts } from './texts.ts';
import { RICH_MAX, SHORT_MAX } from './import-values.ts';

export interface ImportCnilOptions {
  now: Date;
  newId: () => string;
  /** Language of the new assessment and of the few texts the import writes (headings, notes). Default French. */
  language?: Language;
  /** The file's name, for messages. */
  file?: string;
}

export interface Section {
  heading: string;
  body: string;
}

/** Everything the import has collected so far, and the ways its passes write into it. */
export class ImportState {
  readonly t: ImportTexts;
  readonly entries: ReportEntry[] = [];
  readonly answers = new Map<string, string>();
  readonly appended = new Map<string, Section[]>();
  readonly measures: { cnilId: number | null; measure: Measure }[] = [];
  readonly risks = new Map<FearedEvent, Risk>();
  readonly evaluations: Record<string, Evaluation> = {};
  mappedEvaluations = 0;
  mappedComments = 0;

  constructor(
    readonly exported: CnilExport,
    readonly options: ImportCnilOptions,
    readonly language: Language,
  ) {
    this.t = IMPORT_TEXTS[language];
  }

  report(kind: ReportKind, reference: string, keptIn: KeptIn, count?: number): void {
    this.entries.push({ kind, reference, keptIn, ...(count === undefined ? {} : { count }) });
  }

  /** Adds a headed block under a target (`answer:<id>`, `measure:<index>`, `risk:<event>`). */
  append(target: string, heading: string, body: string): void {
    if (body.trim() === '') return;
    const list = this.appended.get(target) ?? [];
    list.push({ heading, body });
    this.appended.set(target, list);
  }

  /** The headed blocks of a target, each heading once, in the order they came. */
  appendix(target: string): string {
    const groups = new Map<string, string[]>();
    for (const { heading, body } of this.appended.get(target) ?? []) {
      groups.set(heading, [...(groups.get(heading) ?? []), body]);
    }
    return joinMarkdown(
      ...[...groups].flatMap(([heading, bodies]) => [
        markdownParagraph(heading, { strong: true }),
        ...bodies,
      ]),
    );
  }

  rich(markdown: string, where: string): string {
    if (markdown.length <= RICH_MAX) return markdown;
    this.report('truncated', where, { kind: 'nowhere' });
    return markdown.slice(0, RICH_MAX);
  }

  short(text: string, where: string, keptIn: KeptIn): string {
    if (text.length <= SHORT_MAX) return text;
    this.report('truncated', where, keptIn);
    return text.slice(0, SHORT_MAX);
  }

  private evaluatorName: string | undefined;
  get evaluator(): string {
    this.evaluatorName ??= this.short(cnilTextToPlain(this.exported.pia.evaluator_name), 'evaluator_name', {
      kind: 'nowhere',
    });
    return this.evaluatorName;
  }
}
