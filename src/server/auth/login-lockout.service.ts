import { isIPv4, isIPv6 } from 'node:net';
import type { Kysely, Transaction } from 'kysely';
import type { TimeSource } from '../time-source';
import type { DB } from '../db/schema';

type Executor = Kysely<DB> | Transaction<DB>;

/** Failed sign-ins of one username from one source before that pair is locked. */
export const MAX_FAILED_LOGINS = 10;
export const LOCK_MINUTES = 15;
/** Failures further apart than this start a new count (a typo a day never locks anyone out). */
export const FAILURE_WINDOW_MINUTES = 60;

/**
 * Where a sign-in comes from, as counted: the IPv4 address, or the /64 prefix of an IPv6 address (one subscriber
 * usually holds a whole /64, so counting single IPv6 addresses would let one attacker rotate forever).
 */
export function loginSource(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return ip.slice(0, 64) || 'unknown';
  const [head = '', tail] = ip.toLowerCase().split('%')[0]!.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  // A trailing dotted quad (::ffff:0:1.2.3.4) fills two groups.
  const tailSize = tailGroups.length + (tailGroups.at(-1)?.includes('.') ? 1 : 0);
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(8 - headGroups.length - tailSize).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** The name a sign-in attempt counts against: the username as typed, normalised like usernames are stored. */
export function loginName(username: string): string {
  return username.normalize('NFC').trim().toLowerCase().slice(0, 100);
}

/** When the pair's lock ends, if it is locked now. */
export async function activeLock(db: Executor, time: TimeSource, username: string, source: string): Promise<string | null> {
  const now = time.now().toISOString();
  const row = await db
    .selectFrom('loginFailure')
    .select('lockedUntil')
    .where('username', '=', username)
    .where('source', '=', source)
    .where('lockedUntil', '>', now)
    .executeTakeFirst();
  return row?.lockedUntil ?? null;
}

/**
 * Counts one failure of `username` from `source`, atomically in the database (so every server process sees the same
 * count). Returns the end of the lock when this failure locked the pair.
 */
export async function recordLoginFailure(db: Executor, time: TimeSource, username: string, source: string): Promise<string | null> {
  const now = time.now();
  const nowIso = now.toISOString();
  const staleBefore = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000).toISOString();
  // Forget old failures (of everyone: the table stays small) unless they hold a running lock.
  await db
    .deleteFrom('loginFailure')
    .where('lastFailedAt', '<', staleBefore)
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<=', nowIso)]))
    .execute();
  const row = await db
    .insertInto('loginFailure')
    .values({ username, source, failures: 1, lastFailedAt: nowIso, lockedUntil: null })
    .onConflict((oc) =>
      oc.columns(['username', 'source']).doUpdateSet((eb) => ({ failures: eb('loginFailure.failures', '+', 1), lastFailedAt: nowIso })),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  if (row.failures < MAX_FAILED_LOGINS) return null;
  const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
  await db.updateTable('loginFailure').set({ failures: 0, lockedUntil }).where('username', '=', username).where('source', '=', source).execute();
  return lockedUntil;
}

/** Forgets the failures of `username` (from `source` only, when given): after a success, or an administrator's unlock. */
export async function clearLoginFailures(db: Executor, username: string, source?: string): Promise<void> {
  let q = db.deleteFrom('loginFailure').where('username', '=', username);
  if (source !== undefined) q = q.where('source', '=', source);
  await q.execute();
}

/** The sources each of `usernames` is locked out from right now, sorted. */
export async function lockedSourcesByUsername(db: Executor, time: TimeSource, usernames: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (usernames.length === 0) return result;
  const rows = await db
    .selectFrom('loginFailure')
    .select(['username', 'source'])
    .where('username', 'in', usernames)
    .where('lockedUntil', '>', time.now().toISOString())
    .orderBy('source')
    .execute();
  for (const r of rows) result.set(r.username, [...(result.get(r.username) ?? []), r.source]);
  return result;
}
