/**
 * Folds Vietnamese text for search: NFC-insensitive, case-insensitive, without tone marks or vowel diacritics,
 * and with `đ`/`Đ` read as `d` (NFD decomposition alone leaves đ untouched, which is why we map it explicitly).
 * `foldForSearch('Xã Cẩm Thủy, Đảng ủy') === 'xa cam thuy, dang uy'`.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes `%`, `_` and `\` for a SQL `LIKE ... ESCAPE '\'` pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
