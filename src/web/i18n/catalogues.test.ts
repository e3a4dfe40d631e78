import { describe, expect, it } from 'vitest';
import { CATALOGUES, RESOURCES } from './catalogues';

/** Every leaf key of a catalogue, as `a.b.c`. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('UI text catalogues', () => {
  it.each(Object.entries(CATALOGUES))('%s: Vietnamese and English have the same keys, each a non-empty text', (_feature, { vi, en }) => {
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort());
    for (const catalogue of [vi, en]) {
      for (const key of keysOf(catalogue)) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
        expect(typeof text === 'string' && text.trim() !== '', `${key} is empty`).toBe(true);
      }
    }
  });

  it('no two features claim the same top-level namespace, so merging loses nothing', () => {
    const namespaces = Object.values(CATALOGUES).flatMap(({ vi }) => Object.keys(vi));
    expect(namespaces.length).toBe(new Set(namespaces).size);
    for (const lang of ['vi', 'en'] as const) {
      const merged = keysOf(RESOURCES[lang]!.translation as object).length;
      const total = Object.values(CATALOGUES).reduce((n, c) => n + keysOf(c[lang]).length, 0);
      expect(merged).toBe(total);
    }
  });
});
