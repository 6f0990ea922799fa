// dpia diff: what changed between two assessments or two revisions; with one file and no revision, its revisions.
import path from 'node:path';
import { Option } from 'commander';
import type { DpiaDocument } from '../../core/format/document.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import { LANGUAGES, type Language } from '../../core/model/localized.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { COLLECTIONS, diffAssessments, isEmptyDiff, type AssessmentDiff } from '../../core/revisions/diff.ts';
import { findRevision, listRevisions, revisionSnapshot } from '../../core/revisions/revisions.ts';
import { allQuestions } from '../../core/template/validate-template.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { CLI_TEXT, type CliText } from '../messages.ts';
import { resolveOutput } from '../output-file.ts';

export interface DiffOptions {
  from?: string;
  to?: string;
  json: boolean;
  lang: Language;
}

/** Lines shown per kind of change: a renumbered inventory must not flood the terminal. */
const MAX_LINES = 25;

interface Side {
  name: string;
  assessment: Assessment;
}

function side(document: DpiaDocument, file: string, revision: string | undefined, text: CliText): Side {
  const name = path.basename(file);
  if (revision === undefined) return { name: `${name} (${text.current})`, assessment: document.assessment };
  const found = findRevision(document, revision);
  return { name: `${name} « ${found.label} »`, assessment: revisionSnapshot(document, revision) };
}

function printRevisions(
  context: CommandContext,
  document: DpiaDocument,
  file: string,
  text: CliText,
  json: boolean,
) {
  const { io } = context;
  const revisions = listRevisions(document);
  if (json) {
    io.stdout(JSON.stringify({ file: path.basename(file), revisions }, null, 2));
    return;
  }
  io.stdout(text.revisionsOf(path.basename(file)));
  if (revisions.length === 0) io.stdout(`  ${text.noRevisions}`);
  for (const r of revisions) {
    const snapshot = r.hasSnapshot ? '' : ` (${text.noSnapshot})`;
    const reason = r.reason.trim() === '' ? '' : ` — ${r.reason.trim().split('\n')[0] ?? ''}`;
    io.stdout(
      `  ${r.id.slice(0, 8)}  ${r.createdAt.slice(0, 10)}  ${r.author || '—'}  « ${r.label} »${snapshot}${reason}`,
    );
  }
  if (revisions.some((r) => r.hasSnapshot)) io.stdout(text.diffHint);
}

function printDiff(
  context: CommandContext,
  diff: AssessmentDiff,
  labels: Map<string, string>,
  text: CliText,
) {
  const { io } = context;
  if (isEmptyDiff(diff)) {
    io.stdout(text.noDifferences);
    return;
  }
  const capped = (lines: string[]): string[] =>
    lines.length <= MAX_LINES
      ? lines
      : [...lines.slice(0, MAX_LINES), `    ${text.andMore(lines.length - MAX_LINES)}`];
  if (diff.fields.length > 0) {
    io.stdout(`${text.changedFields}: ${diff.fields.join(', ')}`);
  }
  for (const collection of COLLECTIONS) {
    const { added, changed, removed } = diff[collection];
    if (added.length + changed.length + removed.length === 0) continue;
    const name = (label: string): string =>
      collection === 'answers' || collection === 'evaluations'
        ? `${label} — ${labels.get(label) ?? ''}`
        : label;
    io.stdout(
      `${text.collections[collection]}: ${text.counts(added.length, changed.length, removed.length)}`,
    );
    for (const line of capped([
      ...added.map((e) => `  + ${name(e.label)}`),
      ...changed.map((e) => `  ~ ${name(e.label)} (${e.fields.join(', ')})`),
      ...removed.map((e) => `  - ${name(e.label)}`),
    ])) {
      io.stdout(line);
    }
  }
  if (diff.statusChanges.length > 0) {
    io.stdout(`${text.statusChanges}:`);
    for (const change of diff.statusChanges) {
      io.stdout(`  ${change.at}  ${change.status}  ${change.by}${change.note ? ` — ${change.note}` : ''}`);
    }
  }
}

export async function runDiff(
  context: CommandContext,
  first: string,
  second: string | undefined,
  options: DiffOptions,
): Promise<void> {
  const { io } = context;
  const text = CLI_TEXT[options.lang];
  const firstFile = resolveOutput(io.cwd, first);
  const a = (await openDpiaFile(firstFile)).document;
  if (second === undefined && options.from === undefined && options.to === undefined) {
    printRevisions(context, a, firstFile, text, options.json);
    return;
  }
  const secondFile = second === undefined ? firstFile : resolveOutput(io.cwd, second);
  const b = second === undefined ? a : (await openDpiaFile(secondFile)).document;
  const before = side(a, firstFile, options.from, text);
  const after = side(b, secondFile, options.to, text);
  const diff = diffAssessments(before.assessment, after.assessment);
  if (options.json) {
    io.stdout(JSON.stringify({ from: before.name, to: after.name, ...diff }, null, 2));
    return;
  }
  // Question and item labels of the newer template, in the chosen language.
  const labels = new Map<string, string>();
  for (const template of [a.template, b.template]) {
    for (const section of template.sections)
      for (const item of section.items) labels.set(item.id, item.title[options.lang]);
    for (const question of allQuestions(template)) labels.set(question.id, question.label[options.lang]);
  }
  io.stdout(text.comparing(before.name, after.name));
  printDiff(context, diff, labels, text);
}

export const registerDiff: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  subcommand('diff', text.diffDescription)
    .argument('<a>', text.diffFirstArgument)
    .argument('[b]', text.diffSecondArgument)
    .option('--from <revision>', text.fromOption)
    .option('--to <revision>', text.toOption)
    .option('--json', text.jsonOption, false)
    .addOption(new Option('--lang <lang>', text.langOption).choices(LANGUAGES).default(context.language))
    .action((a: string, b: string | undefined, options: DiffOptions) => runDiff(context, a, b, options));
};
