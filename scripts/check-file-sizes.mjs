// Rooms of a readable size: no source file over 600 lines, outside data (templates, i18n JSON, the example's texts,
// CNIL fixtures). Run by `npm run lint`; prints each file over the limit and exits 1.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const LIMIT = 600;
const root = path.resolve(import.meta.dirname, '..');
const FOLDERS = ['core', 'cli', 'electron', 'renderer', 'scripts', 'tests'];
const SOURCE = /\.(ts|tsx|mjs|cjs|js|css)$/;
/** Data, not code: long by nature, and read as tables rather than as logic. */
const DATA = [/^core\/example\/(answers|cameras|measures|risks)\.ts$/];

const files = FOLDERS.flatMap((folder) =>
  readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
);
const over = files
  .filter((file) => !DATA.some((pattern) => pattern.test(file)))
  .map((file) => ({ file, lines: readFileSync(path.join(root, file), 'utf8').split('\n').length - 1 }))
  .filter(({ lines }) => lines > LIMIT);
for (const { file, lines } of over)
  console.error(`${file}: ${lines} lines (limit ${LIMIT}): split it along its seams.`);
process.exit(over.length > 0 ? 1 : 0);
