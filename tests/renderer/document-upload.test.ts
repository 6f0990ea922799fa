// What the editor sends to be saved: the patch from the version main acknowledged, one upload at a time, and the
// whole assessment once when main refuses the base.
import { describe, expect, it } from 'vitest';
import type { ApiResult, AssessmentUpload } from '../../core/api.ts';
import { setAnswer, setMeta } from '../../core/assessment/edits.ts';
import { buildExample } from '../../core/example/build-example.ts';
import { createUploader } from '../../renderer/app/document-upload.ts';

const { assessment: opened } = await buildExample();
const first = setAnswer('context.description', { type: 'richtext', text: 'Un.' })(opened);
const second = setMeta({ title: 'Deux' })(first);

function fakeMain(refuseBase?: number) {
  const sent: AssessmentUpload[] = [];
  let version = 0;
  let running = 0;
  const send = async (upload: AssessmentUpload): Promise<ApiResult<{ version: number }>> => {
    sent.push(upload);
    expect(++running).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running--;
    if ('base' in upload && (upload.base !== version || upload.base === refuseBase))
      return { ok: false, error: { code: 'version-mismatch', message: { fr: '', en: '' } } };
    return { ok: true, value: { version: ++version } };
  };
  return { sent, send };
}

describe('document uploads', () => {
  it('sends each change as a patch of the version main acknowledged, one upload at a time', async () => {
    const main = fakeMain();
    const upload = createUploader(opened);
    const results = await Promise.all([upload(first, main.send), upload(second, main.send)]);
    expect(results.map((r) => r.ok && r.value.version)).toEqual([1, 2]);
    expect(main.sent).toHaveLength(2);
    expect(main.sent[0]).toMatchObject({ base: 0, patch: { answers: { op: 'entries' } } });
    expect(Object.keys((main.sent[1] as { patch: object }).patch)).toEqual(['meta']);
    expect(main.sent[1]).toMatchObject({ base: 1 });
  });

  it('sends the whole assessment once when main refuses the base, then patches again', async () => {
    const main = fakeMain(0);
    const upload = createUploader(opened);
    expect((await upload(first, main.send)).ok).toBe(true);
    expect(main.sent.map((u) => ('assessment' in u ? 'whole' : `patch@${u.base}`))).toEqual([
      'patch@0',
      'whole',
    ]);
    await upload(second, main.send);
    expect(main.sent.at(-1)).toMatchObject({ base: 1, patch: { meta: { op: 'set' } } });
  });
});
