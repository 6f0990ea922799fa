// The desktop app itself: starts on the example, is locked down, and saves. Needs a real Electron binary.
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary, skipReason } from './electron-binary.ts';

const binary = electronBinary();
const main = path.resolve('dist/electron/main.mjs');
const reason = skipReason(main);

test.describe('desktop app', () => {
  test.skip(reason !== '', reason);

  test('starts on the built-in example, sandboxed, with no Node in the page', async () => {
    const app = await electron.launch({ executablePath: binary!, args: [main, '--example'] });
    const window = await app.firstWindow();
    expect(window.url()).toBe('app://dpia/index.html');
    await expect(window.getByText('Valmont-sur-Escaut').first()).toBeVisible();
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(
      await window.evaluate(
        () => typeof (window as unknown as { dpia: { getStartup?: unknown } }).dpia.getStartup,
      ),
    ).toBe('function');
    await app.close();
  });
});
