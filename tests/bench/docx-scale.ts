// Word export against its floor (the same text as plain paragraphs with the same docx library, in the same run),
// at the large reference and at a metropolitan 5,000 cameras; peak memory and whole-process time of `dpia export`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { DpiaDocument } from '../../core/format/document.ts';
import { buildDocx } from '../../core/export/docx/build-docx.ts';
import { exportOptionsFor } from '../../core/export/export-options.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The paragraphs' texts of an export, as tools/docx-floor.mjs reads them. */
function paragraphTexts(docx: Uint8Array): string[] {
  const xml = strFromU8(
    unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!,
  );
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

async function floorMs(texts: string[], runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const doc = new Document({
      sections: [{ children: texts.map((p) => new Paragraph({ children: [new TextRun(p)] })) }],
    });
    await Packer.toBuffer(doc);
    times.push(performance.now() - start);
  }
  return median(times.slice(1));
}

/**
 * Export runs, then floor runs, each after a warm-up run: interleaving them would leave each one the other's
 * garbage to collect.
 */
export async function exportAgainstFloor(
  label: string,
  document: DpiaDocument,
  runs: number,
): Promise<{ exportMs: number; floor: number }> {
  const options = await exportOptionsFor(document, { language: 'fr', now: new Date(), file: 'bench.dpia' });
  const first = await buildDocx(document, options);
  const texts = paragraphTexts(first);
  const exports: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await buildDocx(document, options);
    exports.push(performance.now() - start);
  }
  const floors = [await floorMs(texts, runs)];
  const exportMs = median(exports);
  const floor = median(floors);
  const ratio = exportMs / floor;
  console.log(
    `${label.padEnd(44)} median ${exportMs.toFixed(0).padStart(6)} ms   floor ${floor.toFixed(0).padStart(6)} ms ` +
      `(${texts.length} paragraphs)   ratio ${ratio.toFixed(2)}×   target ≤ 3×   ${ratio <= 3 ? 'ok' : 'OVER TARGET'}`,
  );
  return { exportMs, floor };
}

/** `dpia export` as a user runs it, from the bundled command: wall time and the process's peak memory. */
export function wholeProcess(file: string, runs: number): { medianMs: number; peakMb: number } {
  const cli = path.resolve('dist/cli/dpia.cjs');
  const probe = path.resolve('tests/bench/max-rss.cjs');
  const times: number[] = [];
  let peakMb = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(
      process.execPath,
      ['--require', probe, cli, 'export', file, '-o', `${file}.docx`, '--force'],
      { encoding: 'utf8' },
    );
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`dpia export failed: ${result.stderr}`);
    const match = /maxRSS=(\d+)/.exec(result.stderr);
    peakMb = Math.max(peakMb, Number(match?.[1] ?? 0) / 1024);
  }
  return { medianMs: median(times), peakMb };
}

export function buildCli(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build:cli'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build:cli failed: ${result.stderr}`);
}
