// The shared vocabulary's words in the interface: read from core/model/vocabulary.ts, never repeated in fr.json or
// en.json, under the keys the components ask for (`status.draft`, `cameras.types.ptz`...).
import type { Language } from '../../core/model/localized.ts';
import { TRUST_VERDICT_LABELS, type TrustVerdict } from '../../core/model/signature-verdict.ts';
import { VOCABULARIES, type VocabularyName } from '../../core/model/vocabulary.ts';

/** Where each vocabulary sits among the interface's keys. */
export const VOCABULARY_KEYS: Record<VocabularyName, string> = {
  status: 'status',
  verdict: 'verdict',
  dpoVerdict: 'validation.dpoVerdicts',
  decision: 'validation.decisions',
  fearedEvent: 'fearedEvents',
  measureCategory: 'measures.categories',
  measureState: 'measures.states',
  cameraType: 'cameras.types',
  privacyMasks: 'cameras.masks',
  capability: 'cameras.capabilities',
  cameraField: 'cameras.fields',
  severity: 'findings.severity',
  recordField: 'recordFields',
};

/** The signature verdicts' keys (`signature.verdict.notRecognised`, `signature.meaning.notRecognised`). */
export const VERDICT_KEY: Record<TrustVerdict, 'trusted' | 'notRecognised' | 'broken' | 'unsigned'> = {
  trusted: 'trusted',
  'not-recognised': 'notRecognised',
  broken: 'broken',
  unsigned: 'unsigned',
};

type Tree = { [key: string]: string | Tree };

/** Every vocabulary label of one language, as flat `key → label` pairs. */
export function vocabularyEntries(language: Language): [string, string][] {
  const terms = Object.entries(VOCABULARIES).flatMap(([name, { values, labels }]) => {
    const prefix = VOCABULARY_KEYS[name as VocabularyName];
    const byValue = labels as Record<string, Record<Language, string>>;
    return values.map((value): [string, string] => [`${prefix}.${value}`, byValue[value]![language]]);
  });
  const verdicts = Object.entries(VERDICT_KEY).flatMap(([verdict, key]): [string, string][] => {
    const { label, meaning } = TRUST_VERDICT_LABELS[verdict as TrustVerdict];
    return [
      [`signature.verdict.${key}`, label[language]],
      [`signature.meaning.${key}`, meaning[language]],
    ];
  });
  return [...terms, ...verdicts];
}

/** The interface's resources with the vocabulary's labels added under their keys. */
export function withVocabulary<T extends object>(resources: T, language: Language): T {
  const out = structuredClone(resources) as unknown as Tree;
  for (const [key, label] of vocabularyEntries(language)) {
    const path = key.split('.');
    let node = out;
    for (const part of path.slice(0, -1)) {
      const next = node[part];
      node = typeof next === 'object' ? next : (node[part] = {});
    }
    node[path.at(-1)!] = label;
  }
  return out as unknown as T;
}
