// npm run bench: median timings on the large reference assessment (DESIGN.md "Quality bars"). Prints, never fails.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  buildLargeExampleDocument,
  buildScaledExampleDocument,
} from '../../core/example/example-document.ts';
import { buildDocx } from '../../core/export/docx/build-docx.ts';
import { openDpiaFile, saveDpiaFile } from '../../core/node/dpia-file.ts';
import { bundleCli, runBundledMeasured } from '../cli/cli-harness.ts';
import { overlappingRecordsZip } from '../fixtures/zip-tools.ts';
import { buildCli, exportAgainstFloor, wholeProcess } from './docx-scale.ts';

const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(label: string, target: number, action: () => Promise<unknown>): Promise<void> {
  await action(); // warm-up: first runs pay for JIT compilation
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  const m = median(samples);
  const verdict = m <= target ? 'ok' : 'OVER TARGET';
  console.log(
    `${label.padEnd(44)} median ${m.toFixed(1).padStart(7)} ms   min ${Math.min(...samples)
      .toFixed(1)
      .padStart(7)} ms   target ≤ ${target} ms   ${verdict}`,
  );
}

/** `dpia validate` of the 3,000-overlapping-records file, as a whole bundled process: time and peak RSS. */
async function hostileZip(): Promise<void> {
  const script = await bundleCli(dir);
  const file = path.join(dir, 'overlapping.dpia');
  await writeFile(file, overlappingRecordsZip());
  const runs = Array.from({ length: 5 }, () => runBundledMeasured(script, ['validate', file], { cwd: dir }));
  const refused = runs.every((r) => r.code === 1 && r.stderr.length === 1);
  const ms = median(runs.map((r) => r.ms));
  const peak = Math.max(...runs.map((r) => r.peakMiB));
  const verdict = refused && ms < 1000 && peak < 200 ? 'ok' : 'OVER TARGET';
  console.log(
    `${'refuse 3,000 overlapping records (1.4 MB file)'.padEnd(44)} median ${ms.toFixed(1).padStart(7)} ms   ` +
      `peak RSS ${peak.toFixed(0)} MiB   target < 1000 ms and < 200 MiB (whole process)   ${verdict}`,
  );
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-bench-'));
try {
  const document = await buildLargeExampleDocument();
  const file = path.join(dir, 'large.dpia');
  await saveDpiaFile(file, document);
  const size = (await stat(file)).size;
  const a = document.assessment;
  console.log(
    `Large assessment: ${a.cameras.length} cameras, ${a.risks.length} risks, ${a.measures.length} measures, ` +
      `${Object.keys(a.answers).length} answers, ${a.attachments.length} attachments; file ${(size / 1024 / 1024).toFixed(1)} MiB; ${RUNS} runs each`,
  );
  await time('open (unzip + validate + migrate + hashes)', 150, () => openDpiaFile(file));
  await time('atomic save (zip + fsync + rename + .bak)', 100, () => saveDpiaFile(file, document));
  await time('export to Word (.docx, French)', 1000, () => buildDocx(document, { language: 'fr' }));
  await hostileZip();

  // DESIGN.md, raised in December 2026: ratios to the plain-paragraph floor of the same run.
  await exportAgainstFloor('export, large, against its floor', document, 7);
  const metropolis = await buildScaledExampleDocument(5000);
  await exportAgainstFloor('export, 5,000 cameras, against its floor', metropolis, 5);
  buildCli();
  const large = wholeProcess(file, 5);
  console.log(
    `${'dpia export (whole process), large'.padEnd(44)} median ${large.medianMs.toFixed(0).padStart(6)} ms   ` +
      `peak ${large.peakMb.toFixed(0)} MB   target ≤ 1200 ms   ${large.medianMs <= 1200 ? 'ok' : 'OVER TARGET'}`,
  );
  const metropolisFile = path.join(dir, 'metropolis.dpia');
  await saveDpiaFile(metropolisFile, metropolis);
  const big = wholeProcess(metropolisFile, 3);
  console.log(
    `${'dpia export (whole process), 5,000 cameras'.padEnd(44)} median ${big.medianMs.toFixed(0).padStart(6)} ms   ` +
      `peak ${big.peakMb.toFixed(0)} MB   target ≤ 300 MB   ${big.peakMb <= 300 ? 'ok' : 'OVER TARGET'}`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
