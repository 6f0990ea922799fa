// The app's side of trust: its own encrypted key, the trust list, the verdict on open, and no paths from the page.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, OpenedDocument } from '../../core/api.ts';
import { PRIVATE_KEY_FILE, PUBLIC_KEY_FILE, writeKeyPair } from '../../core/node/keys.ts';
import { generateSigningKeyPair } from '../../core/signature/keys.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import { DraftHolders } from '../../electron/handlers/draft-holders.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { bytesOf, fixManifest, json } from '../core/signature/tamper-tools.ts';
import { fakeDeps } from './fake-deps.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-trust-handlers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

const PASSPHRASE = 'une phrase secrète assez longue';

function validated(opened: OpenedDocument): Assessment {
  return {
    ...opened.assessment,
    meta: { ...opened.assessment.meta, status: 'validated' },
    validation: {
      ...opened.assessment.validation,
      decision: 'validated',
      by: 'Mme la maire',
      role: 'Maire',
      date: '2026-03-02',
    },
  };
}

/** An app with its own key, and a validated document signed with it into `<dir>/signed.dpia`. */
async function signedInApp() {
  const app = fakeDeps(path.join(dir, 'user-data'));
  const handlers = createHandlers(app.deps);
  const key = value(await handlers.createSigningKey({ passphrase: PASSPHRASE }));
  const opened = value(
    await handlers.newDocument({ templateId: 'csu-videoprotection', title: 'AIPD Valmont', language: 'fr' }),
  );
  const file = path.join(dir, 'signed.dpia');
  app.dialogs.save.push(file);
  const signed = value(
    await handlers.signDocument({
      sessionId: opened.sessionId,
      assessment: validated(opened),
      signer: 'Mme la maire',
      role: 'Maire',
      passphrase: PASSPHRASE,
    }),
  )!;
  return { ...app, handlers, key, opened, file, signed };
}

async function openThroughDialog(
  app: { deps: Parameters<typeof createHandlers>[0]; dialogs: { open: string[][] } },
  file: string,
) {
  app.dialogs.open.push([file]);
  return value(await createHandlers(app.deps).openDocument(undefined))!;
}

async function tamper(
  from: string,
  to: string,
  change: (entries: Record<string, Uint8Array>) => Promise<void>,
) {
  const entries = unzipSync(new Uint8Array(await readFile(from)));
  await change(entries);
  await writeFile(to, zipSync(entries));
}

describe('the app’s signing key', () => {
  it('is created encrypted with the passphrase, owner-only, and never written in clear', async () => {
    const { key } = await signedInApp();
    const keysDir = path.join(dir, 'user-data', 'keys');
    const pem = await readFile(path.join(keysDir, PRIVATE_KEY_FILE), 'utf8');
    expect(pem).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
    expect(pem).not.toContain('-----BEGIN PRIVATE KEY-----');
    if (process.platform !== 'win32') {
      expect((await stat(keysDir)).mode & 0o777).toBe(0o700);
      expect((await stat(path.join(keysDir, PRIVATE_KEY_FILE))).mode & 0o777).toBe(0o600);
    }
    expect(key.fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){15}$/);
  });

  it('replaces the app’s key only when the user confirms it to main, keeping the old one beside it', async () => {
    const app = fakeDeps(path.join(dir, 'user-data'));
    const handlers = createHandlers(app.deps);
    const first = value(await handlers.createSigningKey({ passphrase: PASSPHRASE }));
    app.dialogs.messageBox.push(1);
    expect(value(await handlers.createSigningKey({ passphrase: PASSPHRASE, replace: true }))).toEqual(first);
    app.dialogs.messageBox.push(0);
    const second = value(await handlers.createSigningKey({ passphrase: PASSPHRASE, replace: true }));
    expect(second.fingerprint).not.toBe(first.fingerprint);
    const kept = (await readdir(path.join(dir, 'user-data', 'keys'))).filter(
      (f) => f !== 'dpia-signing-key.pem',
    );
    expect(kept.filter((f) => f.startsWith('dpia-signing-key.') && !f.includes('.pub.'))).toHaveLength(1);
  });

  it('refuses a short passphrase, and a wrong one when signing, in one clear line', async () => {
    const app = fakeDeps(path.join(dir, 'user-data'));
    const handlers = createHandlers(app.deps);
    expect(await handlers.createSigningKey({ passphrase: 'court' })).toMatchObject({
      ok: false,
      error: { code: 'key-passphrase-too-short' },
    });
    value(await handlers.createSigningKey({ passphrase: PASSPHRASE }));
    const opened = value(
      await handlers.newDocument({ templateId: 'csu-videoprotection', title: 'AIPD', language: 'fr' }),
    );
    const result = await handlers.signDocument({
      sessionId: opened.sessionId,
      assessment: validated(opened),
      signer: 'Mme la maire',
      role: 'Maire',
      passphrase: 'pas la bonne phrase',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'key-passphrase-wrong' } });
    if (!result.ok)
      expect(result.error.message.en).toBe(`Wrong passphrase for the private key "${PRIVATE_KEY_FILE}".`);
  });
});

