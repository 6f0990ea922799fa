// dpia example: the built-in example, or the large benchmark assessment.
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import {
  buildExampleDocument,
  buildLargeExampleDocument,
  buildScaledExampleDocument,
} from '../../core/example/example-document.ts';
import { writeDpia } from '../../core/format/write-dpia.ts';
import { isoDay } from '../../core/checks/index.ts';
import { asOfOption } from '../as-of.ts';
import { APP_NAME_AND_VERSION } from '../../core/version.ts';
import type { CommandContext, RegisterCommand } from '../io.ts';
import { refuseExisting, resolveOutput, writeOutput } from '../output-file.ts';

export interface ExampleOptions {
  output: string;
  large: boolean;
  /** The benchmark reference with that many cameras. */
  cameras?: number;
  /** The example's date (default: today): its authorisations are dated from it. */
  asOf?: string;
  force: boolean;
}

export async function runExample(context: CommandContext, options: ExampleOptions): Promise<void> {
  const { io, text } = context;
  const output = resolveOutput(io.cwd, options.output);
  await refuseExisting(output, options.force);
  const { cameras } = options;
  const document =
    cameras !== undefined
      ? await buildScaledExampleDocument(cameras)
      : options.large
        ? await buildLargeExampleDocument()
        : await buildExampleDocument(options.asOf ?? isoDay(io.now()));
  const { bytes } = await writeDpia(document, {
    createdWith: APP_NAME_AND_VERSION,
    file: path.basename(output),
  });
  await writeOutput(output, bytes);
  io.stdout(text.created(output));
}

/** The generator places the town's own groups of cameras first (donated, lapsed…), hence the lower bound. */
function cameraCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 400 || count > 20_000) throw new InvalidArgumentError('400–20000');
  return count;
}

export const registerExample: RegisterCommand = ({ context, subcommand }) => {
  const { text } = context;
  subcommand('example', text.exampleDescription)
    .requiredOption('-o, --output <file>', text.outputOption)
    .option('--large', text.largeOption, false)
    .option('--cameras <count>', text.camerasOption, cameraCount)
    .addOption(asOfOption(text, text.exampleAsOfOption))
    .option('-f, --force', text.forceOption, false)
    .action((options: ExampleOptions) => runExample(context, options));
};
