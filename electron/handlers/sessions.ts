// The documents open in the app's windows: what the renderer does not hold (attachment bytes, file paths).
import type { Assessment } from '../../core/model/assessment.ts';
import type { SignatureVerdict } from '../../core/signature/trust.ts';
import type { Template } from '../../core/template/schema.ts';

export interface Session {
  id: string;
  filePath: string | null;
  template: Template;
  attachments: Map<string, Uint8Array>;
  signature: Uint8Array | null;
  /** Snapshots of the named revisions, kept with the document so that saving never drops them. */
  revisionSnapshots: Map<string, Assessment>;
  /** The verdict on the signature when opened or signed: only an intact one keeps `signature` and the lock. */
  verdict: SignatureVerdict;
  /** The content as opened, to know whether a signed document was changed. */
  signedContent: string | null;
  /** Set once autosave has written a draft: the document exists only there. */
  draftPath: string | null;
  /** Whether this session already made the `.bak` of its file: it keeps the version as opened. */
  backedUp: boolean;
  title: string;
  /**
   * The assessment as the renderer last sent it (or as opened), with its version: what a patch applies to. Null
   * when main holds no version the renderer knows of.
   */
  current: { assessment: Assessment; version: number } | null;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  add(session: Session): Session {
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string): Session | undefined {
    return this.sessions.get(id);
  }

  remove(id: string): void {
    this.sessions.delete(id);
  }

  all(): Session[] {
    return [...this.sessions.values()];
  }
}
