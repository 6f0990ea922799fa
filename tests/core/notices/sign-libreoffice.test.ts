// LibreOffice lays the signs out: each fits one page of its size, even with all eleven purposes or every fact
// missing. LibreOffice and poppler are requirements of the test suite, as for the Word export.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertToPdf } from '../../fixtures/libreoffice.ts';
import { buildSignDocx } from '../../../core/notices/index.ts';
import { blank, example } from './notice-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'dpia-sign-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function pdfInfo(file: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    size: /Page size:.*\((\w+)\)/.exec(info)?.[1] ?? '',
  };
}

describe('the signs in LibreOffice', () => {
  it('each fits on one page of the size asked for', async () => {
    const { assessment, template } = await example();
    const everyPurpose = {
      ...assessment,
      cameras: assessment.cameras.map((c, i) => ({ ...c, purposes: [(i % 11) + 1] })),
    };
    const empty = blank();
    const signs = {
      'example-fr-A4': await buildSignDocx(assessment, template, { language: 'fr', size: 'A4' }),
      'example-en-A3': await buildSignDocx(assessment, template, { language: 'en', size: 'A3' }),
      'eleven-fr-A4': await buildSignDocx(everyPurpose, template, { language: 'fr', size: 'A4' }),
      'blank-fr-A4': await buildSignDocx(empty.assessment, empty.template, { language: 'fr', size: 'A4' }),
    };
    const files = Object.entries(signs).map(([name, bytes]) => {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, bytes);
      return file;
    });
    convertToPdf(files, dir, 240_000);
    for (const name of Object.keys(signs)) {
      expect({ name, ...pdfInfo(join(dir, `${name}.pdf`)) }).toEqual({
        name,
        pages: 1,
        size: name.endsWith('A3') ? 'A3' : 'A4',
      });
    }
  }, 300_000);
});
