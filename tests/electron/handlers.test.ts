import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, OpenedDocument } from '../../core/api.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { buildDocx } from '../../core/export/docx/build-docx.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { fakeDeps } from './fake-deps.ts';
import { DEFAULT_LIMITS } from '../../core/format/limits.ts';
import { cameras } from '../fixtures/cameras.ts';
import { overlappingRecordsZip } from '../fixtures/zip-tools.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-handlers-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

async function newDocument(handlers: ReturnType<typeof createHandlers>): Promise<OpenedDocument> {
  return value(
    await handlers.newDocument({ templateId: 'csu-videoprotection', title: 'AIPD Valmont', language: 'fr' }),
  );
}

describe('documents: new, autosave, save, open', () => {
  it('keeps a never-saved document as a draft, then saves it where the user chose', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    const opened = await newDocument(handlers);
    expect(opened).toMatchObject({ filePath: null, signature: { verdict: 'unsigned' } });
    const assessment = { ...opened.assessment };
    assessment.answers = { 'context.description': { type: 'richtext', text: 'Le CSU compte 361 caméras.' } };

    expect(value(await handlers.autosave({ sessionId: opened.sessionId, assessment }))).toMatchObject({
      target: 'draft',
    });
    expect(await readdir(path.join(dir, 'drafts'))).toHaveLength(1);
    if (process.platform !== 'win32') {
      // Drafts are the user's private data: owner-only folder and files.
      const [draft] = await readdir(path.join(dir, 'drafts'));
      expect((await stat(path.join(dir, 'drafts'))).mode & 0o777).toBe(0o700);
      expect((await stat(path.join(dir, 'drafts', draft!))).mode & 0o777).toBe(0o600);
    }

    const target = path.join(dir, 'Valmont');
    dialogs.save.push(target);
    const saved = value(await handlers.saveDocument({ sessionId: opened.sessionId, assessment }));
    expect(saved?.filePath).toBe(`${target}.dpia`);
    expect(dialogs.asked.at(-1)).toMatchObject({ kind: 'save', defaultPath: 'AIPD Valmont.dpia' });
    expect(await readdir(path.join(dir, 'drafts'))).toHaveLength(0);
    const { document } = await openDpiaFile(`${target}.dpia`);
    expect(document.assessment.answers['context.description']).toEqual({
      type: 'richtext',
      text: 'Le CSU compte 361 caméras.',
    });
    expect(deps.preferences.recentFiles()[0]).toMatchObject({
      filePath: `${target}.dpia`,
      title: 'AIPD Valmont',
    });
  });

  it('autosaves an opened file in place, keeping the version as opened in .bak', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    const opened = await newDocument(handlers);
    const file = path.join(dir, 'aipd.dpia');
    dialogs.save.push(file);
    value(await handlers.saveDocument({ sessionId: opened.sessionId, assessment: opened.assessment }));

    dialogs.open.push([file], [file]);
    const reopened = value(await createHandlers(deps).openDocument(undefined))!;
    const second = createHandlers(deps);
    const session = value(await second.openDocument(undefined))!;
    for (const title of ['Première modification', 'Deuxième modification']) {
      const assessment = { ...session.assessment, meta: { ...session.assessment.meta, title } };
      expect(value(await second.autosave({ sessionId: session.sessionId, assessment })).target).toBe('file');
    }
    expect((await openDpiaFile(file)).document.assessment.meta.title).toBe('Deuxième modification');
    expect((await openDpiaFile(`${file}.bak`)).document.assessment.meta.title).toBe(
      reopened.assessment.meta.title,
    );
  });

  it('refuses to autosave an assessment over the camera limit, leaving the file byte for byte', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    const opened = await newDocument(handlers);
    const file = path.join(dir, 'aipd.dpia');
    dialogs.save.push(file);
    value(await handlers.saveDocument({ sessionId: opened.sessionId, assessment: opened.assessment }));
    const before = await readFile(file);
    const assessment = { ...opened.assessment, cameras: cameras(DEFAULT_LIMITS.maxCameras + 1) };
    for (const result of [
      await handlers.autosave({ sessionId: opened.sessionId, assessment }),
      await handlers.saveDocument({ sessionId: opened.sessionId, assessment }),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('save-over-limit');
        expect(result.error.message.fr).toContain('nombre de caméras');
      }
    }
    expect(await readFile(file)).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['aipd.dpia']);
  });

  it('refuses at once a small file whose 3,000 records share one entry (a double-click must not cost 3 GB)', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const file = path.join(dir, 'overlapping.dpia');
    await writeFile(file, overlappingRecordsZip());
    dialogs.open.push([file]);
    const result = await createHandlers(deps).openDocument(undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('inconsistent-zip');
      expect(result.error.message.fr).toContain('incohérente');
    }
  });

  it('opens through the dialog, and returns null when the user cancels', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    expect(value(await handlers.openDocument(undefined))).toBeNull();
    expect(dialogs.asked[0]).toMatchObject({ kind: 'open', title: 'Ouvrir une AIPD' });
  });

  it('gives a clear error in both languages for a broken file, and leaves it alone', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const file = path.join(dir, 'broken.dpia');
    await writeFile(file, 'PK\u0003\u0004 truncated');
    const before = await readFile(file);
    dialogs.open.push([file]);
    const result = await createHandlers(deps).openDocument(undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message.fr).toContain('endommagé');
      expect(result.error.message.en).toContain('damaged');
    }
    expect(await readFile(file)).toEqual(before);
  });

  it('refuses answers that do not fit the template instead of writing them', async () => {
    const { deps } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    const opened = await newDocument(handlers);
    const assessment = {
      ...opened.assessment,
      answers: { 'no.such.question': { type: 'text' as const, text: 'x' } },
    };
    const result = await handlers.autosave({ sessionId: opened.sessionId, assessment });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('closing, drafts and recovery', () => {
  it('asks before closing a never-saved document; cancel keeps it open, "don’t save" discards the draft', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    const opened = await newDocument(handlers);
    value(await handlers.autosave({ sessionId: opened.sessionId, assessment: opened.assessment }));
    dialogs.messageBox.push(2);
    expect(value(await handlers.closeDocument({ sessionId: opened.sessionId }))).toEqual({ closed: false });
    expect(dialogs.asked.at(-1)?.message).toContain('AIPD Valmont');
    dialogs.messageBox.push(1);
    expect(value(await handlers.closeDocument({ sessionId: opened.sessionId }))).toEqual({ closed: true });
    expect(await readdir(path.join(dir, 'drafts'))).toEqual([]);
  });

  it('offers the drafts left by a crash, and recovers them', async () => {
    const crashed = createHandlers(fakeDeps(dir).deps);
    const opened = await newDocument(crashed);
    const assessment = {
      ...opened.assessment,
      meta: { ...opened.assessment.meta, title: 'Travail non enregistré' },
    };
    value(await crashed.autosave({ sessionId: opened.sessionId, assessment }));
    // The app restarts: a new set of handlers, as after a crash.
    const restarted = createHandlers(fakeDeps(dir).deps);
    const startup = value(await restarted.getStartup(undefined));
    expect(startup.drafts).toEqual([expect.objectContaining({ title: 'Travail non enregistré' })]);
    const recovered = value(await restarted.recoverDraft({ draftId: startup.drafts[0]!.draftId }));
    expect(recovered.assessment.meta.title).toBe('Travail non enregistré');
    value(await restarted.discardDraft({ draftId: startup.drafts[0]!.draftId }));
    expect(value(await createHandlers(fakeDeps(dir).deps).getStartup(undefined)).drafts).toEqual([]);
  });
});

describe('startup', () => {
  it('opens the document asked for on the command line, or reports why it could not', async () => {
    const missing = fakeDeps(dir, { pendingOpen: () => path.join(dir, 'absent.dpia') });
    const startup = value(await createHandlers(missing.deps).getStartup(undefined));
    expect(startup.pendingDocument).toBeNull();
    expect(startup.pendingError?.message.en).toContain('File not found');
    expect(startup.templates.map((t) => t.id)).toContain('csu-videoprotection');
    expect(startup.preferences.language).toBe('fr');
  });

  it('opens the built-in example when asked to', async () => {
    const { deps } = fakeDeps(dir, { pendingOpen: () => 'example' });
    const startup = value(await createHandlers(deps).getStartup(undefined));
    expect(startup.pendingDocument?.assessment.cameras).toHaveLength(361);
  });
});

describe('attachments, export, CSV, preferences, links', () => {
  it('attaches a file chosen by the user, with its hash, and saves it inside the document', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    const opened = await newDocument(handlers);
    const source = path.join(dir, 'arrêté préfectoral.pdf');
    await writeFile(source, '%PDF-1.7 arrêté');
    dialogs.open.push([source]);
    const meta = value(
      await handlers.addAttachment({
        sessionId: opened.sessionId,
        questionId: 'prescreening.authorisation-reference',
      }),
    )!;
    expect(meta).toMatchObject({
      name: 'arrêté préfectoral.pdf',
      mediaType: 'application/pdf',
      size: Buffer.byteLength('%PDF-1.7 arrêté'),
    });
    const file = path.join(dir, 'with-attachment.dpia');
    dialogs.save.push(file);
    value(
      await handlers.saveDocument({
        sessionId: opened.sessionId,
        assessment: { ...opened.assessment, attachments: [meta] },
      }),
    );
    const { document } = await openDpiaFile(file);
    expect(new TextDecoder().decode(document.attachments.get(meta.sha256))).toBe('%PDF-1.7 arrêté');
  });

  it('exports to Word where the user chose, reporting progress', async () => {
    const { deps, dialogs, events } = fakeDeps(dir, {
      buildDocx: (document, options) => buildDocx(document, options),
    });
    const handlers = createHandlers(deps);
    const opened = await newDocument(handlers);
    dialogs.save.push(path.join(dir, 'export'));
    const result = value(
      await handlers.exportDocx({
        sessionId: opened.sessionId,
        assessment: opened.assessment,
        language: 'fr',
      }),
    )!;
    expect(result.filePath).toBe(path.join(dir, 'export.docx'));
    expect((await readFile(result.filePath)).subarray(0, 2).toString()).toBe('PK');
    const stages = events.flatMap((e) => (e.channel === 'export-progress' ? [e.payload.stage] : []));
    expect(stages[0]).toBe('building');
    expect(stages.at(-1)).toBe('done');
  });

  it('validates preferences and changes the dialogs’ language', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    expect((await handlers.setPreferences({ language: 'de' })).ok).toBe(false);
    expect(
      value(await handlers.setPreferences({ language: 'en', authorName: 'Claire Dumoulin' })),
    ).toMatchObject({
      language: 'en',
      authorName: 'Claire Dumoulin',
    });
    await handlers.openDocument(undefined);
    expect(dialogs.asked.at(-1)?.title).toBe('Open an assessment');
  });

  it.each([
    ['javascript:alert(1)'],
    ['file:///etc/passwd'],
    ['http://example.org'],
    ['https://user:pass@example.org'],
    ['mailto:dpd@valmont.fr?attach=/home/dpo/.ssh/id_ed25519'],
    ['mailto:dpd@valmont.fr?cc=x@example.org'],
    ['not a url'],
  ])('refuses to open %s outside the app', async (url) => {
    const { deps, opened } = fakeDeps(dir);
    const result = await createHandlers(deps).openExternal({ url });
    expect(result).toMatchObject({ ok: false, error: { code: 'url-refused' } });
    expect(opened).toEqual([]);
  });

  it('opens https and mailto links with the system', async () => {
    const { deps, opened } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    value(await handlers.openExternal({ url: 'https://www.cnil.fr/fr/videoprotection' }));
    value(await handlers.openExternal({ url: 'mailto:dpd@valmont.fr' }));
    expect(opened).toEqual(['https://www.cnil.fr/fr/videoprotection', 'mailto:dpd@valmont.fr']);
  });

  it('refuses malformed requests with a one-line reason', async () => {
    const { deps } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    for (const bad of [null, 42, { sessionId: 'x' }, { sessionId: '../../etc', assessment: {} }]) {
      const result = await handlers.autosave(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message.en).not.toContain('\n');
    }
  });
});

