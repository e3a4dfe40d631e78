import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatNumber, pickLocale } from './locale';

describe('pickLocale (Accept-Language)', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR,en;q=0.5,vi;q=0.4', 'en'],
    ['fr-FR,vi;q=0.5,en;q=0.4', 'vi'],
    ['de, ja', 'vi'],
    ['en;q=0, vi;q=0.1', 'vi'],
  ])('%j -> %s', (header, expected) => {
    expect(pickLocale(header)).toBe(expected);
  });
});

describe('locale formats', () => {
  it('writes numbers the Vietnamese way in Vietnamese', () => {
    expect(formatNumber(1080, 'vi')).toBe('1.080');
    expect(formatNumber(97.8, 'vi', 1)).toBe('97,8');
    expect(formatNumber(1080, 'en')).toBe('1,080');
    expect(formatNumber(97.8, 'en', 1)).toBe('97.8');
  });
  it('writes dates dd/mm/yyyy in Vietnamese and d Mon yyyy in English', () => {
    expect(formatIsoDate('2026-07-01', 'vi')).toBe('01/07/2026');
    expect(formatIsoDate('2026-09-03', 'en')).toBe('3 Sep 2026');
  });
});
