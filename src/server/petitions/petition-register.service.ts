import { sql } from 'kysely';
import type { DuplicateCandidates, DuplicateQuery, MyWorkPage, PetitionListQuery, PetitionPage } from '../../shared/petitions/petition-views.schemas';
import { PROTECTED_NAME } from '../../shared/petitions/petition-views.schemas';
import { contentSimilarity, contentTokens, SAME_CONTENT_THRESHOLD } from '../../shared/petitions/classification.rules';
import { OPEN_STATUSES } from '../../shared/petitions/petitions.schemas';
import { formatRegisterNumber } from '../../shared/registers/register-number';
import type { Actor } from '../auth/actor';
import type { AppDeps } from '../deps';
import { matchingEntityIds, searchIndex } from '../search/search-index';
import { loadDeadlineContext } from '../calendar/calendar.service';
import { clocksOf, nextDueOf } from './matter-clocks';
import { identityKeyOf, nameKeyOf } from './petition-intake.service';
import { matterStateOf } from './petition-read.service';
import { PETITION_SEARCH } from './petition-search';
import { createPetitionsPolicy } from './petitions.policy';

const numberOf = (p: { registerSequence: number; registerYear: number }) => formatRegisterNumber({ sequence: p.registerSequence, year: p.registerYear });

/**
 * One page of the register within the reader's scope, newest first: the search (names that are not protected,
 * summaries, numbers; served by the search index) and the filters of issue 7 item 6. A matter filter keeps the
 * petitions with at least one matter that passes it.
 */
export async function listPetitions(deps: AppDeps, actor: Actor, q: PetitionListQuery): Promise<PetitionPage> {
  const scope = await createPetitionsPolicy(deps.authz).readableUnitIds(actor);
  if (scope?.length === 0 || (q.unitId && scope && !scope.includes(q.unitId))) return { items: [], hasMore: false };
  const today = deps.time.today();
  let query = deps.db.selectFrom('petition').selectAll('petition');
  if (scope) query = query.where('petition.unitId', 'in', scope);
  if (q.unitId) query = query.where('petition.unitId', '=', q.unitId);
  if (q.channel) query = query.where('petition.channel', '=', q.channel);
  if (q.from) query = query.where('petition.receivedOn', '>=', q.from);
  if (q.to) query = query.where('petition.receivedOn', '<=', q.to);
  if (q.overdue !== undefined) {
    query = q.overdue
      ? query.where('petition.nextDueOn', '<', today)
      : query.where((eb) => eb.or([eb('petition.nextDueOn', 'is', null), eb('petition.nextDueOn', '>=', today)]));
  }
  if (q.q && q.q.trim()) query = query.where('petition.id', 'in', matchingEntityIds(deps.engine, PETITION_SEARCH, q.q, scope ?? null));
  if (q.status || q.contentClass || q.field || q.officerId) {
    query = query.where((eb) => {
      let sub = eb.selectFrom('matter').select('matter.petitionId').whereRef('matter.petitionId', '=', 'petition.id');
      if (q.status) sub = sub.where('matter.status', '=', q.status);
      if (q.contentClass) sub = sub.where('matter.contentClass', '=', q.contentClass);
      if (q.field) sub = sub.where('matter.field', '=', q.field);
      if (q.officerId) sub = sub.where('matter.officerId', '=', q.officerId);
      return eb.exists(sub);
    });
  }
  const rows = await query
    .orderBy('petition.receivedOn', 'desc')
    .orderBy('petition.registerYear', 'desc')
    .orderBy('petition.registerSequence', 'desc')
    .orderBy('petition.id')
    .limit(q.limit + 1)
    .offset(q.offset)
    .execute();
  const page = rows.slice(0, q.limit);
  const ids = page.map((p) => p.id);
  const [signers, matters] = ids.length
    ? await Promise.all([
        deps.db.selectFrom('petitionSigner').select(['petitionId', 'position', 'isProtected', 'fullName']).where('petitionId', 'in', ids).orderBy('position').execute(),
        deps.db.selectFrom('matter').select(['petitionId', 'position', 'summary']).where('petitionId', 'in', ids).orderBy('position').execute(),
      ])
    : [[], []];
  return {
    items: page.map((p) => {
      const own = matters.filter((m) => m.petitionId === p.id);
      return {
        id: p.id,
        unitId: p.unitId,
        registrationNumber: numberOf(p),
        channel: p.channel as PetitionPage['items'][number]['channel'],
        receivedOn: p.receivedOn,
        primaryClass: p.primaryClass as PetitionPage['items'][number]['primaryClass'],
        signerNames: signers.filter((s) => s.petitionId === p.id).map((s) => (s.isProtected === 1 ? PROTECTED_NAME : (s.fullName ?? ''))),
        summary: own[0]?.summary ?? '',
        matterCount: own.length,
        nextDueOn: p.nextDueOn,
        overdue: p.nextDueOn !== null && p.nextDueOn < today,
      };
    }),
    hasMore: rows.length > q.limit,
  };
}

