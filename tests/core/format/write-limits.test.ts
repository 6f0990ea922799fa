// The reader's limits apply when writing: a document the app would refuse to open is never saved.
import { describe, expect, it } from 'vitest';
import { DpiaError } from '../../../core/errors.ts';
import { DEFAULT_LIMITS } from '../../../core/format/limits.ts';
import { readDpia } from '../../../core/format/read-dpia.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import { cameras } from '../../fixtures/cameras.ts';
import { miniDocument } from '../../fixtures/mini-document.ts';

const file = 'limits.dpia';

async function writeRefusal(...args: Parameters<typeof writeDpia>): Promise<DpiaError> {
  const error: unknown = await writeDpia(...args).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DpiaError);
  return error as DpiaError;
}

describe('writing within the reader’s limits', () => {
  it('refuses to write more cameras than a file may hold, saying so in both languages', async () => {
    const document = await miniDocument();
    document.assessment.cameras = cameras(DEFAULT_LIMITS.maxCameras + 1);
    const error = await writeRefusal(document, { createdWith: 'tests', file });
    expect(error.code).toBe('save-over-limit');
    expect(error.localized('en')).toContain('number of cameras (20001)');
    expect(error.localized('en')).toContain('existing file was not changed');
    expect(error.localized('fr')).toContain('nombre de caméras');
  });

  it('refuses to write an entry larger than the reader accepts', async () => {
    const document = await miniDocument();
    const error = await writeRefusal(document, {
      createdWith: 'tests',
      file,
      limits: { ...DEFAULT_LIMITS, maxJsonBytes: 1000 },
    });
    expect(error).toMatchObject({
      code: 'save-over-limit',
      params: { what: 'size', entry: 'assessment.json' },
    });
  });

  it('refuses to open a file over the row limits, in one line', async () => {
    const document = await miniDocument();
    document.assessment.cameras = cameras(3);
    const { bytes } = await writeDpia(document, { createdWith: 'tests', file });
    const error: unknown = await readDpia(bytes, {
      file,
      limits: { ...DEFAULT_LIMITS, maxCameras: 2 },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'document-over-limit', params: { what: 'cameras', count: 3 } });
  });
});
