// The app's signing key and the trust list: a key pair made here (the private half encrypted with a passphrase,
// never stored in clear), colleagues' public keys to recognise, and the verdict on an open document's signature.
import path from 'node:path';
import type { SigningKeyInfo, TrustedKeySummary } from '../../core/api.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import { DpiaError } from '../../core/errors.ts';
import { writeFileAtomic } from '../../core/node/atomic-write.ts';
import {
  decryptPrivateKeyPem,
  encryptPrivateKeyPem,
  PRIVATE_KEY_FILE,
  PUBLIC_KEY_FILE,
  readPrivateKeyFile,
  readPublicKeyFile,
  writeKeyPair,
  keepKeyPair,
} from '../../core/node/keys.ts';
import { addTrustedKey, readTrustList, removeTrustedKey } from '../../core/node/trust-store.ts';
import { generateSigningKeyPair, importPrivateKey, importPublicKey } from '../../core/signature/keys.ts';
import type { PrivateSigningKey } from '../../core/signature/keys.ts';
import type { HandlerContext } from './context.ts';
import { handler, type Handlers } from './define.ts';
import { pickPath, pickSavePath } from './pick-file.ts';

type KeyRequests =
  | 'verifySignature'
  | 'getSigningKey'
  | 'createSigningKey'
  | 'exportPublicKey'
  | 'listTrustedKeys'
  | 'addTrustedKey'
  | 'removeTrustedKey';

const isMissing = (error: unknown) => error instanceof DpiaError && error.code === 'file-not-found';

/** The app's public key, or null when none was made. */
export async function appSigningKey(ctx: HandlerContext): Promise<SigningKeyInfo | null> {
  try {
    const publicKeyPem = await readPublicKeyFile(path.join(ctx.keysDir, PUBLIC_KEY_FILE));
    const key = await importPublicKey(publicKeyPem, PUBLIC_KEY_FILE);
    return { fingerprint: key.fingerprint, publicKeyPem };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/** The app's private key, decrypted with the passphrase for this one signature. */
export async function unlockSigningKey(ctx: HandlerContext, passphrase: string): Promise<PrivateSigningKey> {
  let pem: string;
  try {
    pem = await readPrivateKeyFile(path.join(ctx.keysDir, PRIVATE_KEY_FILE));
  } catch (error) {
    if (isMissing(error)) throw new DpiaError('signing-key-missing');
    throw error;
  }
  return importPrivateKey(decryptPrivateKeyPem(pem, passphrase, PRIVATE_KEY_FILE), PRIVATE_KEY_FILE);
}

async function trustedKeys(ctx: HandlerContext): Promise<TrustedKeySummary[]> {
  const { keys } = await readTrustList(ctx.trustDir);
  return keys.map(({ fingerprint, name, addedAt, until }) => ({
    fingerprint,
    name,
    addedAt,
    until: until ?? null,
  }));
}

export function signingKeyHandlers(ctx: HandlerContext): Pick<Handlers, KeyRequests> {
  const { deps } = ctx;
  /** The trust list and the app's key are the root of trust: main asks the user itself before changing them. */
  const confirm = async (title: string, message: string): Promise<boolean> => {
    const t = ctx.text();
    const { response } = await deps.dialog.showMessageBox({
      type: 'warning',
      title,
      message,
      detail: '',
      buttons: [t.dialog.confirmButton, t.dialog.cancelButton],
      defaultId: 1,
      cancelId: 1,
    });
    return response === 0;
  };
  return {
    verifySignature: handler('verifySignature', async ({ sessionId }) => {
      const session = ctx.sessionOf(sessionId);
      if (!session.signature || !session.signedContent) return session.verdict;
      session.verdict = await ctx.verdictOf(
        {
          assessment: JSON.parse(session.signedContent) as Assessment,
          template: session.template,
          attachments: session.attachments,
          signature: session.signature,
          revisionSnapshots: session.revisionSnapshots,
        },
        path.basename(session.filePath ?? 'document.dpia'),
      );
      return session.verdict;
    }),

    getSigningKey: handler('getSigningKey', () => appSigningKey(ctx)),

    createSigningKey: handler('createSigningKey', async ({ passphrase, replace }) => {
      // Replacing the key is the user's decision, asked by main itself: a page cannot do it behind their back.
      const current = await appSigningKey(ctx);
      if (current && replace) {
        const t = ctx.text();
        if (!(await confirm(t.dialog.keyReplaceTitle, t.dialog.keyReplaceMessage))) return current;
        await keepKeyPair(ctx.keysDir, deps.now().toISOString());
      }
      const generated = await generateSigningKeyPair();
      // Encrypted before it touches the disk: the app never stores a private key in clear.
      const pair = { ...generated, privateKeyPem: encryptPrivateKeyPem(generated.privateKeyPem, passphrase) };
      await writeKeyPair(ctx.keysDir, pair, replace ?? false);
      return { fingerprint: pair.fingerprint, publicKeyPem: pair.publicKeyPem };
    }),

    exportPublicKey: handler('exportPublicKey', async () => {
      const key = await appSigningKey(ctx);
      if (!key) throw new DpiaError('signing-key-missing');
      const t = ctx.text();
      const target = await pickSavePath(deps.dialog, {
        title: t.dialog.publicKeyTitle,
        defaultPath: t.dialog.publicKeyFileName,
        filter: { name: t.dialog.keyFilter, extensions: ['pem'] },
      });
      if (!target) return null;
      await writeFileAtomic(target, new TextEncoder().encode(key.publicKeyPem));
      ctx.knownFiles.add(target);
      return { filePath: target, savedAt: deps.now().toISOString() };
    }),

    listTrustedKeys: handler('listTrustedKeys', () => trustedKeys(ctx)),

    addTrustedKey: handler('addTrustedKey', async ({ name, until, own }) => {
      let publicKeyPem: string;
      let file: string;
      if (own) {
        const key = await appSigningKey(ctx);
        if (!key) throw new DpiaError('signing-key-missing');
        const t = ctx.text();
        if (!(await confirm(t.dialog.trustOwnTitle, t.dialog.trustOwnMessage(name)))) return null;
        publicKeyPem = key.publicKeyPem;
        file = PUBLIC_KEY_FILE;
      } else {
        const chosen = await pickPath(deps.dialog, ctx.text(), 'key');
        if (!chosen) return null;
        publicKeyPem = await readPublicKeyFile(chosen);
        file = path.basename(chosen);
      }
      await addTrustedKey(
        ctx.trustDir,
        { name, publicKeyPem, until, addedAt: deps.now().toISOString() },
        file,
      );
      return trustedKeys(ctx);
    }),

    removeTrustedKey: handler('removeTrustedKey', async ({ fingerprint }) => {
      const listed = (await trustedKeys(ctx)).find((k) => k.fingerprint === fingerprint);
      const t = ctx.text();
      if (
        !(await confirm(t.dialog.trustRemoveTitle, t.dialog.trustRemoveMessage(listed?.name ?? fingerprint)))
      )
        return trustedKeys(ctx);
      await removeTrustedKey(ctx.trustDir, fingerprint);
      return trustedKeys(ctx);
    }),
  };
}
