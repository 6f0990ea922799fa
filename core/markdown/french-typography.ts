// French typography for text shown to readers: no-break spaces before high punctuation and inside « guillemets ».
//
// It works on the runs of a paragraph together (bold, italic, links...), because a colon often starts the run
// that follows a bold label, and a pair of quotes often encloses a formatted word. Inserted spaces go into the run
// of the punctuation they belong to. Applying it twice gives the same text.

/** No-break space, before a colon and inside guillemets. */
export const NBSP = '\u00A0';
/** Narrow no-break space, before ; ! ? */
export const NNBSP = '\u202F';

/** A piece of a paragraph; `verbatim` pieces (code, URLs written as links) are left exactly as they are. */
export interface TypographyPart {
  text: string;
  verbatim?: boolean;
}

interface Cell {
  ch: string;
  part: number;
  verbatim: boolean;
}

const TRIGGERS: ReadonlySet<string> = new Set([';', ':', '!', '?', '"', '«', '»']);
const HIGH_PUNCTUATION: ReadonlySet<string> = new Set([';', ':', '!', '?']);
/** Spaces we replace by the right no-break space; a line break is kept, as it ends the line. */
const SPACES: ReadonlySet<string> = new Set([' ', '\t', NBSP, NNBSP]);
/** What may follow punctuation that gets a space before it: 20:00, 1:4, https:// and :-) are not followed by these. */
const AFTER_PUNCTUATION: ReadonlySet<string> = new Set([
  ')',
  ']',
  '}',
  '»',
  '"',
  '”',
  "'",
  '’',
  '.',
  ',',
  '…',
]);
/** Punctuation right after these stays attached: (?) [!] «?... */
const NO_SPACE_AFTER: ReadonlySet<string> = new Set(['(', '[', '{', '«', '\n']);
/**
 * What may come before an opening straight quote and after a closing one, besides spaces. The guillemets and
 * high punctuation are here because the spaces this module inserts next to them must not change how quotes pair,
 * or a second pass would pair quotes the first left alone.
 */
const OPENS_QUOTE_AFTER: ReadonlySet<string> = new Set(['(', '[', '{', '—', '–', '-', '/', '«']);
const CLOSES_QUOTE_BEFORE: ReadonlySet<string> = new Set([
  ...HIGH_PUNCTUATION,
  ')',
  ']',
  '}',
  '.',
  ',',
  '…',
  '»',
]);
/** A quote right before these cannot open a quotation. */
const NOT_QUOTED: ReadonlySet<string> = new Set([...HIGH_PUNCTUATION, '»']);

/**
 * URLs, e-mail addresses and www. names keep their colons and question marks; their trailing punctuation is
 * the sentence's, not theirs.
 */
const VERBATIM_TOKENS =
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>«»"]*|\bmailto:[^\s<>«»"]+|\bwww\.[^\s<>«»"]+|[^\s@<>«»"()]+@[^\s@<>«»"()]+\.[a-z]{2,}/giu;
const TRAILING_SENTENCE_PUNCTUATION = /[.,;:!?)]+$/u;

const isWhitespace = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);

/** Applies French typography to one text. */
export function frenchTypography(text: string): string {
  return frenchTypographyParts([{ text }])[0] ?? '';
}

/** Applies French typography to the runs of one paragraph, returning each run's new text. */
export function frenchTypographyParts(parts: readonly TypographyPart[]): string[] {
  if (!parts.some((p) => !p.verbatim && hasTrigger(p.text))) return parts.map((p) => p.text);
  const cells: Cell[] = [];
  parts.forEach((p, part) => {
    for (const ch of p.text) cells.push({ ch, part, verbatim: p.verbatim === true });
  });
  markVerbatimTokens(cells);
  const result = spaceHighPunctuation(spaceGuillemets(convertStraightQuotes(cells)));
  const texts = parts.map(() => '');
  for (const c of result) texts[c.part] += c.ch;
  return texts;
}

function hasTrigger(text: string): boolean {
  for (const ch of text) if (TRIGGERS.has(ch)) return true;
  return false;
}

