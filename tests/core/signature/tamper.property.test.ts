// Property tests of the signature: any change to signed content fails verification; re-saving never does.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDpia } from '../../../core/format/read-dpia.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import { openDpiaFile, saveDpiaFile } from '../../../core/node/dpia-file.ts';
import { generateSigningKeyPair, importPrivateKey } from '../../../core/signature/keys.ts';
import { signDocument } from '../../../core/signature/sign.ts';
import { verifyDpiaBytes } from '../../../core/signature/verify.ts';
import { validatedDocument } from './signable-document.ts';
import { bytesOf, fixManifest, json, swapAttachment, type Entries } from './tamper-tools.ts';

let signedBytes: Uint8Array;
let contentEntries: string[];
let dir: string;

const verify = (bytes: Uint8Array) => verifyDpiaBytes(bytes, { file: 'signed.dpia' });
const READER_ERRORS = new Set([
  'hash-mismatch',
  'invalid-json',
  'invalid-utf8',
  'invalid-content',
  'damaged-zip',
]);

beforeAll(async () => {
  const key = await importPrivateKey((await generateSigningKeyPair()).privateKeyPem, 'key.pem');
  const { document } = await signDocument(await validatedDocument(), {
    key,
    signer: { name: 'M. Bernard Lefebvre', role: 'Maire' },
    at: '2026-03-01T09:00:00.000Z',
  });
  signedBytes = (await writeDpia(document, { createdWith: 'tests', file: 'signed.dpia' })).bytes;
  contentEntries = Object.keys(unzipSync(signedBytes)).filter(
    (n) => n !== 'manifest.json' && n !== 'signature.json' && !n.endsWith('/'),
  );
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-sign-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every non-empty string of a JSON value whose key marks text a person wrote, as a path and a setter. */
function textLeaves(value: unknown): { path: string; get: () => string; set: (s: string) => void }[] {
  const TEXT_KEYS = new Set([
    'text',
    'comment',
    'title',
    'label',
    'fr',
    'en',
    'note',
    'description',
    'reason',
    'name',
  ]);
  const out: { path: string; get: () => string; set: (s: string) => void }[] = [];
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${where}/${i}`));
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const [key, child] of Object.entries(record)) {
        if (typeof child === 'string' && child.length > 0 && TEXT_KEYS.has(key)) {
          out.push({
            path: `${where}/${key}`,
            get: () => record[key] as string,
            set: (s) => (record[key] = s),
          });
        } else walk(child, `${where}/${key}`);
      }
    }
  };
  walk(value, '');
  return out;
}

describe('a signed file', () => {
  it('fails verification when any byte of any content entry or attachment changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 255 }), async (which, at, xor) => {
        const entries: Entries = unzipSync(signedBytes);
        const name = contentEntries[which % contentEntries.length]!;
        const data = entries[name]!;
        const index = at % data.length;
        data[index] = data[index]! ^ xor;
        const report = await verify(zipSync(entries));
        expect(report.status, `${name}[${index}] ^ ${xor}`).toBe('invalid');
      }),
      { numRuns: 300 },
    );
  });

  it('fails verification, by its signature, when signed text is edited and the manifest hash recomputed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('assessment.json', 'template.json', 'revisions/'),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0x41, max: 0x5a }),
        async (target, leaf, at, code) => {
          const entries: Entries = unzipSync(signedBytes);
          const name = Object.keys(entries).find((n) => n.startsWith(target))!;
          const value = json(entries[name]!);
          const leaves = textLeaves(value);
          const chosen = leaves[leaf % leaves.length]!;
          const chars = Array.from(chosen.get());
          const index = at % chars.length;
          chars[index] = chars[index] === String.fromCharCode(code) ? 'é' : String.fromCharCode(code);
          chosen.set(chars.join(''));
          entries[name] = bytesOf(value);
          await fixManifest(entries);
          const report = await verify(zipSync(entries));
          const codes = report.problems.map((p) => p.code);
          expect(report.status, `${name} ${chosen.path}`).toBe('invalid');
          // The reader accepts the forgery: only the signature can tell.
          expect(
            codes.filter((c) => READER_ERRORS.has(c)),
            `${name} ${chosen.path}`,
          ).toEqual([]);
          expect(codes, `${name} ${chosen.path}`).toContain('signed-content-altered');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('fails verification when an attachment is replaced consistently (new name, metadata, manifest)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), async (at, xor) => {
        const entries: Entries = unzipSync(signedBytes);
        await swapAttachment(entries, (bytes) => {
          const index = at % bytes.length;
          bytes[index] = bytes[index]! ^ xor;
          return bytes;
        });
        const report = await verify(zipSync(entries));
        expect(report.problems.map((p) => p.code)).toContain('signed-attachment-altered');
      }),
      { numRuns: 50 },
    );
  });

  it('stays valid when re-saved unchanged, however many times and however its JSON is indented', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 4 }),
        async (saves, indent) => {
          let bytes = signedBytes;
          for (let i = 0; i < saves; i++) {
            const { document } = await readDpia(bytes, { file: 'signed.dpia' });
            bytes = (await writeDpia(document, { createdWith: `tests ${i}`, file: 'signed.dpia' })).bytes;
          }
          const entries: Entries = unzipSync(bytes);
          for (const name of Object.keys(entries).filter(
            (n) => n.endsWith('.json') && n !== 'manifest.json',
          )) {
            entries[name] = bytesOf(json(entries[name]!), indent);
          }
          await fixManifest(entries);
          expect((await verify(zipSync(entries))).status).toBe('intact');
        },
      ),
      { numRuns: 20 },
    );
  });

  it('stays valid when opened and saved on disk, keeping the previous copy as .bak', async () => {
    const file = path.join(dir, 'signed.dpia');
    await saveDpiaFile(file, (await readDpia(signedBytes, { file: 'signed.dpia' })).document);
    await saveDpiaFile(file, (await openDpiaFile(file)).document);
    expect((await verify(new Uint8Array(await readFile(file)))).status).toBe('intact');
    expect((await verify(new Uint8Array(await readFile(`${file}.bak`)))).status).toBe('intact');
  });
});
