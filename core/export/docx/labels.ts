// Every fixed text of the Word export, by language: French in labels-fr.ts, English in labels-en.ts.
import type { Language } from '../../model/localized.ts';
import { en } from './labels-en.ts';
import { fr } from './labels-fr.ts';
import type { Labels } from './labels-fr.ts';

export type { Labels };

const LABELS: Record<Language, Labels> = { fr, en };

export function labelsFor(language: Language): Labels {
  return LABELS[language];
}
