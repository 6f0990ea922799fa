// The Word builder is loaded only by `dpia export`: every other command starts without the docx library.
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('the bundled dpia command', () => {
  it('reaches the Word builder only through a dynamic import', async () => {
    const { metafile } = await build({
      entryPoints: [path.join(root, 'cli/main.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const builder = 'core/export/docx/build-docx.ts';
    const importers = Object.entries(metafile.inputs).flatMap(([file, input]) =>
      input.imports.filter((i) => i.path === builder).map((i) => ({ file, kind: i.kind })),
    );
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((i) => i.kind !== 'dynamic-import')).toEqual([]);
  });
});
