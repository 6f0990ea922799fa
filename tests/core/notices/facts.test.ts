import { describe, expect, it } from 'vitest';
import { groupByPlace, noticeFacts } from '../../../core/notices/facts.ts';
import { missingFor } from '../../../core/notices/kinds.ts';
import { blank, cameraAt, complete, example } from './notice-fixtures.ts';

describe('noticeFacts', () => {
  it('reads the example: controller, DPO, purposes with their regime, bases, retention, places', async () => {
    const { assessment, template } = await example();
    const facts = noticeFacts(assessment, template, 'fr');
    expect(facts.controller).toBe('Le maire de Valmont-sur-Escaut');
    expect(facts.dpo).toContain('Nathalie Verhaeghe');
    expect(facts.purposes.map((p) => p.number)).toEqual([1, 3, 4, 5, 6, 11]);
    expect(facts.purposes[1]).toMatchObject({ label: '3° Régulation des flux de transport', regime: 'gdpr' });
    expect(facts.legalBases).toHaveLength(2);
    expect(facts.retentionDays).toBe(21);
    expect(facts.regimes).toEqual({ gdpr: true, directive: true });
    expect(facts.filmedAreas.cameras).toBe(361);
    expect(facts.filmedAreas.places.reduce((sum, p) => sum + p.cameras, 0)).toBe(361);
    expect(facts.missing.map((m) => m.key)).toEqual(['dpoContact', 'webPage']);
    expect(facts.missing[0]?.placeholder).toBe(
      '[À compléter : contact du délégué à la protection des données]',
    );
  });

  it('gives purposes and placeholders in the language asked for', async () => {
    const { assessment, template } = await example();
    const facts = noticeFacts(assessment, template, 'en');
    expect(facts.purposes[1]?.label).toBe('3° Traffic-flow regulation');
    expect(facts.missing[1]?.placeholder).toBe(
      '[To be completed: address of the information page on the town’s website]',
    );
  });

  it('finds the DPO e-mail and the town page where the DPO wrote them, never the CNIL’s site', async () => {
    const { assessment, template } = await complete();
    const facts = noticeFacts(assessment, template, 'fr');
    expect(facts.dpoContact).toBe('dpo@valmont-sur-escaut.example');
    expect(facts.webPage).toBe('https://www.valmont-sur-escaut.example/videoprotection');
    expect(facts.missing).toEqual([]);
  });

  it('lists every fact of a blank assessment as missing, none guessed', () => {
    const { assessment, template } = blank();
    const facts = noticeFacts(assessment, template, 'en');
    expect(facts.missing.map((m) => m.key)).toEqual([
      'controller',
      'dpo',
      'dpoContact',
      'purposes',
      'legalBases',
      'recipients',
      'retention',
      'rights',
      'webPage',
      'filmedAreas',
    ]);
    expect(facts.controller).toBeNull();
    expect(facts.purposes).toEqual([]);
    // The sign prints the first layer only, so it lacks fewer facts than the web notice.
    expect(missingFor(facts, 'sign').map((m) => m.key)).toEqual([
      'controller',
      'dpo',
      'dpoContact',
      'purposes',
      'retention',
      'webPage',
    ]);
  });
});

describe('groupByPlace', () => {
  it('groups cameras by the place before the spot, whatever the case and spacing, sorted by name', async () => {
    const { assessment } = await example();
    const base = assessment.cameras[0]!;
    const cameras = [
      cameraAt(base, 'Place d’Armes — côté nord', 1),
      cameraAt(base, 'place d’armes  (fontaine)', 2),
      cameraAt(base, 'Gare (parvis)', 3),
      cameraAt(base, 'Écoles', 4),
      cameraAt(base, '   ', 5),
    ];
    expect(groupByPlace(cameras, 'fr')).toEqual({
      places: [
        { name: 'Écoles', cameras: 1 },
        { name: 'Gare', cameras: 1 },
        { name: 'Place d’Armes', cameras: 2 },
      ],
      cameras: 5,
      unlocated: 1,
    });
  });

  it('turns 5,000 cameras into one line per street, not per camera', async () => {
    const { assessment, template } = await example();
    const base = assessment.cameras[0]!;
    const cameras = Array.from({ length: 5000 }, (_, i) =>
      cameraAt(base, `Rue ${i % 120} — n° ${i}`, i + 10),
    );
    const facts = noticeFacts({ ...assessment, cameras }, template, 'fr');
    expect(facts.filmedAreas.places).toHaveLength(120);
    expect(facts.filmedAreas.places.slice(0, 3).map((p) => p.name)).toEqual(['Rue 0', 'Rue 1', 'Rue 2']);
    expect(facts.filmedAreas.places.at(-1)).toEqual({ name: 'Rue 119', cameras: 41 });
  });
});
