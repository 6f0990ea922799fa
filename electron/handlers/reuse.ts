// Reuse: templates (list, import, save an assessment as one), CNIL PIA imports, and copies for another town.
import path from 'node:path';
import type { TemplateSummary } from '../../core/api.ts';
import { duplicateDocument } from '../../core/assessment/duplicate.ts';
import { DEFAULT_LIMITS } from '../../core/format/limits.ts';
import { importCnilFile } from '../../core/import/cnil/import-file.ts';
import { reportLines } from '../../core/import/cnil/report.ts';
import type { Language } from '../../core/model/localized.ts';
import { readFileWithinLimit } from '../../core/node/dpia-file.ts';
import { installTemplate, readTemplateFile } from '../../core/node/user-template-library.ts';
import { assessmentToTemplate } from '../../core/template/save-as-template.ts';
import type { Template } from '../../core/template/schema.ts';
import type { HandlerContext } from './context.ts';
import { handler, type Handlers } from './define.ts';
import { pickPath } from './pick-file.ts';

type ReuseRequests =
  'listTemplates' | 'importCnil' | 'duplicateDocument' | 'saveAsTemplate' | 'importTemplate';

const userSummary = ({ id, version, title, description }: Template): TemplateSummary => ({
  id,
  version,
  title,
  description,
  origin: 'user',
});

export function reuseHandlers(ctx: HandlerContext): Pick<Handlers, ReuseRequests> {
  const { deps } = ctx;
  const templatesDir = () => deps.preferences.get().userTemplatesDir;
  return {
    listTemplates: handler('listTemplates', async () => (await ctx.templates()).map((t) => t.summary)),

    importCnil: handler('importCnil', async () => {
      const filePath = await pickPath(deps.dialog, ctx.text(), 'cnil');
      if (!filePath) return null;
      const { language } = deps.preferences.get();
      const bytes = await readFileWithinLimit(filePath, DEFAULT_LIMITS.maxFileBytes);
      const options = { now: deps.now(), language };
      // The app imports in its worker thread: a pathological export must not freeze the main process.
      const { document, report } = deps.importCnil
        ? await deps.importCnil(bytes, path.basename(filePath), options)
        : await importCnilFile(bytes, path.basename(filePath), { ...options, newId: deps.newId });
      const lines = (l: Language) => reportLines(report, l, document.template);
      const [fr, en] = [lines('fr'), lines('en')];
      return {
        document: await ctx.open(document, null),
        report: fr.map((line, i) => ({ fr: line, en: en[i] ?? line })),
      };
    }),

    duplicateDocument: handler(
      'duplicateDocument',
      async ({ sessionId, assessment, title, organisation, keepAttachments }) => {
        const session = ctx.sessionOf(sessionId);
        const copy = duplicateDocument(ctx.documentOf(session, assessment), {
          title,
          organisation,
          keepAttachments,
          now: deps.now(),
          newId: deps.newId,
          by: deps.preferences.get().authorName,
        });
        return await ctx.open(copy, null);
      },
    ),

    saveAsTemplate: handler(
      'saveAsTemplate',
      async ({ sessionId, assessment, id, version, title, withAnswers }) => {
        const session = ctx.sessionOf(sessionId);
        const template = assessmentToTemplate(assessment, session.template, {
          id,
          version,
          title,
          withAnswers,
        });
        await installTemplate(templatesDir(), template, { force: false });
        return userSummary(template);
      },
    ),

    importTemplate: handler('importTemplate', async () => {
      const filePath = await pickPath(deps.dialog, ctx.text(), 'template');
      if (!filePath) return null;
      const template = await readTemplateFile(filePath);
      await installTemplate(templatesDir(), template, { force: false });
      return userSummary(template);
    }),
  };
}
