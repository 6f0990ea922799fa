// The reuse and interoperability commands end to end: import-cnil, template export|import|save, duplicate, csv.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../core/csv/parse.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { getBuiltinTemplate } from '../../core/template/builtin.ts';
import { importTemplateFile } from '../../core/template/template-file.ts';
import { samplePath } from '../core/import/cnil-samples.ts';
import { bundleCli, dpia, runBundled } from './cli-harness.ts';

let dir: string;
let bundled: string;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-reuse-'));
  bundled = await bundleCli(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('dpia import-cnil', () => {
  it.each([
    ['captoo', 'Captoo'],
    ['fixture2022', 'Nom du Pia'],
  ] as const)('imports the %s sample, which validates and exports to Word', async (sample, title) => {
    const imported = await dpia(['import-cnil', samplePath(sample), '-o', `${sample}.dpia`], { cwd: dir });
    expect(imported.code).toBe(0);
    expect(imported.stderr).toEqual([]);
    expect(imported.stdout[0]).toBe(`Imported: ${at(`${sample}.dpia`)}`);
    expect(imported.stdout.join('\n')).toMatch(/attachments are not in the JSON export/);
    const validated = await dpia(['validate', `${sample}.dpia`], { cwd: dir });
    expect(validated.code).toBe(0);
    expect(validated.stdout.join('\n')).toContain(title);
    const exported = await dpia(['export', `${sample}.dpia`, '-o', `${sample}.docx`], { cwd: dir });
    expect(exported.code).toBe(0);
    const { value } = await mammoth.extractRawText({ path: at(`${sample}.docx`) });
    expect(value).toContain(title);
    expect(value).not.toMatch(/&(?:[A-Za-z]+|#\d+);/);
  });

  it('reports the bad 3.1.[object Object] reference of the 2022 export, in French for a French terminal', async () => {
    const result = await dpia(['import-cnil', samplePath('fixture2022'), '-o', 'fr.dpia'], {
      cwd: dir,
      env: { LANG: 'fr_FR.UTF-8' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout.join('\n')).toContain(
      'appréciation à la référence invalide «\u202F3.1.[object Object]\u202F»\u202F: texte conservé dans l’appréciation de «\u202FMesures existantes ou prévues\u202F»',
    );
  });

  it('writes the assessment in English when asked', async () => {
    await dpia(['import-cnil', samplePath('captoo'), '-o', 'en.dpia', '--lang', 'en'], { cwd: dir });
    const { document } = await openDpiaFile(at('en.dpia'));
    expect(document.assessment.meta.language).toBe('en');
    expect(document.assessment.risks[0]?.title).toBe('Illegitimate access to data');
  });

  it('refuses a file that is not a CNIL export: exit 1, one line, no stack trace, nothing written', async () => {
    await writeFile(at('other.json'), '{"name": "not a PIA"}');
    const result = runBundled(bundled, ['import-cnil', 'other.json', '-o', 'other.dpia'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      '"other.json" is not an export of the CNIL\'s PIA tool: it has no "pia" object with a name and no "answers" list.',
    ]);
    expect(await readdir(dir)).not.toContain('other.dpia');
    const notJson = runBundled(bundled, ['import-cnil', 'captoo.dpia', '-o', 'x.dpia'], { cwd: dir });
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toHaveLength(1);
  });

  it('never overwrites an existing file without --force, and needs -o', async () => {
    const refused = await dpia(['import-cnil', samplePath('captoo'), '-o', 'captoo.dpia'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr[0]).toContain('--force');
    expect((await dpia(['import-cnil', samplePath('captoo')], { cwd: dir })).code).toBe(2);
  });
});

describe('dpia template', () => {
  it('exports a built-in template and imports it back into the user folder as <id>-<version>.json', async () => {
    const templates = at('lib');
    await mkdir(templates, { recursive: true });
    const exported = await dpia(['template', 'export', 'cnil-method', '-o', 'cnil.json'], { cwd: dir });
    expect(exported).toMatchObject({ code: 0, stderr: [] });
    const file = new Uint8Array(await readFile(at('cnil.json')));
    expect(importTemplateFile(file, 'cnil.json')).toEqual(getBuiltinTemplate('cnil-method'));

    // A consultant's copy with another id is a user template.
    const copy = JSON.parse(await readFile(at('cnil.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(at('mine.json'), JSON.stringify({ ...copy, id: 'cabinet-dupont', version: '2.1.0' }));
    const imported = await dpia(['template', 'import', 'mine.json', '--templates-dir', templates], {
      cwd: dir,
    });
    expect(imported.code).toBe(0);
    expect(imported.stdout[0]).toBe(
      `Installed: cabinet-dupont 2.1.0 → ${path.join(templates, 'cabinet-dupont-2.1.0.json')}`,
    );
    const again = await dpia(['template', 'import', 'mine.json', '--templates-dir', templates], { cwd: dir });
    expect(again.stdout[0]).toMatch(/^Already installed: cabinet-dupont 2.1.0/);
    const listed = await dpia(['templates', '--templates-dir', templates], { cwd: dir });
    expect(listed.stdout.join('\n')).toMatch(/cabinet-dupont\s+2\.1\.0\s+user/);
    expect(listed.stdout.join('\n')).toMatch(/cnil-method\s+1\.0\.1\s+built-in/);

    // Round trip of the user template through export.
    const back = await dpia(
      ['template', 'export', 'cabinet-dupont', '-o', 'back.json', '--templates-dir', templates],
      { cwd: dir },
    );
    expect(back.code).toBe(0);
    expect(importTemplateFile(new Uint8Array(await readFile(at('back.json'))), 'back.json')).toEqual(
      importTemplateFile(new Uint8Array(await readFile(at('mine.json'))), 'mine.json'),
    );
  });

  it('refuses to overwrite a different template with the same id and version unless --force', async () => {
    const templates = at('lib');
    const changed = JSON.parse(await readFile(at('mine.json'), 'utf8')) as {
      title: { fr: string; en: string };
    };
    changed.title = { fr: 'Autre', en: 'Other' };
    await writeFile(at('changed.json'), JSON.stringify(changed));
    const refused = await dpia(['template', 'import', 'changed.json', '--templates-dir', templates], {
      cwd: dir,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toEqual([
      'Another template "cabinet-dupont" version 2.1.0 already exists (cabinet-dupont-2.1.0.json): change the version or add --force.',
    ]);
    const forced = await dpia(
      ['template', 'import', 'changed.json', '--templates-dir', templates, '--force'],
      {
        cwd: dir,
      },
    );
    expect(forced.stdout[0]).toMatch(/^Replaced: cabinet-dupont 2.1.0/);
  });

  it('refuses hostile template files with one line naming the problem', async () => {
    await writeFile(at('proto.json'), '{"__proto__": {"x": 1}}');
    await writeFile(at('bad.json'), JSON.stringify({ id: 'Bad Id', version: '1' }));
    await writeFile(at('huge.json'), Buffer.alloc(16 * 1024 * 1024 + 10, 0x20));
    const builtinCopy = await readFile(at('cnil.json'));
    await writeFile(at('builtin.json'), builtinCopy);
    const lines: string[] = [];
    for (const file of ['proto.json', 'bad.json', 'huge.json', 'builtin.json']) {
      const result = runBundled(bundled, ['template', 'import', file, '--templates-dir', at('lib')], {
        cwd: dir,
      });
      expect(result.code, file).toBe(1);
      expect(result.stderr, file).toHaveLength(1);
      lines.push(result.stderr[0]!);
    }
    expect(lines[0]).toBe('"proto.json": "proto.json" contains a forbidden key ("__proto__").');
    expect(lines[1]).toMatch(/^Invalid template "bad.json" at \/id: /);
    expect(lines[2]).toMatch(/exceeds the maximum size .*16 MiB/);
    expect(lines[3]).toBe('"cnil-method" is the id of a built-in template: choose another one.');
  });

  it('saves an assessment as a template, with its answers, into the user folder', async () => {
    const templates = at('lib');
    const saved = await dpia(
      [
        'template',
        'save',
        'captoo.dpia',
        '--id',
        'objets-sommeil',
        '--template-version',
        '1.0.0',
        '--title',
        'Objets connectés de sommeil',
        '--with-answers',
        '--templates-dir',
        templates,
      ],
      { cwd: dir },
    );
    expect(saved.code).toBe(0);
    expect(saved.stdout[0]).toMatch(/^Installed: objets-sommeil 1\.0\.0/);
    const created = await dpia(
      ['new', '-t', 'objets-sommeil', '-o', 'next-town.dpia', '--templates-dir', templates],
      {
        cwd: dir,
      },
    );
    expect(created.code).toBe(0);
    const { document } = await openDpiaFile(at('next-town.dpia'));
    const answer = document.assessment.answers['context.processing'];
    expect(answer?.type === 'richtext' && answer.text).toContain('moniteur de sommeil Captoo');
  });

  it('exports the frozen template of an assessment, and a user template by version', async () => {
    expect((await dpia(['template', 'export', 'captoo.dpia', '-o', 'frozen.json'], { cwd: dir })).code).toBe(
      0,
    );
    expect(JSON.parse(await readFile(at('frozen.json'), 'utf8'))).toMatchObject({ id: 'cnil-method' });
    const missing = await dpia(
      [
        'template',
        'export',
        'cabinet-dupont',
        '--template-version',
        '9.9.9',
        '-o',
        'x.json',
        '--templates-dir',
        at('lib'),
      ],
      { cwd: dir },
    );
    expect(missing.stderr).toEqual([
      'Template "cabinet-dupont" has no version 9.9.9. Available versions: 2.1.0.',
    ]);
  });
});

describe('dpia duplicate', () => {
  it('copies an assessment for another town: new title, no opinions, no verdicts, draft', async () => {
    const result = await dpia(
      [
        'duplicate',
        'captoo.dpia',
        '-o',
        'copy.dpia',
        '--title',
        'Copie pour Bourg',
        '--organisation',
        'Bourg',
      ],
      { cwd: dir },
    );
    expect(result).toMatchObject({ code: 0, stderr: [] });
    const { document } = await openDpiaFile(at('copy.dpia'));
    const { document: original } = await openDpiaFile(at('captoo.dpia'));
    expect(document.assessment.meta).toMatchObject({
      title: 'Copie pour Bourg',
      organisation: 'Bourg',
      status: 'draft',
    });
    expect(document.assessment.evaluations).toEqual({});
    expect(document.assessment.opinions.dpo.verdict).toBeNull();
    expect(document.assessment.measures).toHaveLength(original.assessment.measures.length);
    expect(document.assessment.id).not.toBe(original.assessment.id);
  });

  it('needs a title', async () => {
    expect((await dpia(['duplicate', 'captoo.dpia', '-o', 'copy2.dpia'], { cwd: dir })).code).toBe(2);
  });
});

describe('dpia csv', () => {
  it('writes the action plan, in the document’s language and with its separator', async () => {
    const result = await dpia(['csv', 'action-plan', 'captoo.dpia', '-o', 'plan.csv'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: [] });
    const bytes = await readFile(at('plan.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { rows, separator } = parseCsv(bytes.toString('utf8'));
    expect(separator).toBe(';');
    expect(rows[0]?.[0]).toBe('Code');
    expect(rows.find((r) => r[1] === 'Chiffrement')?.[2]).toBe('Mesure prévue');
  });

  it('writes the camera inventory with English headers and commas', async () => {
    expect((await dpia(['example', '-o', 'valmont.dpia'], { cwd: dir })).code).toBe(0);
    const result = await dpia(
      ['csv', 'cameras', 'valmont.dpia', '-o', 'cameras.csv', '--lang', 'en', '--separator', ','],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    const { rows, separator } = parseCsv(await readFile(at('cameras.csv'), 'utf8'));
    expect(separator).toBe(',');
    expect(rows[0]?.slice(0, 3)).toEqual(['Code', 'Location', 'Type']);
    const { document } = await openDpiaFile(at('valmont.dpia'));
    expect(rows).toHaveLength(document.assessment.cameras.length + 1);
  });

  it('refuses an unknown separator as a usage error', async () => {
    const result = await dpia(['csv', 'cameras', 'valmont.dpia', '-o', 'c.csv', '--separator', '|'], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toHaveLength(1);
  });
});
