import type { Kysely } from 'kysely';
import { auditSearchText, vnDayStart } from '../../shared/audit/audit.describe';
import {
  AUDIT_SYSTEM_ACTOR,
  type AuditEntry,
  type AuditFilter,
  type AuditPage,
  type AuditQuery,
  type AuditRefs,
} from '../../shared/audit/audit.schemas';
import { AppError } from '../../shared/errors';
import { scopeOf } from '../../shared/org-units/org-graph';
import { foldForSearch } from '../../shared/text/fold';
import type { Authorizer } from '../auth/authorize';
import type { DB } from '../db/schema';
import { type AuditRowFilter, findUnitNames, findUserNames, listAuditEntries } from './audit.repository';
import { toAuditEntry } from './audit.service';

export interface AuditReadDeps {
  db: Kysely<DB>;
  authz: Pick<Authorizer, 'graph'>;
}

/** What a reader may see of the log: entries about these units (all when undefined), and unit-less ones or not. */
export interface AuditScope {
  unitIds: string[] | undefined;
  includeUnitless: boolean;
}

/** Rows read per query while a free-text filter is applied in TypeScript. */
const SCAN_BATCH = 500;
/** A page with a free-text filter stops after this many rows and offers "load more", so one request stays cheap. */
const SCAN_LIMIT_PER_PAGE = 20_000;
/** More entries than this cannot be exported at once: the reader narrows the filters. */
export const AUDIT_EXPORT_MAX = 50_000;

/** The SQL part of the filters, inside the reader's scope (a unit filter narrows the scope, never widens it). */
async function rowFilter(deps: AuditReadDeps, f: AuditFilter, scope: AuditScope): Promise<Omit<AuditRowFilter, 'limit'> | null> {
  let unitIds = scope.unitIds;
  let includeUnitless = scope.includeUnitless;
  if (f.unitId) {
    // A unit outside the scope gives nothing, like a missing one: the filter cannot probe which units exist.
    if (unitIds && !unitIds.includes(f.unitId)) return null;
    const wanted = scopeOf(await deps.authz.graph(), [f.unitId]);
    unitIds = (unitIds ?? [...wanted]).filter((id) => wanted.has(id));
    includeUnitless = false;
    if (unitIds.length === 0) return null;
  }
  return {
    entityType: f.entityType,
    entityId: f.entityId,
    actorId: f.actorId === AUDIT_SYSTEM_ACTOR ? null : f.actorId,
    action: f.action,
    fromInstant: f.from ? vnDayStart(f.from) : undefined,
    toInstant: f.to ? vnDayStart(nextDay(f.to)) : undefined,
    unitIds,
    includeUnitless,
  };
}

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function collectIds(entries: AuditEntry[]): { units: Set<string>; users: Set<string> } {
  const units = new Set<string>();
  const users = new Set<string>();
  const visit = (value: unknown, key: string) => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, key));
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) visit(v, k);
      return;
    }
    if (typeof value !== 'string') return;
    if (['parentId', 'unitId', 'predecessorIds', 'successorIds'].includes(key)) units.add(value);
    if (key === 'userId') users.add(value);
  };
  for (const e of entries) {
    if (e.unitId) units.add(e.unitId);
    if (e.entityType === 'org-unit') units.add(e.entityId);
    if (e.entityType === 'user') users.add(e.entityId);
    if (e.actorId) users.add(e.actorId);
    visit(e.before, '');
    visit(e.after, '');
  }
  return { units, users };
}

/** Names of the units and users the entries mention; units outside the reader's scope stay unnamed. */
export async function resolveAuditRefs(db: Kysely<DB>, entries: AuditEntry[], scope: AuditScope): Promise<AuditRefs> {
  const ids = collectIds(entries);
  const inScope = scope.unitIds ? new Set(scope.unitIds) : null;
  const unitIds = [...ids.units].filter((id) => !inScope || inScope.has(id));
  const [units, users] = await Promise.all([findUnitNames(db, unitIds), findUserNames(db, [...ids.users])]);
  return {
    units: Object.fromEntries(units.map((u) => [u.id, { nameVi: u.nameVi, nameEn: u.nameEn }])),
    users: Object.fromEntries(users.map((u) => [u.id, { displayName: u.displayName, username: u.username }])),
  };
}

/**
 * Entries matching the filters, newest first, from `beforeSeq` down. The free text is matched in TypeScript against
 * the entry as a reader sees it (names, actions and changes in both languages, folded), a batch at a time.
 */
async function scanAudit(
  deps: AuditReadDeps,
  f: AuditFilter,
  scope: AuditScope,
  page: { limit: number; beforeSeq?: number; scanLimit: number },
): Promise<{ entries: AuditEntry[]; nextBeforeSeq: number | null }> {
  const filter = await rowFilter(deps, f, scope);
  if (!filter) return { entries: [], nextBeforeSeq: null };
  const needle = f.q ? foldForSearch(f.q) : '';
  const found: AuditEntry[] = [];
  let beforeSeq = page.beforeSeq;
  let scanned = 0;
  for (;;) {
    const batch = needle ? SCAN_BATCH : page.limit - found.length;
    const rows = await listAuditEntries(deps.db, { ...filter, beforeSeq, limit: batch });
    const entries = rows.map(toAuditEntry);
    const refs = needle ? await resolveAuditRefs(deps.db, entries, scope) : null;
    for (const entry of entries) {
      beforeSeq = entry.seq;
      scanned += 1;
      if (refs && !auditSearchText(entry, refs).includes(needle)) continue;
      found.push(entry);
      if (found.length === page.limit) return { entries: found, nextBeforeSeq: entry.seq };
    }
    if (rows.length < batch) return { entries: found, nextBeforeSeq: null };
    if (scanned >= page.scanLimit) return { entries: found, nextBeforeSeq: beforeSeq ?? null };
  }
}

/** One page of the log for the list view, with the names its entries mention. */
export async function listAudit(deps: AuditReadDeps, query: AuditQuery, scope: AuditScope): Promise<AuditPage> {
  const { entries, nextBeforeSeq } = await scanAudit(deps, query, scope, {
    limit: query.limit,
    beforeSeq: query.beforeSeq,
    scanLimit: SCAN_LIMIT_PER_PAGE,
  });
  return { entries, nextBeforeSeq, refs: await resolveAuditRefs(deps.db, entries, scope) };
}

/** Every entry matching the filters (newest first) with their names, for the export; refuses more than it can carry. */
export async function listAuditForExport(
  deps: AuditReadDeps,
  filter: AuditFilter,
  scope: AuditScope,
): Promise<{ entries: AuditEntry[]; refs: AuditRefs }> {
  const { entries } = await scanAudit(deps, filter, scope, { limit: AUDIT_EXPORT_MAX + 1, scanLimit: Number.POSITIVE_INFINITY });
  if (entries.length > AUDIT_EXPORT_MAX) throw new AppError('AUDIT_EXPORT_TOO_LARGE', { max: AUDIT_EXPORT_MAX });
  return { entries, refs: await resolveAuditRefs(deps.db, entries, scope) };
}
