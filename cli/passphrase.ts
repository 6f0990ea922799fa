// Passphrases of private keys for the CLI: from --passphrase, DPIA_KEY_PASSPHRASE, or asked on the terminal.
import { UsageError, type CommandContext } from './io.ts';

/**
 * The passphrase to use. `option` is commander's value of `--passphrase [text]`: a string, `true` (given without a
 * value: ask), or undefined (not given). Returns undefined when none is wanted.
 */
export async function passphraseFrom(
  context: CommandContext,
  option: string | boolean | undefined,
  options: { confirm: boolean; ask: boolean },
): Promise<string | undefined> {
  const { io, text } = context;
  if (typeof option === 'string') return option;
  const fromEnv = io.env.DPIA_KEY_PASSPHRASE;
  if (option === undefined && fromEnv) return fromEnv;
  if (option !== true && !options.ask) return undefined;
  if (!io.promptSecret) {
    if (option === true) throw new UsageError(text.passphraseNoTerminal);
    return undefined;
  }
  const first = await io.promptSecret(text.passphrasePrompt);
  if (options.confirm && (await io.promptSecret(text.passphraseRepeat)) !== first) {
    throw new UsageError(text.passphraseMismatch);
  }
  return first;
}
