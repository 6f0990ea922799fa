// Where the electron package put its binary, if it could download one (see scripts/start.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function electronBinary(): string | null {
  try {
    const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const binary = path.join(
      packageDir,
      'dist',
      readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim(),
    );
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Why the Electron journeys cannot run here, or '' when they can. */
export function skipReason(main: string): string {
  if (!electronBinary()) {
    return 'no Electron binary on this machine (it cannot be downloaded here); these journeys run where `npm start` works';
  }
  if (!existsSync(main)) return 'the app is not built: run `npm run build` first';
  return '';
}
