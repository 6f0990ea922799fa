// Search across answers, risks, measures and cameras: French folding, Markdown as plain text, question labels,
// matched words marked, and a bounded amount of work on a 5,000-camera inventory.
import { describe, expect, it } from 'vitest';
import { fold, foldWithMap } from '../../../core/search/fold.ts';
import {
  buildSearchIndex,
  queryTerms,
  SEARCH_LIMITS,
  searchIndex,
  snippet,
} from '../../../core/search/search.ts';
import { camera, cleanAssessment, csuTemplate } from '../checks/fixtures.ts';

const marked = (parts: { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text);

describe('fold', () => {
  it('sets aside case, accents, ligatures and typographic apostrophes', () => {
    expect(fold('Sécurité')).toBe('securite');
    expect(fold('L’ŒUVRE à Noël')).toBe("l'oeuvre a noel");
    expect(fold('a\u202F;')).toBe('a ;');
  });

  it('maps each folded character back to the text', () => {
    const { folded, map } = foldWithMap('Œil vidéo');
    expect(folded).toBe('oeil video');
    expect(map[folded.indexOf('video')]).toBe('Œil vidéo'.indexOf('vidéo'));
    expect(map[folded.length]).toBe('Œil vidéo'.length);
  });
});

describe('searchIndex', () => {
  const template = csuTemplate();

  it('finds « sécurité » from « securite », in answers written in Markdown, with the word marked', () => {
    const assessment = cleanAssessment();
    assessment.answers['context.purposes'] = {
      type: 'richtext',
      text: 'La **Sécurité** des personnes et des biens, *prévention* des atteintes.',
    };
    const result = searchIndex(buildSearchIndex(assessment, template, 'fr'), 'securite personnes');
    const hit = result.hits.find((h) => h.kind === 'answer' && h.id === 'context.purposes');
    expect(hit).toBeDefined();
    expect(hit!.snippet.map((p) => p.text).join('')).not.toContain('**');
    expect(marked(hit!.snippet)).toEqual(['Sécurité', 'personnes']);
    // The answer's title is its question's label, from the template.
    expect(hit!.title).toBe(
      template.sections
        .flatMap((s) => s.items.flatMap((i) => i.questions))
        .find((q) => q.id === 'context.purposes')!.label.fr,
    );
  });

  it('finds a question by its label, and every word must be there', () => {
    const assessment = cleanAssessment();
    const index = buildSearchIndex(assessment, template, 'fr');
    const label = template.sections[0]!.items[0]!.questions[0]!.label.fr;
    const word = label.split(/\s+/).find((w) => w.length > 5)!;
    const hit = searchIndex(index, word).hits.find((h) => h.kind === 'answer' && h.title === label)!;
    // The label is marked in the title, and not repeated as the context.
    expect(marked(hit.titleParts).map((w) => w.toLowerCase())).toContain(word.toLowerCase());
    expect(hit.snippet.map((p) => p.text).join('')).not.toBe(label);
    expect(searchIndex(index, `${word} zzqx`).hits).toEqual([]);
  });

  it('finds risks, measures and cameras by their texts', () => {
    const assessment = cleanAssessment();
    assessment.cameras.push(
      camera({ code: 'CAM-777', location: 'Rue Émile-Zola', notes: 'Près de l’école' }),
    );
    const index = buildSearchIndex(assessment, template, 'fr');
    expect(searchIndex(index, 'voyeurisme').hits.map((h) => h.kind)).toContain('risk');
    expect(searchIndex(index, 'masques').hits.map((h) => h.kind)).toContain('measure');
    const cam = searchIndex(index, 'emile zola').hits.filter((h) => h.kind === 'camera');
    expect(cam.map((h) => h.title)).toEqual(['CAM-777 — Rue Émile-Zola']);
    expect(searchIndex(index, 'ecole').hits.find((h) => h.kind === 'camera')?.id).toBe(
      assessment.cameras.at(-1)!.id,
    );
  });

  it('returns nothing for an empty query and cuts a hostile one', () => {
    const index = buildSearchIndex(cleanAssessment(), template, 'fr');
    expect(searchIndex(index, '   ').hits).toEqual([]);
    expect(queryTerms('a '.repeat(10_000)).length).toBeLessThanOrEqual(SEARCH_LIMITS.maxTerms);
    expect(queryTerms('x'.repeat(100_000))[0]!.length).toBe(SEARCH_LIMITS.maxQueryLength);
  });

  it('searches 5,000 cameras reading each field at most once and keeping a bounded list', () => {
    const assessment = cleanAssessment();
    assessment.cameras = Array.from({ length: 5000 }, (_, i) =>
      camera({ code: `CAM-${i}`, location: i % 2 === 0 ? `Rue de la Sécurité ${i}` : `Avenue ${i}` }),
    );
    const index = buildSearchIndex(assessment, template, 'fr');
    for (const query of ['securite', 'rue securite', 'zzqx', 'a']) {
      const result = searchIndex(index, query);
      expect(result.fieldsRead).toBeLessThanOrEqual(index.fieldCount);
      expect(result.hits.filter((h) => h.kind === 'camera').length).toBeLessThanOrEqual(
        SEARCH_LIMITS.perKind,
      );
    }
    const result = searchIndex(index, 'securite');
    expect(result.totals.camera).toBe(2500);
    expect(result.hits.filter((h) => h.kind === 'camera')).toHaveLength(SEARCH_LIMITS.perKind);
  });
});

describe('snippet', () => {
  it('keeps the words around the first match and marks every match', () => {
    const text = `${'Lorem ipsum dolor sit amet '.repeat(5)}la vidéoprotection de la ville ${'et encore '.repeat(10)}`;
    const parts = snippet(text, ['video']);
    expect(parts[0]!.text).toBe('…');
    expect(parts.at(-1)!.text).toBe('…');
    expect(marked(parts)).toEqual(['vidéo']);
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(text.length);
  });
});
