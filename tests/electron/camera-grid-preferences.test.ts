// The camera grid's layout in the preferences: kept between sessions, and a bad value (hand-edited file, hostile
// page) changes nothing.
import { describe, expect, it } from 'vitest';
import { INPUT } from '../../electron/handlers/input-schemas.ts';
import { createPreferences, defaultPreferences } from '../../electron/preferences.ts';

function preferences(initial: Record<string, unknown> = {}) {
  const store = new Map<string, unknown>(Object.entries(initial));
  const port = createPreferences(
    { get: (key) => store.get(key), set: (key, value) => void store.set(key, value) },
    defaultPreferences('fr', '/tmp/templates'),
  );
  return { store, port };
}

describe('the camera grid layout preference', () => {
  it('keeps the widths and hidden columns set', () => {
    const { store } = preferences();
    const first = preferences(Object.fromEntries(store)).port;
    first.set({ cameraGrid: { widths: { location: 420 }, hidden: ['owner', 'type'] } });
    expect(first.get().cameraGrid).toEqual({ widths: { location: 420 }, hidden: ['owner', 'type'] });
  });

  it('starts with the default layout, and falls back to it when the stored value is corrupt', () => {
    expect(preferences().port.get().cameraGrid).toEqual({ widths: {}, hidden: [] });
    const corrupt = preferences({ cameraGrid: { widths: { location: -5, __proto__: 1 }, hidden: ['code'] } });
    expect(corrupt.port.get().cameraGrid).toEqual({ widths: {}, hidden: [] });
  });

  it('refuses from the page a width out of bounds, an unknown column, or hiding the code', () => {
    const schema = INPUT.setPreferences;
    expect(schema.safeParse({ cameraGrid: { widths: { location: 300 }, hidden: ['owner'] } }).success).toBe(
      true,
    );
    expect(schema.safeParse({ cameraGrid: { widths: { location: 1e9 }, hidden: [] } }).success).toBe(false);
    expect(schema.safeParse({ cameraGrid: { widths: { secret: 100 }, hidden: [] } }).success).toBe(false);
    expect(schema.safeParse({ cameraGrid: { widths: {}, hidden: ['code'] } }).success).toBe(false);
  });
});