/** A new CSU assessment, validated and signed with a fresh key into `<dir>/<name>`. */
async function signedDocument(name: string) {
  const { deps, dialogs } = fakeDeps(dir);
  const handlers = createHandlers(deps);
  value(await handlers.createSigningKey({ passphrase: 'phrase secrète de test' }));
  const opened = await newDocument(handlers);
  const validated = {
    ...opened.assessment,
    meta: { ...opened.assessment.meta, status: 'validated' as const },
    validation: {
      ...opened.assessment.validation,
      decision: 'validated' as const,
      by: 'Mme la maire',
      role: 'Maire',
      date: '2026-03-02',
    },
  };
  const file = path.join(dir, name);
  dialogs.save.push(file);
  const signed = value(
    await handlers.signDocument({
      sessionId: opened.sessionId,
      assessment: validated,
      signer: 'Mme la maire',
      role: 'Maire',
      passphrase: 'phrase secrète de test',
    }),
  )!;
  return { deps, dialogs, handlers, opened, file, signed };
}

describe('revisions and signature', () => {
  it('keeps revision snapshots through autosave and save, and gives them back for comparison', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    const opened = await newDocument(handlers);
    const revised = value(
      await handlers.createRevision({
        sessionId: opened.sessionId,
        assessment: opened.assessment,
        label: 'v1 envoyée au maire',
        reason: 'Relecture',
      }),
    );
    expect(revised.revisions).toEqual([expect.objectContaining({ label: 'v1 envoyée au maire' })]);
    const changed = { ...revised, meta: { ...revised.meta, title: 'AIPD Valmont v2' } };
    value(await handlers.autosave({ sessionId: opened.sessionId, assessment: changed }));
    const file = path.join(dir, 'revised.dpia');
    dialogs.save.push(file);
    value(await handlers.saveDocument({ sessionId: opened.sessionId, assessment: changed }));

    const reopened = createHandlers(deps);
    dialogs.open.push([file]);
    const session = value(await reopened.openDocument(undefined))!;
    const revisionId = session.assessment.revisions[0]!.id;
    const snapshot = value(await reopened.getRevisionSnapshot({ sessionId: session.sessionId, revisionId }));
    expect(snapshot.meta.title).toBe('AIPD Valmont');
    expect(session.assessment.meta.title).toBe('AIPD Valmont v2');
  });

  it('signs a validated document with the app’s key, locks it, and reopens it as a new revision', async () => {
    const { deps, dialogs, handlers, opened, file, signed } = await signedDocument('signed.dpia');
    expect(signed.assessment.meta.status).toBe('signed');
    expect(signed.keyFingerprint).toMatch(/[0-9a-f]/);
    dialogs.open.push([file]);
    const reopened = value(await createHandlers(deps).openDocument(undefined))!;
    expect(reopened.signature.verdict).toBe('not-recognised');

    const draft = value(
      await handlers.reopenSigned({
        sessionId: opened.sessionId,
        label: 'Version signée',
        reason: 'Ajout de caméras',
      }),
    );
    expect(draft.meta.status).toBe('draft');
    expect(draft.revisions.at(-1)).toMatchObject({ label: 'Version signée' });
    value(await handlers.saveDocument({ sessionId: opened.sessionId, assessment: draft }));
    const after = await openDpiaFile(file);
    expect(after.document.signature).toBeNull();
    expect(after.document.revisionSnapshots.size).toBe(1);
  });
});

