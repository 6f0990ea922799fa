// Opt-in journeys in the real Electron app (npm run e2e:electron); they skip, saying why, where no binary exists.
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { skipReason } from './tests/e2e-electron/electron-binary.ts';

// Said out loud: skipped journeys must say why, not pass in silence.
const reason = skipReason(path.resolve('dist/electron/main.mjs'));
if (reason) console.log(`Electron journeys skipped: ${reason}.`);

export default defineConfig({
  testDir: 'tests/e2e-electron',
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results/e2e-electron',
});
