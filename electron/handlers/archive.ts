// « Archive »: the package of a signed or refused document, built from its file as saved (never from what the page
// holds), with the Word export in the worker and its progress, written as one .zip where the user says.
import path from 'node:path';
import type { ExportProgress } from '../../core/api.ts';
import { buildArchive } from '../../core/archive/build-archive.ts';
import { DpiaError } from '../../core/errors.ts';
import { DEFAULT_LIMITS } from '../../core/format/limits.ts';
import { writeArchive } from '../../core/node/archive.ts';
import { readFileWithinLimit } from '../../core/node/dpia-file.ts';
import { readTrustList } from '../../core/node/trust-store.ts';
import type { HandlerContext } from './context.ts';
import { handler, type Handlers } from './define.ts';
import { pickSavePath } from './pick-file.ts';

export function archiveHandlers(ctx: HandlerContext): Pick<Handlers, 'archiveDocument'> {
  const { deps } = ctx;
  return {
    archiveDocument: handler('archiveDocument', async ({ sessionId }) => {
      const session = ctx.sessionOf(sessionId);
      if (!session.filePath) throw new DpiaError('archive-not-saved');
      const source = session.filePath;
      const fileName = path.basename(source);
      const now = deps.now();
      const trustList = (await readTrustList(ctx.trustDir)).keys;
      const progress = (fraction: number, stage: ExportProgress['stage']) =>
        deps.notify({ channel: 'export-progress', payload: { sessionId, fraction, stage } });
      // Built before asking where: a document that cannot be archived is refused without a dialog first.
      progress(0, 'building');
      const archive = await buildArchive({
        dpiaBytes: await readFileWithinLimit(source, DEFAULT_LIMITS.maxFileBytes),
        fileName,
        trustList,
        now,
        pageNumbers: false,
        buildDocx: async (document, options) => {
          const findings = await deps.exportFindings?.(document, options.language, now);
          return deps.buildDocx(document, findings ? { ...options, findings } : options, (fraction) =>
            progress(fraction * 0.9, 'packing'),
          );
        },
      });
      const t = ctx.text().dialog;
      const target = await pickSavePath(deps.dialog, {
        title: t.archiveTitle,
        defaultPath: path.join(path.dirname(source), `${archive.base}-${t.archiveSuffix}.zip`),
        filter: { name: t.zipFilter, extensions: ['zip'] },
      });
      if (!target) {
        progress(1, 'done');
        return null;
      }
      progress(0.95, 'writing');
      // The save dialog has asked whether to replace an existing file.
      await writeArchive(target, archive, { force: true, archivedAt: now });
      ctx.knownFiles.add(target);
      progress(1, 'done');
      return { filePath: target, savedAt: now.toISOString(), files: archive.files.length };
    }),
  };
}
