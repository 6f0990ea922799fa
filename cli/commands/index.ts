// The dpia subcommands, in the order --help lists them. Each module declares its own options.
import type { RegisterCommand } from '../io.ts';
import { registerExample } from './example.ts';
import { registerNew } from './new.ts';
import { registerTemplates } from './templates.ts';
import { registerValidate } from './validate.ts';

export const COMMANDS: readonly RegisterCommand[] = [
  registerNew,
  registerExample,
  registerValidate,
  registerTemplates,
];
