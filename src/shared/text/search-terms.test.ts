import { describe, expect, it } from 'vitest';
import { toIndexText, toSearchPatterns, toSearchWords } from './search-terms';

describe('toSearchWords', () => {
  it.each([
    ['Đỗ Thị Hoà', ['do', 'thi', 'hoa']],
    ['Số 123/2026/QĐ-UBND, ngày 12.3.2026', ['so', '123/2026/qd-ubnd', 'ngay', '12.3.2026']],
    ['(Cẩm Thủy) - "Thanh Hóa"', ['cam', 'thuy', 'thanh', 'hoa']],
    ['  ', []],
    ['!!! / --', []],
  ])('%j -> %j', (text, words) => {
    expect(toSearchWords(text)).toEqual(words);
  });
});

describe('toIndexText', () => {
  it('folds the fields into words with one space on each side, skipping empty fields', () => {
    expect(toIndexText(['Đỗ Thị Hoà', null, 'Đơn số 123/2026', undefined, ''])).toBe(' do thi hoa don so 123/2026 ');
    expect(toIndexText([])).toBe('  ');
  });
});

describe('toSearchPatterns', () => {
  it.each([
    ['do thi hoa', [' do', 'thi', 'hoa']],
    ['HOA', ['hoa']],
    ['thị hòa', ['thi', 'hoa']],
    ['hoa   Đỗ', ['hoa', ' do']],
    ['123/2026', ['123/2026']],
    ['Nguyễn Văn A', ['nguyen', 'van', ' a ']],
    ['hoa hoang', ['hoang']],
    ['do doan', [' do', 'doan']],
    ['hoa hoa HOÀ', ['hoa']],
    ['', []],
    ['  ,;!  ', []],
  ])('%j -> %j', (query, patterns) => {
    expect(toSearchPatterns(query)).toEqual(patterns);
  });

  it('makes every pattern at least 3 characters long, so a trigram index serves it', () => {
    for (const q of ['a', 'do', 'x y z', 'ab cd 1 22 333']) {
      for (const p of toSearchPatterns(q)) expect(p.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('matches what it should on indexed text (the same rule the engines apply)', () => {
    const text = toIndexText(['Đỗ Thị Hoà', 'Đơn số 123/2026 của Nguyễn Văn A, xã Cẩm Thủy']);
    const matches = (q: string) => toSearchPatterns(q).every((p) => text.includes(p));
    expect(['do thi hoa', 'HOA', 'thị hòa', 'hoa do', 'oa', 'cam thu', '3/20', 'a', 'van a', 'nguy'].map(matches)).toEqual([
      true, true, true, true, false, true, true, true, true, true,
    ]);
    expect(['oa', 'le thi', 'b', 'xa cam tan'].some(matches)).toBe(false);
  });
});