describe('the verdict on open', () => {
  it('is « not recognised » until the key is in the trust list, then « trusted »', async () => {
    const app = await signedInApp();
    expect(app.signed.signature.verdict).toBe('not-recognised');
    expect((await openThroughDialog(app, app.file)).signature).toMatchObject({
      verdict: 'not-recognised',
      signer: 'Mme la maire',
      role: 'Maire',
      keyFingerprint: app.key.fingerprint,
    });
    // Main asks the user itself: cancelled, nothing is trusted; confirmed, the key is.
    app.dialogs.messageBox.push(1);
    expect(value(await app.handlers.addTrustedKey({ name: 'Mme la maire', own: true }))).toBeNull();
    expect(value(await app.handlers.listTrustedKeys(undefined))).toEqual([]);
    app.dialogs.messageBox.push(0);
    const list = value(
      await app.handlers.addTrustedKey({ name: 'Mme la maire (clé de la mairie)', own: true }),
    )!;
    expect(list).toEqual([expect.objectContaining({ fingerprint: app.key.fingerprint, until: null })]);
    const trustFiles = await readdir(path.join(dir, 'user-data', 'trusted-keys'));
    expect(trustFiles).toEqual([`${app.key.fingerprint.replace(/ /g, '')}.json`]);
    const reopened = await openThroughDialog(app, app.file);
    expect(reopened.signature).toMatchObject({
      verdict: 'trusted',
      trustedAs: 'Mme la maire (clé de la mairie)',
    });
    expect(reopened.assessment.meta.status).toBe('signed');
    expect(value(await app.handlers.verifySignature({ sessionId: app.opened.sessionId })).verdict).toBe(
      'trusted',
    );
  });

  it('says « not recognised » for a copy forged and re-signed with another key, and keeps it read-only', async () => {
    const app = await signedInApp();
    app.dialogs.messageBox.push(0);
    value(await app.handlers.addTrustedKey({ name: 'Mme la maire', own: true }));
    const forger = await writeKeyPair(path.join(dir, 'forger'), await generateSigningKeyPair());
    const forged = path.join(dir, 'forged.dpia');
    await tamper(app.file, forged, async (entries) => {
      const assessment = json(entries['assessment.json']!) as Assessment;
      assessment.risks = assessment.risks.slice(1);
      assessment.meta.status = 'validated';
      assessment.statusHistory.pop();
      entries['assessment.json'] = bytesOf(assessment);
      delete entries['signature.json'];
      await fixManifest(entries);
    });
    const { runCli } = await import('../../cli/run.ts');
    const code = await runCli(
      ['sign', forged, '--key', forger.privateKey, '--signer', 'Mme la maire', '--role', 'Maire'],
      { stdout: () => {}, stderr: () => {}, env: {}, cwd: dir, now: () => new Date('2026-03-02T14:00:00Z') },
    );
    expect(code).toBe(0);
    const opened = await openThroughDialog(app, forged);
    expect(opened.signature.verdict).toBe('not-recognised');
    expect(opened.signature.reason?.en).toMatch(/not in the trust list/);
  });

  it('opens a file with a junk signature.json as « broken », not signed, and editable', async () => {
    const app = await signedInApp();
    const junk = path.join(dir, 'junk.dpia');
    await tamper(app.file, junk, async (entries) => {
      entries['signature.json'] = bytesOf({ signed: true });
      await fixManifest(entries);
    });
    const app2 = fakeDeps(path.join(dir, 'user-data'));
    const handlers = createHandlers(app2.deps);
    app2.dialogs.open.push([junk]);
    const opened = value(await handlers.openDocument(undefined))!;
    expect(opened.signature.verdict).toBe('broken');
    expect(opened.assessment.meta.status).not.toBe('signed');
    const edited = { ...opened.assessment, meta: { ...opened.assessment.meta, title: 'Corrigée' } };
    expect(value(await handlers.autosave({ sessionId: opened.sessionId, assessment: edited })).target).toBe(
      'file',
    );
  });

  it('opens a signed file stripped of its signature and edited as « broken », with the status before signing', async () => {
    const app = await signedInApp();
    const stripped = path.join(dir, 'stripped.dpia');
    await tamper(app.file, stripped, async (entries) => {
      const assessment = json(entries['assessment.json']!) as Assessment;
      assessment.meta.title = 'Modifiée';
      entries['assessment.json'] = bytesOf(assessment);
      delete entries['signature.json'];
      await fixManifest(entries);
    });
    const opened = await openThroughDialog(app, stripped);
    expect(opened.signature.verdict).toBe('broken');
    expect(opened.assessment.meta.status).toBe('validated');
  });
});

