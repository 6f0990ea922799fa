// Finds an installed Chromium-based browser for the journeys, on any system; nothing is ever downloaded.
// Plain JavaScript so that scripts/system-deps.mjs can use it before anything is built.
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function playwrightChromiums() {
  const caches = [
    process.env.PLAYWRIGHT_BROWSERS_PATH,
    path.join(os.homedir(), '.cache', 'ms-playwright'),
    path.join(os.homedir(), 'Library', 'Caches', 'ms-playwright'),
    path.join(process.env.LOCALAPPDATA ?? '', 'ms-playwright'),
  ].filter((dir) => dir && existsSync(dir));
  const inside = [
    ['chrome-linux', 'chrome'],
    ['chrome-linux64', 'chrome'],
    ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
    ['chrome-win', 'chrome.exe'],
    ['chrome-win64', 'chrome.exe'],
  ];
  return caches.flatMap((cache) =>
    readdirSync(cache)
      .filter((name) => name.startsWith('chromium-'))
      .sort()
      .reverse()
      .flatMap((name) => inside.map((parts) => path.join(cache, name, ...parts))),
  );
}

/** The browser to drive: DPIA_CHROMIUM if set, else the first installed one; null when there is none. */
export function findChromium() {
  const programFiles = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA];
  const candidates = [
    process.env.DPIA_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ...programFiles
      .filter(Boolean)
      .flatMap((dir) => [
        path.join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        path.join(dir, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      ]),
    ...playwrightChromiums(),
  ];
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? null;
}
