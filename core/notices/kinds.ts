// The kinds of public notice and what each must say; no docx here, so the CLI can read it without loading Word.
import type { FactKey, MissingFact, NoticeFacts } from './facts.ts';

export type NoticeKind = 'sign' | 'web';
export const NOTICE_KINDS: readonly NoticeKind[] = ['sign', 'web'];

export type SignSize = 'A4' | 'A3';
export const SIGN_SIZES: readonly SignSize[] = ['A4', 'A3'];

/** The facts each notice prints: the sign is the first layer only; the web notice says everything. */
const FACTS_OF: Record<NoticeKind, ReadonlySet<FactKey>> = {
  sign: new Set<FactKey>(['controller', 'dpo', 'dpoContact', 'purposes', 'retention', 'webPage']),
  web: new Set<FactKey>([
    'controller',
    'dpo',
    'dpoContact',
    'purposes',
    'legalBases',
    'recipients',
    'retention',
    'rights',
    'webPage',
    'filmedAreas',
    'cameraLocations',
  ]),
};

/** The missing facts that show as placeholders in one kind of notice. */
export function missingFor(facts: NoticeFacts, kind: NoticeKind): MissingFact[] {
  return facts.missing.filter((m) => FACTS_OF[kind].has(m.key));
}
