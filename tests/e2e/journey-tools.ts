// What every end-to-end journey uses: the outline, screenshots, the axe check, and the checks that nothing left
// the app and nothing failed in the page.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { after, before } from 'node:test';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DIST, SCREENSHOTS, launchChromium, serveStatic, seriousViolations } from './app-harness.ts';
import type { StaticServer } from './static-server.ts';
import type { AppSession } from './app-harness.ts';

export const nav = (page: Page) =>
  page.getByRole('navigation', { name: /Plan de l’analyse|Outline of the assessment/ });
export const goTo = (page: Page, name: RegExp) => nav(page).getByRole('button', { name }).click();

export async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await seriousViolations(page);
  assert.deepEqual(violations, [], `${screen}: ${JSON.stringify(violations, null, 1)}`);
}

/** Runs a journey; on failure, keeps a screenshot of where it stopped next to the others. */
export async function journey(
  session: () => AppSession,
  name: string,
  body: () => Promise<void>,
): Promise<void> {
  try {
    await body();
  } catch (error) {
    await session()
      .page.screenshot({ path: path.join(SCREENSHOTS, `failed-${name}.png`) })
      .catch(() => undefined);
    throw error;
  }
}

export function expectClean(session: AppSession): void {
  assert.deepEqual(session.outsideRequests(), [], 'requests left the app');
  assert.ok(session.requests.length > 0, 'the page loaded from the local server');
  assert.deepEqual(session.pageErrors, [], 'errors in the page');
}

/**
 * One browser and one server for a journey file, opened before its journeys and closed after them: call at the
 * top of the file, then read `.browser` and `.server` inside the journeys.
 */
export function sharedBrowser(): { browser: Browser; server: StaticServer } {
  const shared = {} as { browser: Browser; server: StaticServer };
  before(async () => {
    assert.ok(existsSync(path.join(DIST, 'index.html')), 'build the renderer first: npm run build:renderer');
    await mkdir(SCREENSHOTS, { recursive: true });
    shared.server = await serveStatic(DIST);
    shared.browser = await launchChromium();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
