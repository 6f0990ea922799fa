// Bundles the main process (ESM), the preload (CommonJS: sandboxed preloads cannot be ESM) and the export worker.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  external: ['electron'],
  logLevel: 'warning',
  sourcemap: false,
};
// Some bundled packages are CommonJS and call require(); ESM output needs a real require for them.
const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    format: 'esm',
    outfile: 'dist/electron/main.mjs',
    banner: { js: requireShim },
  }),
  build({
    ...common,
    entryPoints: ['electron/export-worker.ts'],
    format: 'esm',
    outfile: 'dist/electron/export-worker.mjs',
    banner: { js: requireShim },
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    format: 'cjs',
    outfile: 'dist/electron/preload.cjs',
  }),
]);
console.log('dist/electron: main.mjs, preload.cjs, export-worker.mjs');
