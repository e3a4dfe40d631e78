import { foldForSearch } from './fold';

/**
 * The search language shared by every search index (server/search/search-index.ts), on both engines.
 *
 * Text and queries are folded (`foldForSearch`: no diacritics, `đ` = `d`, lower case), then cut into words: letters
 * and digits, joined by `/`, `.` and `-` so that registration numbers and dates stay one word (`123/2026`,
 * `12.3.2026`, `qd-ubnd`); every other character separates words. The indexed text is the words with one space on
 * each side (` do thi hoa 123/2026 `), which is what lets short terms use the index too.
 *
 * A query is a list of terms; an entry matches when it matches every term, in any order. A term matches
 * - of 3 characters or more: anywhere, also inside a word (`hoa` finds `hoang`, `3/20` finds `123/2026`);
 * - of 2 characters: at the start of a word (`do` finds `do`, `dong`, `doan`; not `ado`);
 * - of 1 character: a whole word (`a` finds `nguyen van a`; not `anh`).
 * Every term thus becomes a pattern of at least 3 characters, the least a trigram index can serve (SQLite FTS5's
 * trigram tokenizer matches nothing shorter; pg_trgm extracts no trigram from it and would scan the whole index).
 * A query with no term (blank, or punctuation only) matches every entry.
 */
export function toSearchWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}/.-]+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** The text to index for an entry made of several fields (nulls skipped): ` word word … `. */
export function toIndexText(parts: readonly (string | null | undefined)[]): string {
  const words = parts.flatMap((part) => (part ? toSearchWords(part) : []));
  return ` ${words.join(' ')} `;
}

/**
 * The substrings an entry's indexed text must all contain to match `query` (see above). A term's pattern that
 * another pattern contains is dropped, since any text matching the longer one matches it too (`hoa hoang` needs
 * only `hoang`), so the engines intersect fewer lists.
 */
export function toSearchPatterns(query: string): string[] {
  const patterns = [...new Set(toSearchWords(query).map(patternOf))];
  return patterns.filter((p) => !patterns.some((other) => other !== p && other.includes(p)));
}

function patternOf(term: string): string {
  if (term.length >= 3) return term;
  return term.length === 2 ? ` ${term}` : ` ${term} `;
}
