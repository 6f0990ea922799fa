import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDpia } from '../../../core/format/read-dpia.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import type { Migration } from '../../../core/format/migrations.ts';
import { miniDocument } from '../../fixtures/mini-document.ts';
import { rewrite } from '../../fixtures/zip-tools.ts';

// A synthetic history: in "format 1" the title was called `name`; format 2 renamed it `title`.
const renameTitle: Migration = (raw) => {
  const assessment = raw.assessment as { meta: Record<string, unknown> };
  const { name, ...meta } = assessment.meta;
  return { ...raw, assessment: { ...assessment, meta: { ...meta, title: name } } };
};

async function formatOneFile(): Promise<Uint8Array> {
  const { bytes } = await writeDpia(await miniDocument({ title: 'Ancienne AIPD' }), {
    createdWith: 'v1',
    file: 'old.dpia',
  });
  return rewrite(bytes, (entries) => {
    const value = JSON.parse(new TextDecoder().decode(entries['assessment.json'])) as {
      meta: Record<string, unknown>;
    };
    const { title, ...meta } = value.meta;
    value.meta = { ...meta, name: title };
    entries['assessment.json'] = strToU8(JSON.stringify(value));
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Record<
      string,
      unknown
    >;
    entries['manifest.json'] = strToU8(JSON.stringify({ ...manifest, formatVersion: 1 }));
  });
}

describe('format migrations', () => {
  it('upgrades an older file step by step before validating it', async () => {
    const result = await readDpia(await formatOneFile(), {
      file: 'old.dpia',
      currentVersion: 2,
      migrations: { 1: renameTitle },
    });
    expect(result.storedFormatVersion).toBe(1);
    expect(result.manifest.formatVersion).toBe(2);
    expect(result.document.assessment.meta.title).toBe('Ancienne AIPD');
  });

  it('refuses an older file when a step of its upgrade is missing', async () => {
    await expect(
      readDpia(await formatOneFile(), {
        file: 'old.dpia',
        currentVersion: 3,
        migrations: { 1: renameTitle },
      }),
    ).rejects.toMatchObject({ code: 'unsupported-version' });
  });
});
