import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../seed/demo-seed';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';

type Node = { id: string; nameVi: string; children: Node[] };
const flatten = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

describe.each(testEngines())('organisation registry on %s (Thanh Hóa demo data)', (engine) => {
  let ctx: TestContext;
  let admin: string;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await seedDemo(ctx.deps);
    admin = await ctx.login('admin', 'oversight-demo');
  });
  afterAll(async () => ctx.close());

  const get = (url: string, lang = 'vi') => ctx.app.inject({ method: 'GET', url, headers: { cookie: admin, 'accept-language': lang } });
  const send = (method: 'POST' | 'PATCH', url: string, payload: unknown, lang = 'en') =>
    ctx.app.inject({ method, url, payload: payload as object, headers: { cookie: admin, 'accept-language': lang } });

  it('shows the district and its 17 communes before the 2025 reform', async () => {
    const tree = (await get('/api/v1/org-units/tree?asOf=2024-12-31')).json() as Node[];
    expect(tree.map((n) => n.id)).toEqual(['VN-38']);
    const district = tree[0]!.children.find((c) => c.id === 'VN-38-390')!;
    expect(district.nameVi).toBe('Huyện Cẩm Thủy');
    const communes = district.children.filter((c) => /^(Xã|Thị trấn) /.test(c.nameVi));
    expect(communes).toHaveLength(17);
    expect(communes.map((c) => c.nameVi)).toContain('Thị trấn Phong Sơn');
    expect(flatten(tree).map((n) => n.nameVi)).not.toContain('Xã Cẩm Sơn');
  });

  it('shows the pre-2019 communes as of 2019', async () => {
    const names = flatten((await get('/api/v1/org-units/tree?asOf=2019-06-01')).json()).map((n) => n.nameVi);
    expect(names).toEqual(expect.arrayContaining(['Thị trấn Cẩm Thủy', 'Xã Cẩm Sơn', 'Xã Cẩm Phong', 'Xã Phúc Do']));
    expect(names).not.toContain('Thị trấn Phong Sơn');
  });

  it('shows the five new communes directly under the province after 1 July 2025', async () => {
    const tree = (await get('/api/v1/org-units/tree?asOf=2025-07-01')).json() as Node[];
    const names = flatten(tree).map((n) => n.nameVi);
    expect(names).not.toContain('Huyện Cẩm Thủy');
    const communes = tree[0]!.children.filter((c) => c.nameVi.startsWith('Xã '));
    expect(communes.map((c) => c.nameVi).sort()).toEqual(['Xã Cẩm Thạch', 'Xã Cẩm Thủy', 'Xã Cẩm Tân', 'Xã Cẩm Tú', 'Xã Cẩm Vân'].sort());
    expect(communes.find((c) => c.nameVi === 'Xã Cẩm Thủy')!.children.map((c) => c.nameVi)).toContain('Ủy ban nhân dân xã Cẩm Thủy');
  });

  it('keys units by code and period: code 15148 was Cẩm Giang, and is now the new Cẩm Tú', async () => {
    const before = (await get('/api/v1/org-units?asOf=2024-01-01&q=15148&kind=commune')).json() as Array<{ nameVi: string }>;
    const after = (await get('/api/v1/org-units?asOf=2026-01-01&q=15148&kind=commune')).json() as Array<{ nameVi: string }>;
    expect(before.map((u) => u.nameVi)).toEqual(['Xã Cẩm Giang']);
    expect(after.map((u) => u.nameVi)).toEqual(['Xã Cẩm Tú']);
  });

  it('tells a unit’s history through both reforms', async () => {
    const res = await get('/api/v1/org-units/VN-38-390-15127/history');
    expect(res.statusCode).toBe(200);
    const h = res.json();
    expect(h.unit.nameVi).toBe('Thị trấn Phong Sơn');
    expect(h.predecessors.map((u: { nameVi: string }) => u.nameVi).sort()).toEqual(['Thị trấn Cẩm Thủy', 'Xã Cẩm Phong', 'Xã Cẩm Sơn']);
    expect(h.events.map((e: { documentNumber: string }) => e.documentNumber)).toEqual(['786/NQ-UBTVQH14', '1686/NQ-UBTVQH15']);
    expect(h.currentUnits.map((u: { nameVi: string }) => u.nameVi)).toEqual(['Xã Cẩm Thủy']);
    const old = (await get('/api/v1/org-units/VN-38-390-X-CAMSON/history')).json();
    expect(old.successors.map((u: { nameVi: string }) => u.nameVi)).toEqual(['Thị trấn Phong Sơn', 'Xã Cẩm Thủy']);
    const district = (await get('/api/v1/org-units/VN-38-390/history')).json();
    expect(district.currentUnits).toHaveLength(5);
  });

  it('searches without diacritics, đ included', async () => {
    const names = (q: string) => get(`/api/v1/org-units?q=${encodeURIComponent(q)}`).then((r) => r.json().map((u: { nameVi: string }) => u.nameVi));
    expect(await names('cam thuy')).toEqual(expect.arrayContaining(['Xã Cẩm Thủy', 'Huyện Cẩm Thủy', 'Thị trấn Cẩm Thủy']));
    expect(await names('dang uy xa cam tan')).toEqual(['Đảng ủy xã Cẩm Tân']);
    expect(await names('ĐẢNG ỦY XÃ CẨM TÂN')).toEqual(['Đảng ủy xã Cẩm Tân']);
    expect(await names('100%_')).toEqual([]);
  });

  it('creates and updates a unit, audit-logging both', async () => {
    const created = await send('POST', '/api/v1/org-units', {
      id: 'VN-38-C-15127-HLHPN',
      nameVi: '  Hội Liên hiệp Phụ nữ xã Cẩm Thủy ',
      kind: 'mass_organisation',
      level: 'commune',
      parentId: 'VN-38-C-15127',
      validFrom: '2025-07-01',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().nameVi).toBe('Hội Liên hiệp Phụ nữ xã Cẩm Thủy');
    const updated = await send('PATCH', '/api/v1/org-units/VN-38-C-15127-HLHPN', { nameEn: "Cam Thuy Commune Women's Union" });
    expect(updated.json().nameEn).toBe("Cam Thuy Commune Women's Union");
    const audit = (await get('/api/v1/audit?entityId=VN-38-C-15127-HLHPN')).json();
    expect(audit.entries.map((e: { action: string }) => e.action)).toEqual(['org-unit.update', 'org-unit.create']);
    expect(audit.entries[0].before.nameEn).toBeNull();
    expect(audit.entries[0].after.nameEn).toBe("Cam Thuy Commune Women's Union");
  });

  it.each([
    ['an impossible date', { nameVi: 'X', kind: 'commune', level: 'commune', validFrom: '2025-02-30' }, 400, 'VALIDATION_FAILED'],
    ['an unknown kind', { nameVi: 'X', kind: 'planet', level: 'commune' }, 400, 'VALIDATION_FAILED'],
    ['an empty name', { nameVi: '   ', kind: 'commune', level: 'commune' }, 400, 'VALIDATION_FAILED'],
    ['an end before the start', { nameVi: 'X', kind: 'commune', level: 'commune', validFrom: '2025-07-01', validTo: '2025-06-30' }, 400, 'VALIDATION_FAILED'],
    ['a missing parent', { nameVi: 'X', kind: 'commune', level: 'commune', parentId: 'NOPE' }, 404, 'ORG_UNIT_NOT_FOUND'],
    ['a taken id', { id: 'VN-38', nameVi: 'X', kind: 'commune', level: 'commune' }, 409, 'ORG_UNIT_ID_TAKEN'],
    ['a bad id', { id: 'has space', nameVi: 'X', kind: 'commune', level: 'commune' }, 400, 'VALIDATION_FAILED'],
  ])('refuses %s with a problem, writing nothing', async (_label, body, status, code) => {
    const before = (await get('/api/v1/audit?limit=1')).json().entries[0].seq;
    const res = await send('POST', '/api/v1/org-units', body);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe(code);
    expect((await get('/api/v1/audit?limit=1')).json().entries[0].seq).toBe(before);
  });

  it('names the offending field of a validation error, in Vietnamese when asked', async () => {
    const res = await send('POST', '/api/v1/org-units', { nameVi: 'X', kind: 'commune', level: 'commune', validFrom: '2025-13-01' }, 'vi');
    expect(res.json()).toMatchObject({ title: 'Dữ liệu không hợp lệ', errors: [{ path: 'body.validFrom', message: 'Ngày phải là ngày có thật, viết theo dạng YYYY-MM-DD' }] });
    const kind = await send('POST', '/api/v1/org-units', { nameVi: 'X', kind: 'planet', level: 'commune' }, 'vi');
    expect(kind.json().errors[0].message).toMatch(/không hợp lệ|Lựa chọn/i);
  });

  it('refuses to put a unit under its own descendant', async () => {
    const res = await send('PATCH', '/api/v1/org-units/VN-38-390', { parentId: 'VN-38-390-15133' });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('ORG_UNIT_PARENT_CYCLE');
    expect(res.json().detail).toContain('Huyện Cẩm Thủy (VN-38-390) → ');
    expect(res.json().detail).toMatch(/\(VN-38-390-15133\) → Huyện Cẩm Thủy \(VN-38-390\)/);
    const vi = await send('PATCH', '/api/v1/org-units/VN-38', { parentId: 'VN-38-390' }, 'vi');
    expect(vi.json().detail).toContain('Vòng lặp: Tỉnh Thanh Hóa (VN-38) → Huyện Cẩm Thủy (VN-38-390) → Tỉnh Thanh Hóa (VN-38)');
    const self = await send('POST', '/api/v1/org-units', { id: 'SELF-1', nameVi: 'Tự trỏ', kind: 'other', level: 'commune', parentId: 'SELF-1' });
    expect([self.statusCode, self.json().code]).toEqual([422, 'ORG_UNIT_PARENT_CYCLE']);
  });

  it('records a succession event and refuses one naming an unknown unit', async () => {
    const ok = await send('POST', '/api/v1/succession-events', {
      kind: 'rename',
      effectiveDate: '2026-01-01',
      documentNumber: '12/QĐ-UBND',
      predecessorIds: ['VN-38-C-15127-HLHPN'],
      successorIds: ['VN-38-C-15127-HLHPN'],
    });
    expect(ok.statusCode).toBe(201);
    const bad = await send('POST', '/api/v1/succession-events', { kind: 'merge', effectiveDate: '2026-01-01', predecessorIds: ['NOPE'] });
    expect(bad.statusCode).toBe(404);
    const empty = await send('POST', '/api/v1/succession-events', { kind: 'merge', effectiveDate: '2026-01-01' });
    expect(empty.statusCode).toBe(400);
  });
});
