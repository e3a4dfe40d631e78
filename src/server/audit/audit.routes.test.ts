import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../shared/audit/audit.schemas';
import { SYSTEM_ACTOR } from '../auth/actor';
import { updateOrgUnit } from '../org-units/org-units.service';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';

/**
 * The audit log as an inspector reads it: filters by person, action, unit subtree, free text and Viet Nam days,
 * names instead of ids, and the CSV export with the same scope and filters.
 */
describe.each(testEngines())('audit log list and export on %s', (engine) => {
  let ctx: TestContext;
  const ids = {} as Record<'province' | 'district' | 'dongSon' | 'moved' | 'other' | 'formula', string>;
  let adminId = '';
  let admin = '';
  let districtAdmin = '';
  let leader = '';

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    ids.province = await ctx.unit({ nameVi: 'Tỉnh Thử', kind: 'province', level: 'province' });
    ids.district = await ctx.unit({ nameVi: 'Huyện Thử', nameEn: 'Thu District', kind: 'district', level: 'district', parentId: ids.province });
    ids.dongSon = await ctx.unit({ nameVi: 'Xã Đông Sơn', parentId: ids.district });
    ids.other = await ctx.unit({ nameVi: 'Xã Bên Ngoài', parentId: ids.province });
    ids.formula = await ctx.unit({ nameVi: '=HYPERLINK("http://x")', parentId: ids.district });
    // A unit moved from outside the district into it: its entry is in the district's scope, its old parent is not.
    ids.moved = await ctx.unit({ nameVi: 'Xã Chuyển Về', parentId: ids.province });
    await updateOrgUnit(ctx.deps, SYSTEM_ACTOR, ids.moved, { parentId: ids.district });
    adminId = (await ctx.user([['administrator', ids.province]], 'admin')).id;
    await ctx.user([['unit_administrator', ids.district]], 'qt.huyen');
    await ctx.user([['leader', ids.district]], 'lanh.dao');
    // Late in the evening UTC is the next morning in Viet Nam: 25 Nov 2026 20:00Z = 26/11/2026 03:00 in Hà Nội.
    ctx.time.advance(17 * 3600_000);
    admin = await ctx.login('admin');
    districtAdmin = await ctx.login('qt.huyen');
    leader = await ctx.login('lanh.dao');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: { username: 'can.bo', displayName: 'Đặng Văn Bộ', password: 'mot-mat-khau-dai-2026', locale: 'vi', grants: [{ role: 'case_officer', unitId: ids.dongSon }] },
    });
    expect(res.statusCode).toBe(201);
    const grant = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/users/${res.json().id}/grants`,
      headers: { cookie: admin },
      payload: { role: 'leader', unitId: ids.other },
    });
    expect(grant.statusCode).toBe(200);
  });
  afterAll(async () => ctx.close());

  const list = async (cookie: string, query: string): Promise<AuditPage> => {
    const limit = query.includes('limit=') ? '' : 'limit=500&';
    const res = await ctx.app.inject({ method: 'GET', url: `/api/v1/audit?${limit}${query}`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('filters by action', async () => {
    const page = await list(admin, 'action=user.grant-role');
    expect(page.entries.map((e) => e.action)).toEqual(['user.grant-role']);
  });

  it('filters by person, the system included', async () => {
    expect((await list(admin, `actorId=${adminId}`)).entries.map((e) => e.action)).toEqual(['user.grant-role', 'user.create', 'auth.login']);
    const bySystem = await list(admin, 'actorId=system');
    expect(bySystem.entries.length).toBeGreaterThan(5);
    expect(bySystem.entries.every((e) => e.actorId === null)).toBe(true);
  });

  it('filters by unit, with its subtree, and never beyond the reader’s scope', async () => {
    const district = await list(admin, `unitId=${ids.district}`);
    expect(new Set(district.entries.map((e) => e.unitId))).toEqual(new Set([ids.district, ids.dongSon, ids.formula, ids.moved]));
    expect((await list(admin, `unitId=${ids.dongSon}`)).entries.map((e) => e.action)).toEqual(['user.create', 'org-unit.create']);
    // A unit outside the scope answers like a unit with no entries.
    expect((await list(districtAdmin, `unitId=${ids.other}`)).entries).toEqual([]);
    expect((await list(districtAdmin, `unitId=${ids.province}`)).entries).toEqual([]);
    expect((await list(districtAdmin, 'unitId=no-such-unit')).entries).toEqual([]);
  });

  it('finds entries by free text without accents, đ read as d, in names, actions and changes', async () => {
    const byName = await list(admin, `q=${encodeURIComponent('XA DONG SON')}`);
    expect(byName.entries.map((e) => e.action)).toEqual(['user.create', 'org-unit.create']);
    expect((await list(admin, `q=${encodeURIComponent('dang van bo')}`)).entries.map((e) => e.action)).toEqual(['user.grant-role', 'user.create']);
    expect((await list(admin, `q=${encodeURIComponent('cấp vai trò')}`)).entries.map((e) => e.action)).toEqual(['user.grant-role']);
    expect((await list(admin, `q=${encodeURIComponent('role granted')}`)).entries.map((e) => e.action)).toEqual(['user.grant-role']);
    expect((await list(admin, 'q=khong-co-dau-vet-nao')).entries).toEqual([]);
  });

  it('does not let free text find a unit outside the scope by its name', async () => {
    // The moved unit's entry is readable; the name of its former parent (the province) is not.
    const moved = await list(districtAdmin, `q=${encodeURIComponent('Xã Chuyển Về')}`);
    expect(moved.entries.map((e) => e.action)).toEqual(['org-unit.update', 'org-unit.create']);
    expect((await list(districtAdmin, `q=${encodeURIComponent('tinh thu')}`)).entries).toEqual([]);
  });

  it('names the units and users the entries mention, but no unit outside the reader’s scope', async () => {
    const page = await list(districtAdmin, '');
    expect(page.refs.units[ids.dongSon]).toEqual({ nameVi: 'Xã Đông Sơn', nameEn: null });
    expect(page.refs.units[ids.district]).toEqual({ nameVi: 'Huyện Thử', nameEn: 'Thu District' });
    expect(page.refs.units[ids.province]).toBeUndefined();
    expect(page.refs.units[ids.other]).toBeUndefined();
    expect(page.entries.some((e) => JSON.stringify(e.before).includes(ids.province))).toBe(true);
    expect(JSON.stringify(page)).not.toContain('Tỉnh Thử');
    expect(JSON.stringify(page)).not.toContain('Xã Bên Ngoài');
    const created = page.entries.find((e) => e.action === 'user.create')!;
    expect(page.refs.users[created.entityId]).toEqual({ displayName: 'Đặng Văn Bộ', username: 'can.bo' });
    expect(page.refs.users[adminId]?.username).toBe('admin');
  });

  it('reads date filters as days in Viet Nam', async () => {
    const late = await list(admin, 'from=2026-11-26&to=2026-11-26&entityType=user');
    expect(late.entries.map((e) => e.action)).toEqual(['user.grant-role', 'user.create', 'auth.login', 'auth.login', 'auth.login']);
    const early = await list(admin, 'to=2026-11-25&entityType=user');
    expect(early.entries.map((e) => e.action)).toEqual(['user.create', 'user.create', 'user.create']);
  });

  it('pages through a free-text search', async () => {
    const first = await list(admin, 'q=xa&limit=2');
    expect(first.entries).toHaveLength(2);
    expect(first.nextBeforeSeq).toBe(first.entries[1]!.seq);
    const next = await list(admin, `q=xa&limit=2&beforeSeq=${first.nextBeforeSeq}`);
    expect(next.entries[0]!.seq).toBeLessThan(first.nextBeforeSeq!);
  });

  const exportCsv = (cookie: string, query: string, lang = 'vi') =>
    ctx.app.inject({ method: 'GET', url: `/api/v1/audit/export?${query}`, headers: { cookie, 'accept-language': lang } });

  it('exports the filtered entries as CSV in the reader’s language, safe to open in a spreadsheet', async () => {
    const res = await exportCsv(admin, `unitId=${ids.district}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="nhat-ky-2026-11-26.csv"');
    expect(res.headers['cache-control']).toBe('no-store');
    const text = res.body;
    expect(text.startsWith('\uFEFFSTT,Thời điểm (giờ Việt Nam),Người thực hiện,Thao tác')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    // Four units created, one moved in, three users created with a role in the district.
    expect(lines).toHaveLength(1 + 8);
    expect(text).toContain('Tạo đơn vị');
    expect(text).toContain('Hệ thống');
    expect(text).toContain('Đơn vị cấp trên: Tỉnh Thử → Huyện Thử');
    expect(text).toContain(`25/11/2026 10:00:00`);
    // The unit named like a formula is written as text.
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).not.toMatch(/,=HYPERLINK/);
  });

  it('exports with the same scope and filters as the list', async () => {
    const res = await exportCsv(districtAdmin, 'action=org-unit.update', 'en');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('audit-log-');
    const lines = res.body.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('No.,Time (Viet Nam),Actor,Action,Entity type,Entity,Unit,Changes,Hash');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Unit changed');
    expect(lines[1]).toContain('Parent unit: A unit outside your scope → Thu District');
    expect(res.body).not.toContain('Tỉnh Thử');
    const all = await exportCsv(districtAdmin, '');
    expect(all.body).not.toContain('Xã Bên Ngoài');
    expect(all.body).not.toContain('Tỉnh Thử');
    expect((await exportCsv(leader, '')).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/audit/export' })).statusCode).toBe(401);
  });

  it('refuses filters it cannot read as a problem, not a crash', async () => {
    for (const query of [`q=${'x'.repeat(201)}`, 'from=2026-13-40', 'lang=fr', 'limit=0']) {
      const res = await ctx.app.inject({ method: 'GET', url: `/api/v1/audit${query.startsWith('lang') ? '/export' : ''}?${query}`, headers: { cookie: admin } });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });
});
