// What a free-text answer says, read through families of words in French and English: simple enough that a DPO
// can see why an answer was flagged, and never a word count (a long boilerplate answer says no more than a short one).

/** Lower case, without accents, typographic apostrophes straightened: « Délai » and "delai" read alike. */
export function normaliseForSignals(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();
}

/**
 * A family of word stems (already without accents); a stem matches at the start of a word, and a stem ending in
 * `$` only as a whole word (`parc$` is not `parce`).
 */
export type SignalFamily = readonly string[];

function escape(stem: string): string {
  return stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const compiled = new WeakMap<SignalFamily, RegExp>();

function familyPattern(family: SignalFamily): RegExp {
  let pattern = compiled.get(family);
  if (!pattern) {
    const alternatives = family.map((stem) =>
      stem.endsWith('$') ? `${escape(stem.slice(0, -1))}(?![\\p{L}\\p{N}])` : escape(stem),
    );
    pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'u');
    compiled.set(family, pattern);
  }
  return pattern;
}

/** Whether the text uses a word of the family. */
export function mentions(text: string, family: SignalFamily): boolean {
  return familyPattern(family).test(normaliseForSignals(text));
}

/** Places a justification can name: streets, squares, stations, districts… */
export const PLACES: SignalFamily = [
  'rue$',
  'place$',
  'avenue',
  'boulevard',
  'quai$',
  'parvis',
  'quartier',
  'gare$',
  'parking',
  'parc$',
  'jardin',
  'square',
  'centre-ville',
  'street',
  'station',
  'district',
  'car park',
];

/** Periods: times of day, seasons, months. */
export const PERIODS: SignalFamily = [
  'nuit',
  'nocturne',
  'week-end',
  'hiver',
  'janvier',
  'fevrier',
  'mars$',
  'avril',
  'mai$',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
  'night',
  'weekend',
  'summer',
  'winter',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Whether the text rests on at least one objective element: a figure or a date (any digit), a named place or a
 * period. An answer without any is an opinion, however long.
 */
export function hasObjectiveElement(text: string): boolean {
  return /\p{N}/u.test(text) || mentions(text, PLACES) || mentions(text, PERIODS);
}
