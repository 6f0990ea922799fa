import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDpia } from '../../../core/format/read-dpia.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import { createRevision } from '../../../core/revisions/revisions.ts';
import { miniDocument } from '../../fixtures/mini-document.ts';

const ID = '00000000-0000-4000-a000-000000000001';
const write = async (document: Parameters<typeof writeDpia>[0]) =>
  (await writeDpia(document, { createdWith: 'tests', file: 'r.dpia' })).bytes;

async function withRevision() {
  const document = await miniDocument();
  const revised = await createRevision(document, {
    id: ID,
    label: 'Version relue',
    author: 'DPO',
    at: '2026-02-11T10:00:00Z',
    reason: '',
  });
  revised.assessment.answers['context.description'] = {
    type: 'richtext',
    text: 'Texte modifié après relecture.',
  };
  return revised;
}

describe('revision snapshots in a .dpia file', () => {
  it('are written as revisions/<id>.json and read back as they were', async () => {
    const document = await withRevision();
    const bytes = await write(document);
    expect(Object.keys(unzipSync(bytes))).toContain(`revisions/${ID}.json`);
    const { document: read } = await readDpia(bytes, { file: 'r.dpia' });
    expect(read.revisionSnapshots?.get(ID)).toEqual(document.revisionSnapshots?.get(ID));
    expect(await write(read)).toEqual(bytes);
  });

  it('are covered by the manifest hash', async () => {
    const entries = unzipSync(await write(await withRevision()));
    const name = `revisions/${ID}.json`;
    entries[name] = strToU8(
      new TextDecoder().decode(entries[name]).replace('Des **caméras**', 'Des *caméras*'),
    );
    await expect(readDpia(zipSync(entries), { file: 'r.dpia' })).rejects.toMatchObject({
      code: 'hash-mismatch',
    });
  });

  it('refuse a snapshot of a revision the assessment does not list, and an invalid one', async () => {
    const entries = unzipSync(await write(await withRevision()));
    const stray = {
      ...entries,
      ['revisions/00000000-0000-4000-a000-0000000000ff.json']: entries[`revisions/${ID}.json`]!,
    };
    await expect(readDpia(zipSync(stray), { file: 'r.dpia' })).rejects.toMatchObject({
      code: 'unexpected-entry',
    });
    const invalid = { ...entries, [`revisions/${ID}.json`]: strToU8('{"id": 1}') };
    await expect(readDpia(zipSync(invalid), { file: 'r.dpia' })).rejects.toThrowError(
      `"r.dpia": "revisions/${ID}.json" is invalid`,
    );
    const badName = { ...entries, ['revisions/../x.json']: strToU8('{}') };
    await expect(readDpia(zipSync(badName), { file: 'r.dpia' })).rejects.toMatchObject({
      code: 'unsafe-entry-name',
    });
  });

  it('may be absent: a revision listed without its snapshot still opens', async () => {
    const document = await withRevision();
    const bytes = await write({ ...document, revisionSnapshots: new Map() });
    const { document: read } = await readDpia(bytes, { file: 'r.dpia' });
    expect(read.assessment.revisions).toHaveLength(1);
    expect(read.revisionSnapshots.size).toBe(0);
  });
});
