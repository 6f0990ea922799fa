// Runs the dpia command in-process (fast) or as the real bundled program (exit codes, no stack traces).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { runCli } from '../../cli/run.ts';

export interface CliResult {
  code: number;
  stdout: string[];
  stderr: string[];
}

export async function dpia(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(args, {
    stdout: (line) => stdout.push(...line.split('\n')),
    stderr: (line) => stderr.push(...line.split('\n')),
    env: {
      LANG: 'en_GB.UTF-8',
      DPIA_TEMPLATES_DIR: path.join(options.cwd, 'templates'),
      DPIA_TRUSTED_KEYS: path.join(options.cwd, 'trusted-keys'),
      ...options.env,
    },
    cwd: options.cwd,
    now: () => new Date('2026-03-01T09:00:00Z'),
  });
  return { code, stdout, stderr };
}

/** Bundles cli/main.ts like `npm run build:cli` does, into the given folder; returns the script path. */
export async function bundleCli(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'dpia.cjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, '../../cli/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

export function runBundled(
  script: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: {
      PATH: process.env.PATH,
      LANG: 'en_GB.UTF-8',
      DPIA_TEMPLATES_DIR: path.join(options.cwd, 'templates'),
      DPIA_TRUSTED_KEYS: path.join(options.cwd, 'trusted-keys'),
      ...options.env,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = (s: string) => s.split('\n').filter((l) => l.length > 0);
  return { code: result.status ?? -1, stdout: lines(result.stdout), stderr: lines(result.stderr) };
}

/**
 * Runs the bundled program like runBundled, and also reports its wall time and peak resident memory
 * (the child's own `process.resourceUsage().maxRSS`, written to a side file as it exits).
 */
export function runBundledMeasured(
  script: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
) {
  const rssFile = path.join(options.cwd, `.rss-${process.pid}-${Date.now()}`);
  const wrapper = [
    'const fs = require("node:fs");',
    'const [script, rssFile, ...rest] = process.argv.slice(1);',
    'process.on("exit", () => fs.writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));',
    'process.argv = [process.argv[0], script, ...rest];',
    'require(script);',
  ].join('\n');
  const started = performance.now();
  const result = spawnSync(process.execPath, ['-e', wrapper, script, rssFile, ...args], {
    cwd: options.cwd,
    env: {
      PATH: process.env.PATH,
      LANG: 'en_GB.UTF-8',
      DPIA_TEMPLATES_DIR: path.join(options.cwd, 'templates'),
      ...options.env,
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const ms = performance.now() - started;
  let peakMiB = Number.NaN;
  try {
    peakMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
    rmSync(rssFile, { force: true });
  } catch {
    /* the child died before writing it: peakMiB stays NaN */
  }
  const lines = (s: string) => s.split('\n').filter((l) => l.length > 0);
  return {
    code: result.status ?? -1,
    stdout: lines(result.stdout),
    stderr: lines(result.stderr),
    ms,
    peakMiB,
  };
}
