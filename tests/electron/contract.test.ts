// The IPC contract is held by the compiler: DpiaApi, the input schemas, the handlers and the preload cannot drift.
// The @ts-expect-error lines are the test: `npm run typecheck` fails if any of them starts to compile.
import { describe, expect, it } from 'vitest';
import { API_REQUESTS, type ApiInput, type ApiRequest, type DpiaApi } from '../../core/api.ts';
import { handler, type Handler } from '../../electron/handlers/define.ts';
import { INPUT } from '../../electron/handlers/input-schemas.ts';

describe('the IPC contract', () => {
  it('lists every request of DpiaApi once, and nothing else', () => {
    const members = ['getStartup', 'onMenuCommand', 'onExportProgress'] satisfies (keyof DpiaApi)[];
    expect(new Set(API_REQUESTS).size).toBe(API_REQUESTS.length);
    expect(API_REQUESTS).toContain(members[0]);
    expect(API_REQUESTS).not.toContain('onMenuCommand');
    expect(Object.keys(INPUT).sort()).toEqual([...API_REQUESTS].sort());
  });

  it('refuses, at compile time, a handler that answers with another request’s result', () => {
    // @ts-expect-error autosave resolves to { savedAt, target }, not to what saveDocument promises
    const wired: Handler<'saveDocument'> = handler('autosave', () => ({
      savedAt: '',
      target: 'file' as const,
    }));
    expect(typeof wired).toBe('function');
  });

  it('refuses, at compile time, an input that the request does not take', () => {
    // @ts-expect-error newDocument requires a language
    const input: ApiInput<'newDocument'> = { templateId: 'csu-videoprotection' };
    const none: ApiInput<'getStartup'> = undefined;
    // @ts-expect-error the event subscriptions are not requests
    const notARequest: ApiRequest = 'onMenuCommand';
    expect([input, none, notARequest]).toHaveLength(3);
  });

  it('parses each request with its own schema before the handler runs', async () => {
    const echo = handler('closeDocument', ({ sessionId }) => ({ closed: sessionId.length > 0 }));
    const refused = await echo({ sessionId: 'not-a-uuid' });
    expect(refused.ok).toBe(false);
    const accepted = await echo({ sessionId: '5b7f9a52-2f0c-4b8e-9b0c-0a5a0f9f3c11' });
    expect(accepted).toEqual({ ok: true, value: { closed: true } });
  });
});
