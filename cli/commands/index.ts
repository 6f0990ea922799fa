// The dpia subcommands, in the order --help lists them. Each module declares its own options.
import type { RegisterCommand } from '../io.ts';
import { registerArchive } from './archive.ts';
import { registerCheck } from './check.ts';
import { registerCsv } from './csv.ts';
import { registerDiff } from './diff.ts';
import { registerDuplicate } from './duplicate.ts';
import { registerExample } from './example.ts';
import { registerExport } from './export.ts';
import { registerFix } from './fix.ts';
import { registerImportCnil } from './import-cnil.ts';
import { registerKeygen } from './keygen.ts';
import { registerNew } from './new.ts';
import { registerNotice } from './notice.ts';
import { registerRegister } from './register.ts';
import { registerRecordRow } from './record-row.ts';
import { registerSign } from './sign.ts';
import { registerStatus } from './status.ts';
import { registerTemplate } from './template.ts';
import { registerTemplates } from './templates.ts';
import { registerUpgrade } from './upgrade.ts';
import { registerTrust } from './trust.ts';
import { registerValidate } from './validate.ts';
import { registerVerify } from './verify.ts';

export const COMMANDS: readonly RegisterCommand[] = [
  registerNew,
  registerExample,
  registerValidate,
  registerExport,
  registerNotice,
  registerCheck,
  registerFix,
  registerStatus,
  registerKeygen,
  registerSign,
  registerVerify,
  registerArchive,
  registerTrust,
  registerDiff,
  registerTemplates,
  registerTemplate,
  registerUpgrade,
  registerImportCnil,
  registerDuplicate,
  registerCsv,
  registerRegister,
  registerRecordRow,
];
