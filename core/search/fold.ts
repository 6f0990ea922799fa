// Text folded for French search: case, accents, ligatures and typographic apostrophes and spaces set aside, so that
// « securite » finds « Sécurité » and « l'oeuvre » finds « l’Œuvre ».
const SPECIAL: Readonly<Record<string, string>> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  '’': "'",
  ʼ: "'",
  '‘': "'",
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
};

const MARKS = /\p{M}/gu;

function foldChar(char: string): string {
  const lower = char.toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  return lower.normalize('NFD').replace(MARKS, '');
}

/** The folded text, for matching. Same result as `foldWithMap(text).folded`. */
export function fold(text: string): string {
  let out = '';
  // Most text is ASCII: skip the per-character work for runs of it.
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += code < 0x80 ? char.toLowerCase() : foldChar(char);
  }
  return out;
}

/** The folded text and, for each of its characters, the index in `text` of the character it comes from. */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let index = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    const piece = code < 0x80 ? char.toLowerCase() : foldChar(char);
    folded += piece;
    for (let i = 0; i < piece.length; i += 1) map.push(index);
    index += char.length;
  }
  map.push(index);
  return { folded, map };
}
