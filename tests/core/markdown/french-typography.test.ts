// French typography: no-break spaces before high punctuation and inside guillemets, and nothing else touched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NBSP,
  NNBSP,
  frenchTypography,
  frenchTypographyParts,
} from '../../../core/markdown/french-typography.ts';

/** Shows the invisible spaces: ⍽ for the no-break space, · for the narrow one. */
const visible = (s: string) => s.replaceAll(NBSP, '⍽').replaceAll(NNBSP, '·');
const typeset = (s: string) => visible(frenchTypography(s));

describe('frenchTypography', () => {
  it('puts a narrow no-break space before ; ! ? and a no-break space before :', () => {
    expect(typeset('Attention! Vraiment? Oui; et voici: la suite')).toBe(
      'Attention·! Vraiment·? Oui·; et voici⍽: la suite',
    );
  });

  it('replaces the plain or wrong space a writer typed before the punctuation', () => {
    expect(typeset('Note : ici ; là\u00A0! fin\u202F:')).toBe('Note⍽: ici·; là·! fin⍽:');
  });

  it('spaces a group of punctuation once: ?! and !!!', () => {
    expect(typeset('Quoi?! Non!!!')).toBe('Quoi·?! Non·!!!');
  });

  it('leaves times, ratios and emoticons alone', () => {
    expect(typeset('De 20:00 à 06:00, format 16:9, ratio 1:4 :-)')).toBe(
      'De 20:00 à 06:00, format 16:9, ratio 1:4 :-)',
    );
  });

  it('leaves URLs, e-mail addresses and www names alone, but spaces the sentence around them', () => {
    expect(typeset('Voir https://www.cnil.fr/fr?page=2&x=1: ici')).toBe(
      'Voir https://www.cnil.fr/fr?page=2&x=1⍽: ici',
    );
    expect(typeset('Écrire à dpo@ville.fr; ou www.ville.fr!')).toBe(
      'Écrire à dpo@ville.fr·; ou www.ville.fr·!',
    );
    expect(typeset('mailto:dpo@ville.fr?subject=AIPD')).toBe('mailto:dpo@ville.fr?subject=AIPD');
    expect(typeset('C:\\dossier\\fichier')).toBe('C:\\dossier\\fichier');
  });

  it('keeps punctuation attached after an opening bracket: (?) and [!]', () => {
    expect(typeset('Un doute (?) et [!]')).toBe('Un doute (?) et [!]');
  });

  it('turns straight quotes into guillemets with no-break spaces inside', () => {
    expect(typeset('Il a dit "bonjour" puis "au revoir".')).toBe('Il a dit «⍽bonjour⍽» puis «⍽au revoir⍽».');
  });

  it('normalises the spaces inside guillemets, typed or not', () => {
    expect(typeset('«texte» et «  autre  »')).toBe('«⍽texte⍽» et «⍽autre⍽»');
  });

  it('leaves a lone straight quote, such as inches, as it is, and then converts no quote at all', () => {
    expect(typeset('écran 15" en façade')).toBe('écran 15" en façade');
    expect(typeset('écran 15" dit "HD"')).toBe('écran 15" dit "HD"');
  });

  it('does not touch text without punctuation', () => {
    const text = 'La commune exploite trente caméras.';
    expect(frenchTypography(text)).toBe(text);
  });

  const alphabet = fc.constantFrom(
    ...[
      ' ',
      'a',
      'B',
      '1',
      ':',
      ';',
      '!',
      '?',
      '"',
      '«',
      '»',
      '(',
      ')',
      '/',
      '.',
      '-',
      '@',
      '\n',
      NBSP,
      NNBSP,
    ],
    ...['h', 't', 'p', 's', 'w'],
  );

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const once = frenchTypography(chars.join(''));
        expect(visible(frenchTypography(once))).toBe(visible(once));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the same text whether a paragraph comes in runs or in one piece, and is idempotent on runs', () => {
    fc.assert(
      fc.property(fc.array(fc.array(alphabet, { maxLength: 8 }), { maxLength: 5 }), (parts) => {
        const texts = parts.map((p) => p.join(''));
        const once = frenchTypographyParts(texts.map((text) => ({ text })));
        expect(once.join('')).toBe(frenchTypography(texts.join('')));
        expect(frenchTypographyParts(once.map((text) => ({ text })))).toEqual(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('typesets the runs of a paragraph together and puts each space in the punctuation’s run', () => {
    const parts = frenchTypographyParts([
      { text: 'Note' },
      { text: ': voir "' },
      { text: 'ceci' },
      { text: '"' },
    ]);
    expect(parts.map(visible)).toEqual(['Note', '⍽: voir «⍽', 'ceci', '⍽»']);
  });

  it('leaves verbatim runs exactly as they are', () => {
    const parts = frenchTypographyParts([
      { text: 'Code ' },
      { text: 'a:b ; c!', verbatim: true },
      { text: ' fin!' },
    ]);
    expect(parts.map(visible)).toEqual(['Code ', 'a:b ; c!', ' fin·!']);
  });
});