describe('the trust list in the app', () => {
  it('adds a colleague’s public key chosen with the dialog, and removes it', async () => {
    const app = fakeDeps(path.join(dir, 'user-data'));
    const handlers = createHandlers(app.deps);
    const colleague = await writeKeyPair(path.join(dir, 'colleague'), await generateSigningKeyPair());
    app.dialogs.open.push([colleague.publicKey]);
    const list = value(await handlers.addTrustedKey({ name: 'M. Desmet', until: '2030-12-31' }))!;
    expect(list).toMatchObject([{ name: 'M. Desmet', until: '2030-12-31' }]);
    expect(value(await handlers.listTrustedKeys(undefined))).toHaveLength(1);
    app.dialogs.messageBox.push(1);
    expect(value(await handlers.removeTrustedKey({ fingerprint: list[0]!.fingerprint }))).toHaveLength(1);
    app.dialogs.messageBox.push(0);
    expect(value(await handlers.removeTrustedKey({ fingerprint: list[0]!.fingerprint }))).toEqual([]);
    app.dialogs.open.push([colleague.privateKey]);
    expect(await handlers.addTrustedKey({ name: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-key' },
    });
  });

  it('exports the app’s public key where the user chose', async () => {
    const app = await signedInApp();
    const target = path.join(dir, 'ma-cle.pem');
    app.dialogs.save.push(target);
    value(await app.handlers.exportPublicKey(undefined));
    expect(await readFile(target, 'utf8')).toBe(app.key.publicKeyPem);
    expect(await readFile(path.join(dir, 'user-data', 'keys', PUBLIC_KEY_FILE), 'utf8')).toBe(
      app.key.publicKeyPem,
    );
  });
});

describe('the renderer gets no file paths', () => {
  it('opens files only through the dialog or by recent id', async () => {
    const app = await signedInApp();
    const victim = path.join(dir, 'other.dpia');
    await writeFile(victim, await readFile(app.file));
    await openThroughDialog(app, app.file);
    const handlers = createHandlers(app.deps);
    expect(await handlers.openDocument({ filePath: victim })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    const recent = value(await handlers.getStartup(undefined)).recentFiles;
    expect(recent.map((r) => r.filePath)).not.toContain(victim);
    const entry = recent.find((r) => r.filePath === app.file)!;
    expect(entry.recentId).toMatch(/^[0-9a-f]{64}$/);
    expect(value(await handlers.openRecent({ recentId: entry.recentId })).filePath).toBe(app.file);
    expect(await handlers.openRecent({ recentId: 'f'.repeat(64) })).toMatchObject({
      ok: false,
      error: { code: 'recent-not-found' },
    });
  });

  it('shows in the folder only files this window opened or wrote, refusing others alike', async () => {
    const app = fakeDeps(path.join(dir, 'user-data'));
    const handlers = createHandlers(app.deps);
    const existing = path.join(dir, 'exists.dpia');
    await writeFile(existing, 'x');
    const a = await handlers.showInFolder({ filePath: existing });
    const b = await handlers.showInFolder({ filePath: path.join(dir, 'absent.dpia') });
    expect(a).toMatchObject({ ok: false, error: { code: 'file-not-shown' } });
    expect(b).toEqual(a);
    expect(app.shown).toEqual([]);
    const opened = value(
      await handlers.newDocument({ templateId: 'csu-videoprotection', title: 'AIPD', language: 'fr' }),
    );
    const saved = path.join(dir, 'saved.dpia');
    app.dialogs.save.push(saved);
    value(await handlers.saveDocument({ sessionId: opened.sessionId, assessment: opened.assessment }));
    value(await handlers.showInFolder({ filePath: saved }));
    expect(app.shown).toEqual([saved]);
  });

  it('sets the templates folder only through the dialog', async () => {
    const app = fakeDeps(path.join(dir, 'user-data'));
    const handlers = createHandlers(app.deps);
    const before = app.deps.preferences.get().userTemplatesDir;
    expect(await handlers.setPreferences({ userTemplatesDir: '/etc' })).toMatchObject({ ok: false });
    expect(app.deps.preferences.get().userTemplatesDir).toBe(before);
  });
});

describe('drafts held by another window', () => {
  it('are neither listed, recovered nor discarded by another window, until that window goes', async () => {
    const userData = path.join(dir, 'user-data');
    const draftHolders = new DraftHolders();
    const first = createHandlers(fakeDeps(userData, { draftHolders }).deps);
    let n = 0;
    const second = createHandlers(
      fakeDeps(userData, {
        draftHolders,
        newId: () => `30000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
      }).deps,
    );
    const opened = value(
      await first.newDocument({ templateId: 'csu-videoprotection', title: 'Brouillon A', language: 'fr' }),
    );
    value(await first.autosave({ sessionId: opened.sessionId, assessment: opened.assessment }));
    const draftId = opened.sessionId;
    expect(value(await second.getStartup(undefined)).drafts).toEqual([]);
    expect(await second.recoverDraft({ draftId })).toMatchObject({
      ok: false,
      error: { code: 'draft-in-use' },
    });
    expect(await second.discardDraft({ draftId })).toMatchObject({
      ok: false,
      error: { code: 'draft-in-use' },
    });
    expect(await readdir(path.join(userData, 'drafts'))).toEqual([`${draftId}.dpia`]);
    first.dispose();
    expect(value(await second.getStartup(undefined)).drafts).toMatchObject([
      { draftId, title: 'Brouillon A' },
    ]);
    const recovered = value(await second.recoverDraft({ draftId }));
    expect(recovered.assessment.meta.title).toBe('Brouillon A');
  });
});
