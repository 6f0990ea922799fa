// The built-in examples as documents: each example assessment with a frozen copy of its built-in template.
import type { DpiaDocument } from '../format/document.ts';
import { getBuiltinTemplate } from '../template/builtin.ts';
import { buildExample, buildLargeExample } from './build-example.ts';
import type { ExampleBundle } from './build-example.ts';

function withTemplate({ assessment, attachments }: ExampleBundle): DpiaDocument {
  const template = getBuiltinTemplate(assessment.meta.templateId);
  if (template === undefined) throw new Error(`built-in template "${assessment.meta.templateId}" is missing`);
  return { assessment, template, attachments, signature: null, revisionSnapshots: new Map() };
}

/** The showcase AIPD of Valmont-sur-Escaut, ready to open or save, as of `asOf` (default: its own date). */
export async function buildExampleDocument(asOf?: string): Promise<DpiaDocument> {
  return withTemplate(await buildExample(asOf));
}

/** The benchmark document of DESIGN.md (361 cameras, 25 risks, 60 measures, 5 MiB of attachments). */
export async function buildLargeExampleDocument(): Promise<DpiaDocument> {
  return withTemplate(await buildLargeExample());
}

/** The benchmark document with an inventory of `cameras` cameras, e.g. 5,000 for a metropolitan CSU. */
export async function buildScaledExampleDocument(cameras: number): Promise<DpiaDocument> {
  return withTemplate(await buildLargeExample(cameras));
}
