// @vitest-environment jsdom
// What the editor shows of a signature: the verdict in words on every signed document, a banner when it is broken.
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import type { SignatureVerdict } from '../../core/signature/trust.ts';
import { App } from '../../renderer/app/app.tsx';
import { createI18n } from '../../renderer/i18n/i18n.ts';
import { FakeDpia } from './fake-dpia.ts';
import { csuTemplate } from './render-app.tsx';

const FINGERPRINT = '3f2a 9c41 0000 1111 2222 3333 4444 5555 6666 7777 8888 9999 aaaa bbbb cccc dddd';
const claims = {
  signer: 'Mme la maire',
  role: 'Maire',
  signedAt: '2026-03-01T09:00:00.000Z',
  contentSha256: 'd'.repeat(64),
  keyFingerprint: FINGERPRINT,
};

async function openRecent(signature: SignatureVerdict, status: 'signed' | 'validated') {
  const document = await buildExampleDocument();
  const api = new FakeDpia({
    templates: [csuTemplate],
    recentFiles: [
      {
        recentId: 'a'.repeat(64),
        filePath: '/tmp/valmont.dpia',
        title: 'Valmont',
        openedAt: '2026-03-02T10:00:00Z',
      },
    ],
  });
  const assessment = { ...document.assessment, meta: { ...document.assessment.meta, status } };
  api.recentDocuments.set('a'.repeat(64), {
    filePath: '/tmp/valmont.dpia',
    assessment,
    template: document.template,
    signature,
  });
  const user = userEvent.setup();
  render(<App api={api} i18n={createI18n('fr')} />);
  await user.click(await screen.findByRole('button', { name: /Valmont/ }));
  await screen.findByRole('navigation', { name: 'Plan de l’analyse' });
  return { api, user };
}

afterEach(cleanup);

describe('the signature verdict in the editor', () => {
  it('opens a recent file by its id, never by its path', async () => {
    const { api } = await openRecent(
      { ...claims, verdict: 'trusted', trustedAs: 'Mairie', reason: null },
      'signed',
    );
    expect(api.calls.find((c) => c.method === 'openRecent')?.input).toEqual({ recentId: 'a'.repeat(64) });
  });

  it('shows a signer not recognised in words, with signer, date and fingerprint, read-only', async () => {
    await openRecent(
      {
        ...claims,
        verdict: 'not-recognised',
        trustedAs: null,
        reason: { fr: 'clé inconnue', en: 'unknown key' },
      },
      'signed',
    );
    const text = document.querySelector('.signature-banner')?.textContent ?? '';
    expect(text).toContain('Signataire non reconnu');
    expect(text).toContain('Mme la maire (Maire)');
    expect(text).toContain(FINGERPRINT);
    expect(text).toContain('lecture seule');
  });

  it('shows a broken signature as an alert, and the document as not signed and editable', async () => {
    await openRecent(
      {
        ...claims,
        verdict: 'broken',
        trustedAs: null,
        reason: { fr: '« valmont.dpia » a été modifié depuis sa signature.', en: 'changed' },
      },
      'validated',
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(/Signature rompue/)).toBeTruthy();
    expect(alert.textContent).toContain('a été modifié depuis sa signature');
    expect(alert.textContent).toContain('n’est pas signé');
    expect(document.querySelector('.signature-banner')?.textContent).not.toContain('lecture seule');
  });
});
