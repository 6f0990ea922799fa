// dpia notice: what the public must be told, from an assessment: the information sign or the web notice.
import path from 'node:path';
import { Option } from 'commander';
import { LANGUAGES, type Language } from '../../core/model/localized.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { noticeFacts } from '../../core/notices/facts.ts';
import { NOTICE_KINDS, SIGN_SIZES, missingFor } from '../../core/notices/kinds.ts';
import type { NoticeKind, SignSize } from '../../core/notices/kinds.ts';
import { UsageError } from '../io.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { refuseExisting, resolveOutput, writeOutput } from '../output-file.ts';

export type NoticeFormat = 'docx' | 'html';
const FORMATS: readonly NoticeFormat[] = ['docx', 'html'];

export interface NoticeCommandOptions {
  kind: NoticeKind;
  size: SignSize;
  format?: NoticeFormat;
  output?: string;
  lang?: Language;
  force: boolean;
}

/** The format asked for, else the one the output's name says, else Word. */
function formatOf(options: NoticeCommandOptions): NoticeFormat {
  if (options.format) return options.format;
  return options.output && /\.html?$/iu.test(options.output) ? 'html' : 'docx';
}

function defaultName(source: string, options: NoticeCommandOptions, format: NoticeFormat): string {
  const base = path.basename(source).replace(/\.dpia$/iu, '');
  const suffix = options.kind === 'sign' ? `sign-${options.size}` : 'web-notice';
  return path.join(path.dirname(source), `${base}-${suffix}.${format}`);
}

export async function runNotice(
  context: CommandContext,
  file: string,
  options: NoticeCommandOptions,
): Promise<void> {
  const { io, text } = context;
  const format = formatOf(options);
  if (options.kind === 'sign' && format !== 'docx') throw new UsageError(text.noticeSignIsWord);
  // A Word file named .html (or the reverse) would open as garbage: the name must say what the file is.
  // A Word file named .html (or the reverse) would open as garbage: the name must say what the file is.
  const extension = options.output ? path.extname(options.output).toLowerCase() : `.${format}`;
  if ((extension === '.htm' ? '.html' : extension) !== `.${format}`)
    throw new UsageError(text.noticeExtension(format));
  const source = resolveOutput(io.cwd, file);
  const output = options.output
    ? resolveOutput(io.cwd, options.output)
    : defaultName(source, options, format);
  await refuseExisting(output, options.force);
  const { document } = await openDpiaFile(source);
  const { assessment, template } = document;
  const language = options.lang ?? assessment.meta.language;
  // Loaded here, not at start: the docx library is the largest part of the command, as for `dpia export`.
  const notices = await import('../../core/notices/index.ts');
  const bytes =
    options.kind === 'sign'
      ? await notices.buildSignDocx(assessment, template, { language, size: options.size })
      : format === 'html'
        ? new TextEncoder().encode(notices.buildWebNoticeHtml(assessment, template, { language }))
        : await notices.buildWebNoticeDocx(assessment, template, { language });
  await writeOutput(output, bytes);
  io.stdout(text.noticeWritten(output));
  const missing = missingFor(noticeFacts(assessment, template, language), options.kind);
  io.stdout(
    missing.length === 0
      ? text.noticeComplete
      : text.noticeMissing(missing.length, missing.map((m) => m.label).join(', ')),
  );
}

export const registerNotice: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  subcommand('notice', text.noticeDescription)
    .argument('<file>', text.fileArgument)
    .addOption(new Option('--kind <kind>', text.noticeKindOption).choices(NOTICE_KINDS).makeOptionMandatory())
    .addOption(new Option('--size <size>', text.noticeSizeOption).choices(SIGN_SIZES).default('A4'))
    .addOption(new Option('--format <format>', text.noticeFormatOption).choices(FORMATS))
    .option('-o, --output <file>', text.noticeOutputOption)
    .addOption(new Option('--lang <lang>', text.noticeLangOption).choices(LANGUAGES))
    .option('-f, --force', text.forceOption, false)
    .action((file: string, options: NoticeCommandOptions) => runNotice(context, file, options));
};
