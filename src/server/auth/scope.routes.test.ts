import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, ROLES, roleAllows } from '../../shared/auth/roles';
import { type Actor, SYSTEM_ACTOR } from './actor';
import { importOrgUnitsCsv } from '../org-units/org-units-import.service';
import { findUserByUsername } from '../users/users.service';
import { createSuccessionEvent } from '../org-units/succession.service';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';

/**
 * Every role, granted on one commune, through the API: everything inside that commune's subtree is reachable as the
 * role allows; nothing outside it can be read or changed. Out-of-scope units answer 404 (not 403), so a user cannot
 * even learn that they exist.
 */
describe.each(testEngines())('scope enforcement on %s', (engine) => {
  let ctx: TestContext;
  const ids = {} as Record<'province' | 'district' | 'inside' | 'insideBody' | 'sibling' | 'merged' | 'siblingBody' | 'successor', string>;
  const cookies = {} as Record<Role, string>;
  let outsiderUserId = '';

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    ids.province = await ctx.unit({ nameVi: 'Tỉnh Thử', kind: 'province', level: 'province' });
    ids.district = await ctx.unit({ nameVi: 'Huyện Thử', kind: 'district', level: 'district', parentId: ids.province, validTo: '2025-06-30' });
    ids.inside = await ctx.unit({ nameVi: 'Xã Trong', parentId: ids.district, validTo: '2025-06-30' });
    ids.insideBody = await ctx.unit({ nameVi: 'UBND xã Trong', kind: 'peoples_committee', parentId: ids.inside });
    ids.sibling = await ctx.unit({ nameVi: 'Xã Bên', parentId: ids.district, validTo: '2025-06-30' });
    ids.siblingBody = await ctx.unit({ nameVi: 'UBND xã Bên', kind: 'peoples_committee', parentId: ids.sibling });
    ids.merged = await ctx.unit({ nameVi: 'Xã Mới', parentId: ids.province, validFrom: '2025-07-01' });
    await createSuccessionEvent(ctx.deps, SYSTEM_ACTOR, {
      kind: 'merge',
      effectiveDate: '2025-07-01',
      documentNumber: '1/NQ-TEST',
      documentDate: null,
      documentTitle: null,
      note: null,
      predecessorIds: [ids.sibling],
      successorIds: [ids.merged],
    });
    // A later merger of the commune in scope with one outside it, into a unit outside it (successors are not in scope).
    ids.successor = await ctx.unit({ nameVi: 'Xã Sau', parentId: ids.province, validFrom: '2025-07-01' });
    await createSuccessionEvent(ctx.deps, SYSTEM_ACTOR, {
      kind: 'merge',
      effectiveDate: '2025-07-01',
      documentNumber: '2/NQ-TEST',
      documentDate: null,
      documentTitle: null,
      note: null,
      predecessorIds: [ids.inside, ids.sibling],
      successorIds: [ids.successor],
    });
    outsiderUserId = (await ctx.user([['case_officer', ids.sibling]], 'outsider')).id;
    for (const role of ROLES) {
      const { username } = await ctx.user([[role, ids.inside]], `r-${role.replace(/_/g, '-')}`);
      cookies[role] = await ctx.login(username);
    }
  });
  afterAll(async () => ctx.close());

  const call = (role: Role, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    ctx.app.inject({ method, url, payload, headers: { cookie: cookies[role], 'accept-language': 'en' } });

  describe.each(ROLES.map((r) => [r]))('%s granted on one commune', (role) => {
    const writes = roleAllows(role, 'org-unit:write');
    const managesUsers = roleAllows(role, 'user:manage');
    const readsAudit = roleAllows(role, 'audit:read');

    it('reads units inside, and nothing outside', async () => {
      for (const id of [ids.inside, ids.insideBody]) expect((await call(role, 'GET', `/api/v1/org-units/${id}`)).statusCode).toBe(200);
      for (const id of [ids.province, ids.district, ids.sibling, ids.siblingBody, ids.merged]) {
        const res = await call(role, 'GET', `/api/v1/org-units/${id}`);
        expect(res.statusCode).toBe(404);
        expect(res.json().code).toBe('ORG_UNIT_NOT_FOUND');
        expect((await call(role, 'GET', `/api/v1/org-units/${id}/history`)).statusCode).toBe(404);
      }
      const list = (await call(role, 'GET', '/api/v1/org-units')).json() as Array<{ id: string }>;
      const listed = list.map((u) => u.id);
      expect(listed).toEqual(expect.arrayContaining([ids.inside, ids.insideBody]));
      for (const id of [ids.province, ids.district, ids.sibling, ids.siblingBody, ids.merged]) expect(listed).not.toContain(id);
      const tree = (await call(role, 'GET', '/api/v1/org-units/tree?asOf=2024-01-01')).json() as Array<{ id: string }>;
      expect(tree.map((u) => u.id)).toEqual([ids.inside]);
    });

    it(`${writes ? 'changes' : 'cannot change'} units inside, and never outside`, async () => {
      const inside = await call(role, 'PATCH', `/api/v1/org-units/${ids.insideBody}`, { note: `by ${role}` });
      expect(inside.statusCode).toBe(writes ? 200 : 403);
      const outside = await call(role, 'PATCH', `/api/v1/org-units/${ids.siblingBody}`, { note: `by ${role}` });
      expect(outside.statusCode).toBe(404);
      const createInside = await call(role, 'POST', '/api/v1/org-units', {
        nameVi: `Chi hội ${role}`,
        kind: 'mass_organisation',
        level: 'commune',
        parentId: ids.inside,
      });
      expect(createInside.statusCode).toBe(writes ? 201 : 403);
      const createOutside = await call(role, 'POST', '/api/v1/org-units', {
        nameVi: `Chi hội ngoài ${role}`,
        kind: 'mass_organisation',
        level: 'commune',
        parentId: ids.sibling,
      });
      expect(createOutside.statusCode).toBe(403);
      const event = await call(role, 'POST', '/api/v1/succession-events', {
        kind: 'rename',
        effectiveDate: '2026-01-01',
        predecessorIds: [ids.siblingBody],
        successorIds: [ids.siblingBody],
      });
      expect(event.statusCode).toBe(403);
    });

    it('tells the history of a unit inside without naming any unit outside', async () => {
      const visible = [ids.inside, ids.insideBody];
      const res = await call(role, 'GET', `/api/v1/org-units/${ids.inside}/history`);
      expect(res.statusCode).toBe(200);
      const h = res.json();
      const listed = [...h.predecessors, ...h.successors, ...h.currentUnits].map((u: { id: string }) => u.id);
      const inEvents = h.events.flatMap((e: { predecessorIds: string[]; successorIds: string[] }) => [...e.predecessorIds, ...e.successorIds]);
      for (const id of [...listed, ...inEvents]) expect(visible).toContain(id);
      expect(h.hidden).toEqual({ predecessors: 0, successors: 1, currentUnits: 1 });
      const merger = { documentNumber: '2/NQ-TEST', predecessorIds: [ids.inside], successorIds: [], hidden: { predecessors: 1, successors: 1 } };
      expect(h.events).toEqual([expect.objectContaining(merger)]);
      const events = await call(role, 'GET', `/api/v1/org-units/${ids.inside}/succession-events`);
      expect(events.statusCode).toBe(200);
      expect(events.json()).toEqual([expect.objectContaining(merger)]);
      expect((await call(role, 'GET', `/api/v1/org-units/${ids.sibling}/succession-events`)).statusCode).toBe(404);
    });

    // Every role here is granted on a commune, administrators included: only installation administrators choose ids.
    it('may not choose the id of a new unit, and cannot learn whether an id outside exists', async () => {
      const create = (id: string) =>
        call(role, 'POST', '/api/v1/org-units', { id, nameVi: 'Dò', kind: 'mass_organisation', level: 'commune', parentId: ids.inside });
      const taken = await create(ids.siblingBody);
      const fresh = await create(`FRESH-${role}`);
      expect([taken.statusCode, taken.json().code]).toEqual([403, 'ORG_UNIT_ID_NOT_ALLOWED']);
      expect(fresh.json()).toEqual({ ...taken.json(), instance: fresh.json().instance });
    });

    it(`${writes ? 'updates' : 'cannot update'} units inside by import, and learns nothing of units outside`, async () => {
      const user = (await findUserByUsername(ctx.deps, SYSTEM_ACTOR, `r-${role.replace(/_/g, '-')}`))!;
      const actor: Actor = { kind: 'user', userId: user.id, username: user.username, displayName: user.displayName, locale: 'en', grants: user.grants };
      const header = 'id,name_vi,kind,level\n';
      const inside = importOrgUnitsCsv(ctx.deps, actor, `${header}${ids.insideBody},UBND xã Trong,peoples_committee,commune\n`);
      if (writes) await expect(inside).resolves.toEqual({ created: 0, updated: 1 });
      else await expect(inside).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
      const refusal = async (id: string) => {
        try {
          await importOrgUnitsCsv(ctx.deps, actor, `${header}${id},Dò,peoples_committee,commune\n`);
          return 'imported';
        } catch (error) {
          return JSON.stringify({ code: (error as { code: string }).code, issues: (error as { issues: unknown[] }).issues });
        }
      };
      // An existing unit outside the scope is refused exactly like an id that exists nowhere.
      expect(await refusal(ids.siblingBody)).toBe(await refusal(ids.siblingBody.replace(/^U-/, 'NONE-')));
      expect(await refusal(ids.siblingBody)).not.toBe('imported');
    });

    it(`${managesUsers ? 'manages' : 'cannot manage'} users inside, never outside`, async () => {
      const list = await call(role, 'GET', '/api/v1/users');
      expect(list.statusCode).toBe(managesUsers ? 200 : 403);
      if (managesUsers) expect((list.json() as Array<{ id: string }>).map((u) => u.id)).not.toContain(outsiderUserId);
      expect((await call(role, 'GET', `/api/v1/users/${outsiderUserId}`)).statusCode).toBe(404);
      expect((await call(role, 'PATCH', `/api/v1/users/${outsiderUserId}`, { isActive: false })).statusCode).toBe(404);
      const create = (unitId: string, suffix: string) =>
        call(role, 'POST', '/api/v1/users', {
          username: `new-${suffix}-${role.replace(/_/g, '-')}`,
          displayName: 'Cán bộ mới',
          password: 'long enough password',
          grants: [{ role: 'case_officer', unitId }],
        });
      expect((await create(ids.inside, 'in')).statusCode).toBe(managesUsers ? 201 : 403);
      expect((await create(ids.sibling, 'out')).statusCode).toBe(404); // a unit outside the scope answers like a missing one
    });

    it(`${readsAudit ? 'reads' : 'cannot read'} the audit log of its scope only`, async () => {
      const res = await call(role, 'GET', '/api/v1/audit?limit=500');
      expect(res.statusCode).toBe(readsAudit ? 200 : 403);
      // An administrator granted on a commune is that commune's administrator, not the installation's.
      if (readsAudit) {
        const units = new Set((res.json().entries as Array<{ unitId: string | null }>).map((e) => e.unitId));
        for (const outside of [ids.sibling, ids.siblingBody, ids.merged, ids.province, null]) expect(units.has(outside)).toBe(false);
      }
    });
  });

  it('a unit that replaced another by merger sees its predecessor, but not the other way round', async () => {
    const { username } = await ctx.user([['leader', ids.merged]], 'merged-leader');
    const cookie = await ctx.login(username);
    const get = (id: string) => ctx.app.inject({ method: 'GET', url: `/api/v1/org-units/${id}`, headers: { cookie } });
    expect((await get(ids.sibling)).statusCode).toBe(200);
    expect((await get(ids.siblingBody)).statusCode).toBe(200);
    expect((await get(ids.inside)).statusCode).toBe(404);
    const outsider = await ctx.login('outsider');
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/org-units/${ids.merged}`, headers: { cookie: outsider } })).statusCode).toBe(404);
  });

  it('a unit administrator cannot hand out the administrator role', async () => {
    const res = await call('unit_administrator', 'POST', '/api/v1/users', {
      username: 'would-be-admin',
      displayName: 'X',
      password: 'long enough password',
      grants: [{ role: 'administrator', unitId: ids.inside }],
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ROLE_NOT_GRANTABLE');
  });
});
