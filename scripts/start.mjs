// npm start: builds the app and launches it on the built-in example — where an Electron binary exists.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const french = (process.env.LANG ?? '').toLowerCase().startsWith('fr');
const say = (fr, en) => console.error(french ? fr : en);

// The electron package records where its binary is in path.txt, and downloads it on first use when it can.
function installedElectron() {
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
let electronPath = installedElectron();
if (!electronPath) {
  say('Téléchargement d’Electron…', 'Downloading Electron…');
  spawnSync(process.execPath, ['-e', "require('electron')"], { stdio: 'ignore', timeout: 10 * 60 * 1000 });
  electronPath = installedElectron();
}
if (!electronPath) {
  say(
    'Electron n’est pas disponible sur cette machine (son binaire n’a pas pu être téléchargé), l’application de bureau ne peut donc pas démarrer ici. Sur un poste avec accès à Internet : « npm install && npm start ». En attendant, la commande « npm run dpia -- example -o exemple.dpia » crée l’exemple et « npm run dpia -- export exemple.dpia » l’exporte vers Word.',
    'Electron is not available on this machine (its binary could not be downloaded), so the desktop app cannot start here. On a machine with Internet access: "npm install && npm start". Meanwhile, "npm run dpia -- example -o example.dpia" writes the example and "npm run dpia -- export example.dpia" exports it to Word.',
  );
  process.exit(1);
}

const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (built.status !== 0) process.exit(built.status ?? 1);
const app = spawn(electronPath, ['.', '--example', ...process.argv.slice(2)], { stdio: 'inherit' });
app.on('exit', (code) => process.exit(code ?? 0));
