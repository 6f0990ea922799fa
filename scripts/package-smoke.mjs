// npm run package:smoke — packages the app with electron-builder around a fake Electron binary (none can be
// downloaded here), then checks what app.asar holds: the built main, preload and renderer; no sources, no tests.
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { load } from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';

const root = path.resolve(import.meta.dirname, '..');
const work = await mkdtemp(path.join(os.tmpdir(), 'dpia-package-'));
const fakeDist = path.join(work, 'electron-dist');
const output = path.join(work, 'out');

try {
  // What electron-builder copies from an Electron distribution for a Linux "dir" target.
  await mkdir(path.join(fakeDist, 'resources'), { recursive: true });
  await writeFile(path.join(fakeDist, 'electron'), '#!/bin/sh\necho "fake electron for packaging tests"\n');
  await chmod(path.join(fakeDist, 'electron'), 0o755);
  await writeFile(path.join(fakeDist, 'chrome-sandbox'), '');
  await writeFile(path.join(fakeDist, 'LICENSE'), 'fake');
  await writeFile(path.join(fakeDist, 'version'), '45.5.0');

  const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
  // Fuses are flipped inside a real Electron binary; the fake one has none, so this build leaves them out.
  config.electronFuses = null;
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir'),
    config: { ...config, electronDist: fakeDist, directories: { ...config.directories, output } },
    publish: 'never',
  });

  const asar = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
  const entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
  const problems = [];
  for (const needed of [
    '/package.json',
    '/dist/electron/main.mjs',
    '/dist/electron/preload.cjs',
    '/dist/electron/export-worker.mjs',
    '/dist/renderer/index.html',
  ]) {
    if (!entries.includes(needed)) problems.push(`missing ${needed}`);
  }
  for (const forbidden of [
    /^\/(core|cli|electron|renderer|tests|templates|scripts)\//,
    /\.ts$/,
    /\.map$/,
    /^\/\.ci\//,
  ]) {
    const found = entries.find((entry) => forbidden.test(entry));
    if (found) problems.push(`should not be packaged: ${found}`);
  }
  const unpackedWorker = path.join(
    output,
    'linux-unpacked',
    'resources',
    'app.asar.unpacked',
    'dist',
    'electron',
    'export-worker.mjs',
  );
  if (!existsSync(unpackedWorker)) problems.push('the export worker is not unpacked beside app.asar');
  console.log(
    `app.asar: ${entries.length} entries; ${entries.filter((e) => e.startsWith('/dist/renderer/')).length} in dist/renderer`,
  );
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  } else {
    console.log('package:smoke ok — main, preload, worker and renderer packaged; no sources or tests');
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
