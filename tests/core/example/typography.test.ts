// French typography of the example's texts.
import { describe, expect, it } from 'vitest';
import { typesetDeep, typesetSource } from '../../../core/example/typography.ts';

const N = '\u202f';
const S = '\u00a0';

describe('typesetSource', () => {
  it('curls apostrophes and spaces punctuation and guillemets as the Word export does', () => {
    expect(typesetSource("L'arrêté : « valide » ; vraiment ? oui !")).toBe(
      `L\u2019arrêté${S}: «${S}valide${S}»${N}; vraiment${N}? oui${N}!`,
    );
  });

  it('separates thousands with a narrow no-break space', () => {
    expect(typesetSource('43 180 habitants, 2 100 000 €')).toBe(`43${N}180 habitants, 2${N}100${N}000 €`);
  });

  it('leaves links, times and dates alone', () => {
    const text = '[cnil.fr](https://www.cnil.fr/fr/plaintes) de 19:00–07:00, le 14 janvier 2026';
    expect(typesetSource(text)).toBe(text);
  });

  it('typesets every string of a structure and is idempotent', () => {
    const once = typesetDeep({ a: ["d'Armes"], b: { c: 'x : y' }, n: 3, z: null });
    expect(once).toEqual({ a: ['d\u2019Armes'], b: { c: `x${S}: y` }, n: 3, z: null });
    expect(typesetDeep(once)).toEqual(once);
  });
});
