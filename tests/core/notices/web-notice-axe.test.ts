// The web notice in a real browser: axe-core finds no serious or critical accessibility problem, and the page
// runs nothing and loads nothing, even with markup in the answers.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWebNoticeHtml } from '../../../core/notices/index.ts';
import type { Language } from '../../../core/model/localized.ts';
import { findChromium } from '../../e2e/browser-path.mjs';
import { HOSTILE_LOCATION, blank, cameraAt, example } from './notice-fixtures.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const executablePath = findChromium() ?? '/usr/bin/chromium';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
}

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu'],
    headless: true,
  });
});
afterAll(async () => {
  await browser?.close();
});

/** Loads the page, checks it brought no script of its own, then injects axe and runs it. */
async function audit(html: string): Promise<{ serious: Violation[]; requests: string[]; title: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.setContent(html, { waitUntil: 'load' });
  const title = await page.title();
  const scriptsBefore = await page.evaluate(() => document.scripts.length);
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: Violation[] }> } })
      .axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help }));
  });
  await context.close();
  expect(scriptsBefore).toBe(0);
  return {
    serious: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    requests,
    title,
  };
}

describe.skipIf(!existsSync(executablePath))('the web notice page in Chromium', () => {
  it('has an audit that does find problems: an unlabelled field is reported', async () => {
    const { serious } = await audit(
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><input type="text"></main></body></html>',
    );
    expect(serious.map((v) => v.id)).toContain('label');
  });

  for (const language of ['fr', 'en'] as Language[]) {
    it(`passes axe with no serious or critical violation (${language})`, async () => {
      const { assessment, template } = await example();
      const { serious, requests, title } = await audit(
        buildWebNoticeHtml(assessment, template, { language }),
      );
      expect(serious).toEqual([]);
      expect(requests).toEqual([]);
      expect(title).toMatch(/Valmont-sur-Escaut/);
    });
  }

  it('passes axe with every fact missing, and runs no script from a hostile camera location', async () => {
    const { assessment, template } = blank();
    const { assessment: withCameras } = await example();
    const cameras = [cameraAt(withCameras.cameras[0]!, HOSTILE_LOCATION, 1)];
    const { serious, requests, title } = await audit(
      buildWebNoticeHtml({ ...assessment, cameras }, template, { language: 'fr' }),
    );
    expect(serious).toEqual([]);
    expect(requests).toEqual([]);
    expect(title).not.toBe('pwned');
  });
});
