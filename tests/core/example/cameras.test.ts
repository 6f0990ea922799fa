// The generated inventory: realistic groups and the deliberate findings a DPO would spot.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateCameras, VALMONT_INVENTORY } from '../../../core/example/cameras.ts';
import { createRng } from '../../../core/example/random.ts';
import { Camera } from '../../../core/model/assessment.ts';

const cameras = generateCameras(361, createRng(2017), VALMONT_INVENTORY);
const count = (test: (camera: Camera) => boolean): number => cameras.filter(test).length;

describe('generateCameras', () => {
  it('numbers 361 valid cameras CAM-001 to CAM-361 with distinct ids and locations', () => {
    expect(cameras.map((camera) => Camera.parse(camera).code)).toEqual(
      Array.from({ length: 361 }, (_, i) => `CAM-${String(i + 1).padStart(3, '0')}`),
    );
    expect(new Set(cameras.map((camera) => camera.id)).size).toBe(361);
    expect(new Set(cameras.map((camera) => camera.location)).size).toBe(361);
  });

  it('mixes fixed, dome and PTZ cameras, with number-plate models only among the donated ones', () => {
    for (const type of ['fixed', 'dome', 'ptz', 'lapi'] as const)
      expect(count((c) => c.type === type)).toBeGreaterThan(0);
    expect(count((c) => c.type === 'lapi' && c.donor === '')).toBe(0);
    expect(count((c) => c.donor === 'Sinovista Technologies')).toBe(240);
  });

  it('leaves number-plate reading switched on only on a few entry-road cameras', () => {
    const enabled = cameras.filter((c) => c.lapi === 'present-enabled');
    expect(enabled.length).toBeGreaterThanOrEqual(4);
    expect(enabled.length).toBeLessThanOrEqual(6);
    for (const camera of enabled) expect(camera.location).toMatch(/^Entrée de ville/);
    expect(count((c) => c.donor !== '' && c.lapi === 'absent')).toBe(0);
    expect(count((c) => c.donor !== '' && c.facialRecognition !== 'present-disabled')).toBe(0);
  });

  it('puts about 30 % near homes, a handful of them without any mask', () => {
    const nearHomes = count((c) => c.nearHomes);
    expect(nearHomes / 361).toBeGreaterThan(0.25);
    expect(nearHomes / 361).toBeLessThan(0.35);
    const unmasked = count((c) => c.nearHomes && c.privacyMasks === 'none');
    expect(unmasked).toBeGreaterThanOrEqual(6);
    expect(unmasked).toBeLessThanOrEqual(10);
  });

  it('records a few microphones, switched off', () => {
    const microphones = cameras.filter((c) => c.audio !== 'absent');
    expect(microphones.length).toBeGreaterThan(0);
    expect(microphones.length).toBeLessThanOrEqual(10);
    expect(microphones.every((c) => c.audio === 'present-disabled')).toBe(true);
  });

  it('authorises most cameras for three years, a later batch for four months, and leaves 3 lapsed and 2 unauthorised', () => {
    // As of the example's own date, 26 March 2026.
    expect(count((c) => c.authorisationExpiry === '2029-03-25')).toBe(336);
    expect(count((c) => c.authorisationExpiry === '2026-07-26')).toBe(20);
    expect(count((c) => c.authorisationExpiry === '2025-09-26')).toBe(3);
    expect(count((c) => c.authorisationExpiry === null)).toBe(2);
    expect(
      count((c) => c.authorisationReference === 'Arrêté préfectoral n° 2024-VP-0147 du 26 mars 2024'),
    ).toBe(336);
  });

  it('gives every camera a purpose among the eleven of CSI L251-2', () => {
    for (const camera of cameras) {
      expect(camera.purposes.length, camera.code).toBeGreaterThan(0);
      expect(camera.purposes.every((p) => p >= 1 && p <= 11)).toBe(true);
    }
  });

  it('is reproducible from its seed and changes with it', () => {
    expect(generateCameras(361, createRng(2017), VALMONT_INVENTORY)).toStrictEqual(cameras);
    const other = generateCameras(361, createRng(42), VALMONT_INVENTORY);
    expect(other.map((c) => c.id)).not.toEqual(cameras.map((c) => c.id));
    expect(other.every((c) => z.uuid().safeParse(c.id).success)).toBe(true);
  });

  it('refuses a count too small for the groups it must hold', () => {
    expect(() => generateCameras(100, createRng(1), VALMONT_INVENTORY)).toThrow(/count/);
  });
});
