// npm run bench: the council's register over 200 assessments of the example's size (sizes mixed, a quarter with the
// full 361 cameras, one in ten signed), against the time to open one of them. Prints, never fails.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import type { DpiaDocument } from '../../core/format/document.ts';
import { writeDpia } from '../../core/format/write-dpia.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { scanRegister } from '../../core/node/register-scan.ts';
import { generateSigningKeyPair, importPrivateKey } from '../../core/signature/keys.ts';
import { signDocument } from '../../core/signature/sign.ts';
import { trustedKeyOf } from '../../core/signature/trust.ts';
import { advance } from '../core/signature/signable-document.ts';

const FILES = 200;
const CAMERA_COUNTS = [361, 120, 40, 12];
const TARGET_MS = 3000;

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-register-bench-'));
try {
  const example = await buildExampleDocument();
  const pair = await generateSigningKeyPair();
  const key = await importPrivateKey(pair.privateKeyPem, 'bench.pem');
  const trustList = [
    await trustedKeyOf(
      { name: 'Mairie', publicKeyPem: key.publicKeyPem, addedAt: '2026-01-01T00:00:00Z' },
      'bench.json',
    ),
  ];
  const variants: Uint8Array[] = [];
  for (const [i, cameras] of CAMERA_COUNTS.entries()) {
    const a = example.assessment;
    let document: DpiaDocument = { ...example, assessment: { ...a, cameras: a.cameras.slice(0, cameras) } };
    variants.push((await writeDpia(document, { createdWith: 'bench', file: 'v.dpia' })).bytes);
    if (i === 0) {
      const inReview =
        document.assessment.meta.status === 'in-review'
          ? document.assessment
          : advance(document.assessment, 'in-review', '2026-02-01T10:00:00Z');
      const validated = advance(inReview, 'validated', '2026-02-02T10:00:00Z');
      document = (
        await signDocument(
          { ...document, assessment: validated },
          { key, signer: { name: 'M. Lefebvre', role: 'Maire' }, at: '2026-02-03T10:00:00Z' },
        )
      ).document;
      variants.push((await writeDpia(document, { createdWith: 'bench', file: 'v.dpia' })).bytes);
    }
  }
  for (let i = 0; i < FILES; i++) {
    // One in ten signed (variant 1), the others cycling through the sizes.
    const variant = i % 10 === 0 ? variants[1]! : variants[[0, 2, 3, 4][i % 4]!]!;
    const sub = path.join(dir, `service-${i % 7}`);
    await mkdir(sub, { recursive: true });
    await writeFile(path.join(sub, `aipd-${String(i).padStart(3, '0')}.dpia`), variant);
  }
  const one = path.join(dir, 'service-0', 'aipd-000.dpia');
  const openTimes: number[] = [];
  for (let i = 0; i < 8; i++) {
    const start = performance.now();
    await openDpiaFile(one);
    openTimes.push(performance.now() - start);
  }
  const runs: { ms: number; firstMs: number; rows: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    let firstMs = -1;
    const rows = await scanRegister([dir], {
      trustList,
      asOf: '2026-12-02',
      now: new Date('2026-12-02T09:00:00Z'),
      onEntry: () => {
        if (firstMs < 0) firstMs = performance.now() - start;
      },
    });
    runs.push({ ms: performance.now() - start, firstMs, rows: rows.length });
  }
  const total = median(runs.map((r) => r.ms));
  const first = median(runs.map((r) => r.firstMs));
  const open = median(openTimes);
  const readable = runs[0]!.rows;
  console.log(
    `${`register of ${FILES} files (${readable} rows)`.padEnd(44)} median ${total.toFixed(0).padStart(7)} ms   first row ${first.toFixed(0)} ms   ` +
      `open one ${open.toFixed(1)} ms   target ≤ ${TARGET_MS} ms   ${total <= TARGET_MS ? 'ok' : 'OVER TARGET'}`,
  );
  console.log(`bench register-200-ms ${total.toFixed(0)}`);
  console.log(`bench open-one-ms ${open.toFixed(1)}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