function markVerbatimTokens(cells: Cell[]): void {
  let joined = '';
  const cellAt: number[] = [];
  cells.forEach((c, i) => {
    for (let k = 0; k < c.ch.length; k++) cellAt.push(i);
    joined += c.ch;
  });
  for (const match of joined.matchAll(VERBATIM_TOKENS)) {
    const token = match[0].replace(TRAILING_SENTENCE_PUNCTUATION, '');
    const start = match.index;
    for (let k = start; k < start + token.length; k++) {
      const cell = cells[cellAt[k] ?? -1];
      if (cell) cell.verbatim = true;
    }
  }
}

/**
 * "texte" → «texte», pairing quotes by position. When a quote finds no pair (15" screen), none is converted:
 * guessing would be wrong as often as right, and a second pass could pair what the first left alone.
 */
function convertStraightQuotes(cells: Cell[]): Cell[] {
  const replaced = new Map<number, string>();
  let open = -1;
  let quotes = 0;
  cells.forEach((c, i) => {
    if (c.ch !== '"' || c.verbatim) return;
    quotes++;
    const prev = cells[i - 1]?.ch;
    const next = cells[i + 1]?.ch;
    const canOpen =
      (prev === undefined || isWhitespace(prev) || OPENS_QUOTE_AFTER.has(prev)) &&
      next !== undefined &&
      !isWhitespace(next) &&
      !NOT_QUOTED.has(next);
    const canClose =
      prev !== undefined &&
      !isWhitespace(prev) &&
      prev !== '«' &&
      (next === undefined || isWhitespace(next) || CLOSES_QUOTE_BEFORE.has(next));
    if (open >= 0 && canClose) {
      replaced.set(open, '«');
      replaced.set(i, '»');
      open = -1;
    } else if (canOpen) {
      open = i;
    }
  });
  if (replaced.size === 0 || replaced.size !== quotes) return cells;
  return cells.map((c, i) => {
    const ch = replaced.get(i);
    return ch === undefined ? c : { ...c, ch };
  });
}

/** Drops the plain spaces at the end of `out`, returning the last cell before them. */
function popSpaces(out: Cell[]): Cell | undefined {
  while (out.length > 0 && SPACES.has(out[out.length - 1]?.ch ?? '') && !out[out.length - 1]?.verbatim) {
    out.pop();
  }
  return out[out.length - 1];
}

function countSpacesBefore(out: readonly Cell[]): number {
  let k = 0;
  while (
    k < out.length &&
    SPACES.has(out[out.length - 1 - k]?.ch ?? '') &&
    !out[out.length - 1 - k]?.verbatim
  ) {
    k++;
  }
  return k;
}

/** « texte » with no-break spaces inside, whatever spaces were typed. */
function spaceGuillemets(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === undefined) continue;
    if (c.ch === '»' && !c.verbatim) {
      const k = countSpacesBefore(out);
      const before = out[out.length - 1 - k];
      if (before !== undefined && before.ch !== '\n') {
        popSpaces(out);
        out.push({ ch: NBSP, part: c.part, verbatim: false });
      }
      out.push(c);
      continue;
    }
    out.push(c);
    if (c.ch === '«' && !c.verbatim) {
      let j = i + 1;
      while (j < cells.length && SPACES.has(cells[j]?.ch ?? '') && !cells[j]?.verbatim) j++;
      const after = cells[j];
      if (after !== undefined && after.ch !== '\n') {
        out.push({ ch: NBSP, part: c.part, verbatim: false });
        i = j - 1;
      }
    }
  }
  return out;
}

/** Text ; text : text ! text ? with the space before the punctuation a no-break one. */
function spaceHighPunctuation(cells: readonly Cell[]): Cell[] {
  const out: Cell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === undefined) continue;
    const startsGroup =
      HIGH_PUNCTUATION.has(c.ch) && !c.verbatim && !HIGH_PUNCTUATION.has(cells[i - 1]?.ch ?? '');
    if (startsGroup) {
      let j = i;
      while (j < cells.length && HIGH_PUNCTUATION.has(cells[j]?.ch ?? '')) j++;
      const next = cells[j]?.ch;
      const endsPhrase = next === undefined || isWhitespace(next) || AFTER_PUNCTUATION.has(next);
      const k = countSpacesBefore(out);
      const before = out[out.length - 1 - k];
      if (endsPhrase && before !== undefined && !NO_SPACE_AFTER.has(before.ch)) {
        popSpaces(out);
        out.push({ ch: c.ch === ':' ? NBSP : NNBSP, part: c.part, verbatim: false });
      }
    }
    out.push(c);
  }
  return out;
}
