// Counts in the interface go through i18next's plural rules: « 1 caméra affichée », « 0 ligne en erreur », "1 note".
// The walk over both JSON files fails on any `{{count}}` text without its plural forms.
import { describe, expect, it } from 'vitest';
import en from '../../renderer/i18n/en.json' with { type: 'json' };
import fr from '../../renderer/i18n/fr.json' with { type: 'json' };
import { createI18n } from '../../renderer/i18n/i18n.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

describe('counted texts', () => {
  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('in %s, every {{count}} text has its _one and _other forms', (_, tree) => {
    const keys = flatten(tree);
    const unplural = [...keys].filter(
      ([key, text]) => text.includes('{{count}}') && !PLURAL_SUFFIX.test(key),
    );
    expect(unplural.map(([key]) => key)).toEqual([]);
    const bases = new Set(
      [...keys.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')),
    );
    const incomplete = [...bases].filter((base) => !keys.has(`${base}_one`) || !keys.has(`${base}_other`));
    expect(incomplete).toEqual([]);
  });

  it('reads as a person writes, 0 and 1 singular in French', () => {
    const { t: tf } = createI18n('fr');
    const { t: te } = createI18n('en');
    expect(tf('cameras.countFiltered', { count: 1, total: 361 })).toBe('1 caméra affichée sur 361');
    expect(tf('csv.invalidRows', { count: 0 })).toBe('0 ligne en erreur');
    expect(
      tf('findings.counts', {
        errors: tf('findings.errorCount', { count: 2 }),
        warnings: tf('findings.warningCount', { count: 0 }),
        infos: tf('findings.infoCount', { count: 1 }),
      }),
    ).toBe('2 erreurs, 0 alerte, 1 information');
    expect(te('findings.infoCount', { count: 1 })).toBe('1 note');
    expect(te('findings.infoCount', { count: 0 })).toBe('0 notes');
    expect(te('nav.progress', { answered: 0, count: 1 })).toBe('0 of 1 required answer');
    expect(tf('nav.overall', { count: 0, required: 24 })).toBe('0 réponse obligatoire sur 24');
    expect(tf('nav.progress', { answered: 3, count: 12 })).toBe('3 sur 12 réponses obligatoires');
  });
});
