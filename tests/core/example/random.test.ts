// Seeded randomness: the same seed gives the same example, and generated UUIDs are valid version 4.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createRng,
  createUuidGenerator,
  randomBytes,
  randomInt,
  shuffle,
} from '../../../core/example/random.ts';

describe('createRng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const seqA = Array.from({ length: 20 }, a);
    expect(Array.from({ length: 20 }, b)).toEqual(seqA);
    expect(Array.from({ length: 20 }, c)).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws integers within bounds and shuffles without losing elements', () => {
    const rng = createRng(3);
    const draws = Array.from({ length: 500 }, () => randomInt(rng, 2, 5));
    expect(new Set(draws)).toEqual(new Set([2, 3, 4, 5]));
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = shuffle(rng, items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
  });

  it('fills buffers of any length, also not a multiple of four', () => {
    const bytes = randomBytes(createRng(5), 7);
    expect(bytes).toHaveLength(7);
    expect(bytes.some((b) => b !== 0)).toBe(true);
  });
});

describe('createUuidGenerator', () => {
  it('makes distinct UUIDs that zod accepts, with version 4 and the RFC variant', () => {
    const uuid = createUuidGenerator(createRng(11));
    const ids = Array.from({ length: 1000 }, uuid);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) {
      expect(z.uuid().safeParse(id).success, id).toBe(true);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(Array.from({ length: 5 }, createUuidGenerator(createRng(11)))).toEqual(ids.slice(0, 5));
  });
});
