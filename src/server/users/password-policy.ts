import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../shared/errors';
import { foldForSearch } from '../../shared/text/fold';
import { MIN_PASSWORD_LENGTH } from '../../shared/users/users.schemas';

/**
 * zxcvbn score a new password needs (0–4). 3 means an estimated 10^8 guesses or more: beyond reach online (rate limit
 * and per-address lockout) and slow offline against scrypt. zxcvbn's estimate already catches what a fixed
 * "distinct characters" rule would (ten spaces, `aaaa…`, `abcabc…`), plus sequences (`1234567890`), keyboard walks
 * (`qwertyuiop`), the common-password list and its l33t variants, and the user's own name, so it is the one rule.
 */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/** Built on first use (~50 ms): the common-password and diceware lists plus keyboard layouts, no Levenshtein (slow). */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...dictionary }, graphs: adjacencyGraphs, useLevenshteinDistance: false });
  return estimator;
}

/** What a password must not be built from: the account's own names, as typed and without diacritics. */
function personalWords(context: { username?: string; displayName?: string }): string[] {
  const names = [context.username, context.displayName].filter((n): n is string => !!n);
  const words = names.flatMap((n) => [n, foldForSearch(n), ...n.split(/[\s._-]+/), ...foldForSearch(n).split(/[\s._-]+/)]);
  return [...new Set(words.filter((w) => w.length >= 3))];
}

/**
 * The one password policy, for user creation, password changes and resets, API and CLI alike: at least
 * MIN_PASSWORD_LENGTH characters and hard enough to guess. Throws a field error on `password`.
 */
export function assertPasswordAllowed(password: string, context: { username?: string; displayName?: string } = {}): void {
  const normalised = password.normalize('NFC');
  if ([...normalised].length < MIN_PASSWORD_LENGTH) {
    throw new AppError('PASSWORD_TOO_SHORT', { min: MIN_PASSWORD_LENGTH }, [{ path: 'password', message: '' }]);
  }
  if (zxcvbn().check(normalised, personalWords(context)).score < MIN_PASSWORD_SCORE) {
    throw new AppError('PASSWORD_TOO_WEAK', {}, [{ path: 'password', message: '' }]);
  }
}
