// The user's template library on disk: installing a template file (one file per id and version), and finding a
// template by id and version among the built-in ones and the user's.
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DpiaError } from '../errors.ts';
import { BUILTIN_TEMPLATE_IDS, getBuiltinTemplate } from '../template/builtin.ts';
import type { Template } from '../template/schema.ts';
import {
  compareVersions,
  exportTemplateFile,
  importTemplateFile,
  MAX_TEMPLATE_FILE_BYTES,
  sameTemplate,
  templateFileName,
} from '../template/template-file.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { readFileWithinLimit } from './dpia-file.ts';
import { listUserTemplates } from './user-templates.ts';

export type InstallOutcome = 'installed' | 'unchanged' | 'replaced';

export interface InstallResult {
  file: string;
  template: Template;
  outcome: InstallOutcome;
}

/** Reads a template file from disk, within the size limit, through every check. */
export async function readTemplateFile(file: string): Promise<Template> {
  return importTemplateFile(await readFileWithinLimit(file, MAX_TEMPLATE_FILE_BYTES), path.basename(file));
}

/**
 * Adds a template to the folder as `<id>-<version>.json`. The same template already there changes nothing; a
 * different one with the same id and version is refused unless `force`, which replaces it. Built-in ids are refused.
 */
export async function installTemplate(
  directory: string,
  template: Template,
  options: { force: boolean },
): Promise<InstallResult> {
  if (BUILTIN_TEMPLATE_IDS.includes(template.id))
    throw new DpiaError('builtin-template-id', { id: template.id });
  const target = path.join(directory, templateFileName(template));
  const existing = (await listUserTemplates(directory)).flatMap((entry) =>
    'template' in entry && entry.template.id === template.id && entry.template.version === template.version
      ? [entry]
      : [],
  );
  if (existing.some((entry) => sameTemplate(entry.template, template)))
    return { file: existing[0]!.file, template, outcome: 'unchanged' };
  const clash = existing[0];
  if (clash && !options.force) {
    throw new DpiaError('template-exists', {
      id: template.id,
      version: template.version,
      file: path.basename(clash.file),
    });
  }
  // A file of that name that is not a valid template (or another template) is replaced only with force, too.
  if (!clash && !options.force && (await exists(target)))
    throw new DpiaError('template-exists', {
      id: template.id,
      version: template.version,
      file: path.basename(target),
    });
  await mkdir(directory, { recursive: true, mode: 0o700 }); // a new folder is the user's own
  try {
    await writeFileAtomic(target, exportTemplateFile(template));
  } catch (error) {
    const detail = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new DpiaError('write-failed', { file: path.basename(target), detail });
  }
  for (const entry of existing) if (entry.file !== target) await rm(entry.file, { force: true });
  return { file: target, template, outcome: clash ? 'replaced' : 'installed' };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** A built-in template, or the user's template with that id: the given version, else the highest one. */
export async function findTemplateVersion(
  directory: string,
  id: string,
  version?: string,
): Promise<Template> {
  const builtin = getBuiltinTemplate(id);
  const user = (await listUserTemplates(directory)).flatMap((entry) =>
    'template' in entry ? [entry.template] : [],
  );
  const candidates = [...(builtin ? [builtin] : []), ...user.filter((t) => t.id === id)];
  if (candidates.length === 0) {
    const available = [...BUILTIN_TEMPLATE_IDS, ...new Set(user.map((t) => t.id))];
    throw new DpiaError('unknown-template', { id, available: available.join(', ') });
  }
  if (version !== undefined) {
    const found = candidates.find((t) => t.version === version);
    if (found) return found;
    throw new DpiaError('unknown-template-version', {
      id,
      version,
      available: candidates.map((t) => t.version).join(', '),
    });
  }
  return candidates.sort((a, b) => compareVersions(b.version, a.version))[0]!;
}
