// Export to Word: where to write it, then the build in the worker with progress, then an atomic write.
import path from 'node:path';
import { exportOptionsFor } from '../../core/export/export-options.ts';
import { writeFileAtomic } from '../../core/node/atomic-write.ts';
import { readTrustList } from '../../core/node/trust-store.ts';
import type { ExportProgress } from '../../core/api.ts';
import type { HandlerContext } from './context.ts';
import { handler, type Handlers } from './define.ts';
import { pickSavePath, safeFileName } from './pick-file.ts';

export function exportHandlers(ctx: HandlerContext): Pick<Handlers, 'exportDocx' | 'exportNotice'> {
  const { deps } = ctx;
  return {
    exportDocx: handler('exportDocx', async ({ sessionId, assessment, language, pageNumbers, marking }) => {
      const session = ctx.sessionOf(sessionId);
      const document = ctx.documentOf(session, assessment);
      const t = ctx.text();
      const base = session.filePath
        ? session.filePath.replace(/\.dpia$/i, '')
        : safeFileName(assessment.meta.title, t.defaultFileName);
      const target = await pickSavePath(deps.dialog, {
        title: t.dialog.exportTitle,
        defaultPath: `${base}.docx`,
        filter: { name: t.dialog.wordFilter, extensions: ['docx'] },
      });
      if (!target) return null;
      const progress = (fraction: number, stage: ExportProgress['stage']) =>
        deps.notify({ channel: 'export-progress', payload: { sessionId, fraction, stage } });
      progress(0, 'building');
      // The app runs the checks in its worker thread; tests run them in-process.
      const findings = await deps.exportFindings?.(document, language, deps.now());
      const options = await exportOptionsFor(document, {
        language,
        now: deps.now(),
        file: path.basename(session.filePath ?? target),
        trustList: (await readTrustList(ctx.trustDir)).keys,
        ...(findings ? { findings } : {}),
        pageNumbers,
        marking,
      });
      const bytes = await deps.buildDocx(document, options, (fraction) =>
        progress(fraction * 0.9, 'packing'),
      );
      progress(0.95, 'writing');
      await writeFileAtomic(target, bytes);
      ctx.knownFiles.add(target);
      progress(1, 'done');
      return { filePath: target, savedAt: deps.now().toISOString() };
    }),

    exportNotice: handler('exportNotice', async ({ sessionId, assessment, kind, format, size, language }) => {
      const session = ctx.sessionOf(sessionId);
      const { template } = ctx.documentOf(session, assessment);
      const t = ctx.text();
      const base = session.filePath
        ? session.filePath.replace(/\.dpia$/i, '')
        : safeFileName(assessment.meta.title, t.defaultFileName);
      const extension = kind === 'sign' ? 'docx' : format;
      const suffix = kind === 'sign' ? t.dialog.signFileSuffix(size) : t.dialog.webFileSuffix;
      const target = await pickSavePath(deps.dialog, {
        title: t.dialog.noticeTitle,
        defaultPath: `${base}-${suffix}.${extension}`,
        filter: {
          name: extension === 'html' ? t.dialog.htmlFilter : t.dialog.wordFilter,
          extensions: [extension],
        },
      });
      if (!target) return null;
      const notices = await import('../../core/notices/index.ts');
      const bytes =
        kind === 'sign'
          ? await notices.buildSignDocx(assessment, template, { language, size })
          : extension === 'html'
            ? new TextEncoder().encode(notices.buildWebNoticeHtml(assessment, template, { language }))
            : await notices.buildWebNoticeDocx(assessment, template, { language });
      await writeFileAtomic(target, bytes);
      // A file this window wrote: « show in folder » may reveal it.
      ctx.knownFiles.add(target);
      const facts = notices.noticeFacts(assessment, template, language);
      return {
        filePath: target,
        savedAt: deps.now().toISOString(),
        missing: notices.missingFor(facts, kind).map((m) => m.label),
      };
    }),
  };
}
