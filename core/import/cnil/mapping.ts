// Where each part of the CNIL tool's structure lands in the built-in `cnil-method` template.
import type { FearedEvent } from '../../model/vocabulary.ts';

export const CNIL_TEMPLATE_ID = 'cnil-method';

/** CNIL question ids (sections 1 and 2) → our question ids. */
export const QUESTIONS: Readonly<Record<string, string>> = {
  '111': 'context.processing',
  '112': 'context.responsibilities',
  '113': 'context.standards',
  '121': 'context.data-categories',
  '122': 'context.lifecycle',
  '123': 'context.supports',
  '211': 'principles.purposes',
  '212': 'principles.legal-basis',
  '213': 'principles.minimisation',
  '214': 'principles.accuracy',
  '215': 'principles.retention',
  '221': 'principles.information',
  '222': 'principles.consent',
  '223': 'principles.access-portability',
  '224': 'principles.rectification-erasure',
  '225': 'principles.restriction-objection',
  '226': 'principles.processors',
  '227': 'principles.transfers',
};

/** CNIL items judged as a whole (`"1.1"`) → our items, judged as a whole too. */
export const ITEMS: Readonly<Record<string, string>> = {
  '1.1': 'context.overview',
  '1.2': 'context.data-lifecycle',
};

/** CNIL items judged question by question: a `"2.1.211"` verdict goes to our question for 211. */
export const QUESTION_MODE_ITEMS: ReadonlySet<string> = new Set(['2.1', '2.2']);

/** Where an answer to a question the user added to a CNIL item goes: the last question of our item. */
export const ADDED_QUESTION_TARGET: Readonly<Record<string, string>> = {
  '11': 'context.standards',
  '12': 'context.supports',
  '21': 'principles.retention',
  '22': 'principles.transfers',
};

/** Texts that have no question of their own (answers to unknown sections, stray comments). */
export const NOTES_QUESTION = 'validation.notes';

/** The three risk items of the CNIL method, each one feared event; answers `3x1`…`3x6`. */
export const RISK_ITEMS: readonly {
  item: string;
  digit: string;
  fearedEvent: Exclude<FearedEvent, 'other'>;
}[] = [
  { item: '3.2', digit: '2', fearedEvent: 'illegitimate-access' },
  { item: '3.3', digit: '3', fearedEvent: 'unwanted-modification' },
  { item: '3.4', digit: '4', fearedEvent: 'disappearance' },
];

/** The parts of a risk item, by the last digit of the CNIL question id. */
export const RISK_PARTS = {
  impacts: '1',
  threats: '2',
  sources: '3',
  measures: '4',
  severity: '5',
  likelihood: '6',
} as const;

/** The verdicts on the measures (`3.1.<id>`) and on the risks (`3.2`–`3.4`) are gathered on these items. */
export const MEASURES_ITEM = 'measures.register';
export const RISKS_ITEM = 'risks.register';