describe('reuse from the app', () => {
  it('imports an export of the CNIL PIA tool, with a report in both languages', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    dialogs.open.push([path.join(import.meta.dirname, '../fixtures/cnil-pia/cnil-pia-example.json')]);
    const imported = value(await handlers.importCnil(undefined))!;
    expect(imported.document.template.id).toBe('cnil-method');
    expect(imported.document.filePath).toBeNull();
    expect(imported.document.assessment.measures.length).toBeGreaterThan(0);
    expect(imported.report.length).toBeGreaterThan(0);
    expect(imported.report[0]!.fr).not.toEqual(imported.report[0]!.en);
  });

  it('hands the CNIL import to the injected worker when there is one, and opens what it gives back', async () => {
    const calls: string[] = [];
    const { deps, dialogs } = fakeDeps(dir, {
      importCnil: async (bytes, file, options) => {
        calls.push(`${file}:${bytes.length}:${options.language}`);
        const { importCnilFile } = await import('../../core/import/cnil/import-file.ts');
        let n = 0;
        return importCnilFile(bytes, file, {
          ...options,
          newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
        });
      },
    });
    dialogs.open.push([path.join(import.meta.dirname, '../fixtures/cnil-pia/cnil-pia-example.json')]);
    const imported = value(await createHandlers(deps).importCnil(undefined))!;
    expect(calls).toEqual([expect.stringMatching(/^cnil-pia-example\.json:\d+:fr$/)]);
    expect(imported.document.template.id).toBe('cnil-method');
  });

  it('says clearly that a file is not a CNIL export', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const notCnil = path.join(dir, 'other.json');
    await writeFile(notCnil, '{"hello": "world"}');
    dialogs.open.push([notCnil]);
    const result = await createHandlers(deps).importCnil(undefined);
    expect(result.ok).toBe(false);
  });

  it('duplicates for another town and saves as a template that new documents can use', async () => {
    const { deps } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    const opened = await newDocument(handlers);
    const assessment = {
      ...opened.assessment,
      answers: { 'context.description': { type: 'richtext' as const, text: 'Le CSU de la ville.' } },
    };
    const copy = value(
      await handlers.duplicateDocument({
        sessionId: opened.sessionId,
        assessment,
        title: 'AIPD Marly',
        organisation: 'Commune de Marly',
        keepAttachments: false,
      }),
    );
    expect(copy.sessionId).not.toBe(opened.sessionId);
    expect(copy.assessment.meta).toMatchObject({
      title: 'AIPD Marly',
      organisation: 'Commune de Marly',
      status: 'draft',
    });
    expect(copy.assessment.answers['context.description']).toEqual(assessment.answers['context.description']);

    const summary = value(
      await handlers.saveAsTemplate({
        sessionId: opened.sessionId,
        assessment,
        id: 'csu-cabinet-x',
        version: '1.0.0',
        title: 'CSU — Cabinet X',
        withAnswers: true,
      }),
    );
    expect(summary).toMatchObject({ id: 'csu-cabinet-x', origin: 'user' });
    const fresh = value(await handlers.newDocument({ templateId: 'csu-cabinet-x', language: 'fr' }));
    expect(fresh.assessment.answers['context.description']).toMatchObject({ type: 'richtext' });
    expect(JSON.stringify(fresh.assessment.answers['context.description'])).toContain('Le CSU de la ville.');
  });
});

describe('a signed document is read-only', () => {
  it('refuses to save changed content over a signature, leaving the signed file intact', async () => {
    const { handlers, opened, file, signed } = await signedDocument('locked.dpia');
    const before = await readFile(file);
    const tampered = { ...signed.assessment, meta: { ...signed.assessment.meta, title: 'Autre titre' } };
    expect(await handlers.autosave({ sessionId: opened.sessionId, assessment: tampered })).toMatchObject({
      ok: false,
      error: { code: 'document-signed' },
    });
    expect(await readFile(file)).toEqual(before);
    // Saving the unchanged signed content keeps the signature.
    value(await handlers.saveDocument({ sessionId: opened.sessionId, assessment: signed.assessment }));
    expect((await openDpiaFile(file)).document.signature).not.toBeNull();
  });
});
