// Before the tests: the programs some suites need besides npm packages. On Debian or Ubuntu, as root or with
// passwordless sudo, missing Debian packages are installed; anywhere else the run stops at once with the command
// to type. `.ci/run` relies on this too, so the list lives here only.
//   - LibreOffice (soffice), poppler (pdftotext, pdftoppm) and the Carlito font: the Word-export suites read the
//     exported .docx as a reader would (tests/core/export/libreoffice.test.ts, example-export, the CNIL import's).
//   - A Chromium-based browser: the end-to-end journeys (tests/e2e). Debian's chromium; elsewhere Chrome, Edge or a
//     Playwright Chromium already installed (see tests/e2e/browser-path.ts), never a download.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChromium } from '../tests/e2e/browser-path.mjs';

const has = (command, args = ['--version']) => {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
};
const hasCarlito = () => {
  const result = spawnSync('fc-list', [':family=Carlito'], { encoding: 'utf8' });
  return !result.error && result.stdout.trim() !== '';
};

/** [what, is it there, Debian package] */
const needs = [
  ['LibreOffice', () => has('soffice'), 'libreoffice-writer-nogui'],
  ['pdftotext', () => has('pdftotext', ['-v']), 'poppler-utils'],
  ['pdftoppm', () => has('pdftoppm', ['-v']), 'poppler-utils'],
  ['Carlito font', hasCarlito, 'fonts-crosextra-carlito'],
  ['Chromium', () => findChromium() !== null, 'chromium'],
];

const missing = needs.filter(([, present]) => !present());
if (missing.length === 0) process.exit(0);

const packages = [...new Set(missing.map(([, , pkg]) => pkg))];
const names = missing.map(([what]) => what).join(', ');
const debian = (() => {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
})();
const root = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = !root && debian && existsSync('/usr/bin/sudo') && has('sudo', ['-n', 'true']);

if (debian && (root || sudo)) {
  console.log(`Installing what the tests need (${names}): ${packages.join(' ')}`);
  const prefix = root ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => {
    const [command, ...rest] = [...prefix, ...args];
    return spawnSync(command, rest, { stdio: 'inherit', env }).status === 0;
  };
  if (
    run(['apt-get', 'update']) &&
    run(['apt-get', 'install', '-y', '--no-install-recommends', ...packages])
  ) {
    process.exit(0);
  }
  console.error('The Debian packages could not be installed; see apt-get’s message above.');
  process.exit(1);
}

const command = debian
  ? `sudo apt-get install ${packages.join(' ')}`
  : process.platform === 'darwin'
    ? 'brew install --cask libreoffice google-chrome && brew install poppler && brew install --cask font-carlito'
    : process.platform === 'win32'
      ? 'winget install TheDocumentFoundation.LibreOffice oschwartz10612.Poppler Google.Chrome (and the Carlito font)'
      : `install ${names} with your system's package manager`;
console.error(`The tests need ${names}, which this machine lacks. Run: ${command}`);
process.exit(1);
