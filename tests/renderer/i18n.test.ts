// The interface texts: the same keys in French and English, every key the code asks for exists, and French
// typography (narrow no-break spaces before ; : ! ? and inside « ») in the French texts.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../renderer/i18n/en.json' with { type: 'json' };
import fr from '../../renderer/i18n/fr.json' with { type: 'json' };
import type { Language } from '../../core/model/localized.ts';
import { VOCABULARIES, type VocabularyName } from '../../core/model/vocabulary.ts';
import { createI18n } from '../../renderer/i18n/i18n.ts';
import { VERDICT_KEY, VOCABULARY_KEYS, vocabularyEntries } from '../../renderer/i18n/vocabulary.ts';
import { TRUST_VERDICT_LABELS } from '../../core/signature/trust.ts';

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

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const frKeys = flatten(fr);
const vocabularyKeys = new Set(vocabularyEntries('fr').map(([key]) => key));
const enKeys = flatten(en);
const rendererDir = path.resolve(import.meta.dirname, '../../renderer');

describe('interface texts', () => {
  it('have the same keys in both languages', () => {
    expect([...frKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys.keys()].filter((k) => !frKeys.has(k))).toEqual([]);
  });

  it('cover every literal key the code asks for', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(rendererDir)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\('([a-zA-Z]+(?:\.[a-zA-Z-]+)+)'/g)) {
        const key = match[1]!;
        if (!frKeys.has(key) && !frKeys.has(`${key}_one`) && !vocabularyKeys.has(key))
          missing.push(`${path.basename(file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('follow French typography in French', () => {
    const bad = [...frKeys].filter(
      ([, text]) =>
        / [;:!?]/.test(text) ||
        /«[^\u202f\u00a0]/.test(text) ||
        /[^\u202f\u00a0]»/.test(text) ||
        text.includes("'"),
    );
    expect(bad).toEqual([]);
  });

  it('keep the same interpolation values in both languages', () => {
    const values = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const differing = [...frKeys].filter(
      ([key, text]) => values(text).join() !== values(enKeys.get(key) ?? '').join(),
    );
    expect(differing).toEqual([]);
  });
});

describe('renderer source', () => {
  it('never renders user text as HTML', () => {
    const offenders = sourceFiles(rendererDir).filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML|insertAdjacentHTML|document\.write/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('name the signature verdicts as core does, on every surface', () => {
    for (const language of ['fr', 'en'] as const) {
      const { t } = createI18n(language);
      for (const [verdict, key] of Object.entries(VERDICT_KEY)) {
        const labels = TRUST_VERDICT_LABELS[verdict as keyof typeof TRUST_VERDICT_LABELS];
        expect(t(`signature.verdict.${key}`)).toBe(labels.label[language]);
        expect(t(`signature.meaning.${key}`)).toBe(labels.meaning[language]);
      }
    }
  });
});

describe('shared vocabulary', () => {
  it('shows core’s label for every value of every core vocabulary, in both languages', () => {
    const drift: string[] = [];
    for (const language of ['fr', 'en'] as const) {
      const { t } = createI18n(language);
      for (const [name, { values, labels }] of Object.entries(VOCABULARIES)) {
        for (const value of values) {
          const key = `${VOCABULARY_KEYS[name as VocabularyName]}.${value}`;
          const label = (labels as Record<string, Record<Language, string>>)[value]![language];
          if (t(key) !== label) drift.push(`${language} ${key}: "${t(key)}" ≠ "${label}"`);
        }
      }
    }
    expect(drift).toEqual([]);
  });

  it('never repeats a vocabulary label in fr.json or en.json', () => {
    const repeated = [...vocabularyEntries('fr')]
      .map(([key]) => key)
      .filter((key) => frKeys.has(key) || enKeys.has(key));
    expect(repeated).toEqual([]);
  });
});
