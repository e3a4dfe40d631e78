import { describe, expect, it } from 'vitest';
import { escapeLike, foldForSearch } from './fold';

describe('foldForSearch', () => {
  it.each([
    ['Xã Cẩm Thủy', 'xa cam thuy'],
    ['ĐẢNG ỦY xã Cẩm Tân', 'dang uy xa cam tan'],
    ['Đà Nẵng', 'da nang'],
    ['Thanh Hóa'.normalize('NFD'), 'thanh hoa'],
    ['Thanh Hoá', 'thanh hoa'],
    ['  Hội   Nông dân ', 'hoi nong dan'],
    ['Điện Biên Phủ', 'dien bien phu'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });
});

describe('escapeLike', () => {
  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