/**
 * Likely earlier petitions of the same petitioner(s) or content within the reader's scope (rules C6), for the officer
 * to link a repeat. Content: each of the summary's longest words through the search index, then ranked by words in
 * common; petitioner: the folded name or identity number of signers who are not protected. A protected denouncer is
 * never matched by identity, so the answer can never confirm who denounced.
 */
export async function findDuplicates(deps: AppDeps, actor: Actor, q: DuplicateQuery): Promise<DuplicateCandidates> {
  const scope = await createPetitionsPolicy(deps.authz).readableUnitIds(actor);
  if (scope?.length === 0) return { candidates: [] };
  const words = [...contentTokens(q.summary)].filter((w) => w.length >= 4).sort((a, b) => b.length - a.length).slice(0, 4);
  const byContent = new Set<string>();
  for (const word of words) {
    for (const id of (await searchIndex(deps.db, deps.engine, PETITION_SEARCH, { query: word, unitIds: scope ?? null, limit: 50 })).ids) byContent.add(id);
  }
  const keys = { name: q.fullName?.trim() ? nameKeyOf(q.fullName) : null, identity: q.identityNumber?.trim() ? identityKeyOf(q.identityNumber) : null };
  const samePerson = new Set<string>();
  if (keys.name || keys.identity) {
    let s = deps.db.selectFrom('petitionSigner').innerJoin('petition', 'petition.id', 'petitionSigner.petitionId').select('petition.id')
      .where((eb) => eb.or([...(keys.name ? [eb('petitionSigner.nameKey', '=', keys.name)] : []), ...(keys.identity ? [eb('petitionSigner.identityKey', '=', keys.identity)] : [])]));
    if (scope) s = s.where('petition.unitId', 'in', scope);
    for (const r of await s.limit(200).execute()) samePerson.add(r.id);
  }
  const ids = [...new Set([...byContent, ...samePerson])];
  if (ids.length === 0) return { candidates: [] };
  const rows = await deps.db
    .selectFrom('matter').innerJoin('petition', 'petition.id', 'matter.petitionId')
    .select(['matter.id', 'matter.petitionId', 'matter.unitId', 'matter.contentClass', 'matter.summary', 'matter.status', 'petition.receivedOn', 'petition.registerYear', 'petition.registerSequence'])
    .where('matter.petitionId', 'in', ids)
    .execute();
  const candidates = rows
    .filter((r) => !q.contentClass || r.contentClass === q.contentClass)
    .map((r) => {
      const similarity = Math.round(contentSimilarity(q.summary, r.summary) * 100) / 100;
      const samePetitioner = samePerson.has(r.petitionId);
      return {
        matterId: r.id,
        petitionId: r.petitionId,
        unitId: r.unitId,
        registrationNumber: numberOf(r),
        receivedOn: r.receivedOn,
        contentClass: r.contentClass as DuplicateCandidates['candidates'][number]['contentClass'],
        summary: r.summary,
        status: r.status as DuplicateCandidates['candidates'][number]['status'],
        similarity,
        samePetitioner,
        likelyRepeat: samePetitioner && r.unitId === q.unitId && (!q.contentClass || r.contentClass === q.contentClass) && similarity >= SAME_CONTENT_THRESHOLD,
      };
    })
    .filter((c) => c.samePetitioner || c.similarity >= 0.3)
    .sort((a, b) => Number(b.likelyRepeat) - Number(a.likelyRepeat) || b.similarity - a.similarity || b.receivedOn.localeCompare(a.receivedOn))
    .slice(0, 20);
  return { candidates };
}

/** Open matters of the units the actor works on, most urgent first (index on matter.unit_id, next_due_on). */
export async function listMyWork(deps: AppDeps, actor: Actor, page: { limit: number; offset: number }): Promise<MyWorkPage> {
  const scope = await createPetitionsPolicy(deps.authz).writableUnitIds(actor);
  if (scope?.length === 0) return { items: [], hasMore: false };
  let query = deps.db.selectFrom('matter').innerJoin('petition', 'petition.id', 'matter.petitionId')
    .selectAll('matter').select(['petition.registerYear', 'petition.registerSequence'])
    .where('matter.status', 'in', [...OPEN_STATUSES]);
  if (scope) query = query.where('matter.unitId', 'in', scope);
  const rows = await query
    .orderBy(sql`case when matter.next_due_on is null then 1 else 0 end`)
    .orderBy('matter.nextDueOn')
    .orderBy('matter.createdAt')
    .orderBy('matter.id')
    .limit(page.limit + 1)
    .offset(page.offset)
    .execute();
  const today = deps.time.today();
  const context = await loadDeadlineContext(deps.db);
  const items = [];
  for (const r of rows.slice(0, page.limit)) {
    const state = await matterStateOf(deps.db, r);
    const next = nextDueOf(state, clocksOf(state, { today, ...context }));
    items.push({
      matterId: r.id,
      petitionId: r.petitionId,
      unitId: r.unitId,
      registrationNumber: numberOf(r),
      contentClass: state.contentClass,
      status: state.status,
      summary: r.summary,
      nextDueOn: r.nextDueOn,
      nextRule: r.nextRule,
      state: next?.clock.state ?? null,
    });
  }
  return { items, hasMore: rows.length > page.limit };
}
