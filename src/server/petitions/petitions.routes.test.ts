import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../shared/calendar/work-calendar';
import { computeClocks } from '../../shared/deadlines/matter-clocks.rules';
import { clockOptionsOf, clockTypeOf } from '../../shared/petitions/matter-lifecycle.rules';
import type { MatterState } from '../../shared/petitions/petitions.schemas';
import type { PetitionView } from '../../shared/petitions/petition-views.schemas';
import { petitionInput } from '../test/factories';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';

const DENOUNCER = 'Đặng Thị Phương Thảo';
const DENOUNCER_ID = '038190001234';

const mixed = (unitId: string) =>
  petitionInput(unitId, {
    filerKind: 'individual',
    signers: [{ citizen: { fullName: DENOUNCER, address: 'xóm Đồng Mưng', identity: { kind: 'citizen-id', number: DENOUNCER_ID }, phone: '0912 345 678' } }],
    contents: [
      { contentClass: 'complaint', field: 'land-housing', summary: 'Khiếu nại việc bồi thường đất ở đường Hồ Chí Minh', withinCompetence: true, competence: 'administrative' },
      { contentClass: 'denunciation', field: 'corruption', summary: 'Tố cáo cán bộ địa chính nhận tiền', withinCompetence: true, competence: 'administrative', subject: { kind: 'person', name: 'Trần Văn Khoa' } },
    ],
  });

describe.each(testEngines())('petition intake and register on %s', (engine) => {
  let ctx: TestContext;
  let commune: string;
  let other: string;
  let officer: string;
  let intake: string;
  let outsider: string;
  let mixedPetition: PetitionView;
  const req = (method: 'GET' | 'POST', url: string, cookie: string, payload?: unknown) =>
    ctx.app.inject({ method, url, headers: { cookie, 'accept-language': 'en' }, ...(payload ? { payload: payload as object } : {}) });

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    const district = await ctx.unit({ nameVi: 'Huyện Cẩm Thủy', kind: 'district', level: 'district', code: 'HCT' });
    commune = await ctx.unit({ nameVi: 'Xã Cẩm Tú', parentId: district, code: 'XCT' });
    other = await ctx.unit({ nameVi: 'Xã Cẩm Thạch', parentId: district });
    officer = await ctx.login((await ctx.user([['case_officer', commune]])).username);
    intake = await ctx.login((await ctx.user([['reception_officer', commune]])).username);
    outsider = await ctx.login((await ctx.user([['case_officer', other]])).username);
    const res = await req('POST', '/api/v1/petitions', intake, mixed(commune));
    expect(res.statusCode, res.body).toBe(201);
    mixedPetition = res.json();
  });
  afterAll(async () => ctx.close());

  it('splits a mixed petition into one matter per content, numbers it and starts each clock as computeClocks does', async () => {
    expect(mixedPetition.registrationNumber).toMatch(/^\d+\/2026$/);
    expect(mixedPetition.matters.map((m) => m.contentClass)).toEqual(['complaint', 'denunciation']);
    expect(mixedPetition.primaryClass).toBe('complaint');
    const calendar = createWorkCalendar();
    for (const m of mixedPetition.matters) {
      expect(m.status).toBe('received');
      expect(m.events).toEqual([{ type: 'received', date: '2026-11-20' }]);
      const state: MatterState = { contentClass: m.contentClass, round: 1, remote: false, withinCompetence: true, status: 'received', complexity: [], events: m.events };
      const expected = computeClocks({ matterType: clockTypeOf(m.contentClass), events: m.events, options: clockOptionsOf(state) }, { today: '2026-11-25', calendar });
      expect(expected.ok).toBe(true);
      expect(m.clocks).toEqual(expected.ok ? expected.value : null);
      expect(m.clocks.length).toBeGreaterThan(0);
      const open = m.clocks.filter((c) => c.completedOn === null && c.state !== 'paused').map((c) => c.due).sort();
      expect(m.nextDueOn).toBe(open[0]);
    }
    const next = await ctx.petition(commune);
    expect(Number(next.registrationNumber.split('/')[0])).toBe(Number(mixedPetition.registrationNumber.split('/')[0]) + 1);
  });

  it('hides the denouncer everywhere: get, list, search, the index, the audit log and errors', async () => {
    const got = (await req('GET', `/api/v1/petitions/${mixedPetition.id}`, officer)).body;
    const list = (await req('GET', '/api/v1/petitions?limit=200', officer)).body;
    const byName = await req('GET', `/api/v1/petitions?q=${encodeURIComponent('Phương Thảo')}`, officer);
    expect(byName.json().items).toEqual([]);
    const byId = await req('GET', `/api/v1/petitions?q=${DENOUNCER_ID}`, officer);
    expect(byId.json().items).toEqual([]);
    const dup = await req('GET', `/api/v1/petitions/duplicates?unitId=${commune}&summary=${encodeURIComponent('Tố cáo cán bộ địa chính nhận tiền')}&fullName=${encodeURIComponent(DENOUNCER)}&identityNumber=${DENOUNCER_ID}`, officer);
    expect(dup.statusCode).toBe(200);
    expect(dup.json().candidates.every((c: { samePetitioner: boolean }) => !c.samePetitioner)).toBe(true);
    const bad = (await req('POST', '/api/v1/petitions', intake, { ...mixed(commune), receivedOn: '2027-01-01' })).body;
    const index = await ctx.deps.db.selectFrom('petition_search' as never).selectAll().execute();
    const audit = await ctx.deps.db.selectFrom('auditLog').select(['afterJson', 'beforeJson']).execute();
    const signers = await ctx.deps.db.selectFrom('petitionSigner').selectAll().where('petitionId', '=', mixedPetition.id).execute();
    for (const text of [got, list, dup.body, bad, JSON.stringify(index), JSON.stringify(audit), JSON.stringify(signers)]) {
      for (const secret of ['Phương Thảo', 'phuong thao', DENOUNCER_ID, 'Đồng Mưng', '345 678']) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    expect(JSON.parse(got).signers[0]).toMatchObject({ fullName: '[protected]', address: null, identity: null, phone: null, isProtected: true });
    expect(signers[0]!.fullNameSealed).toMatch(/^ovf1\./);
  });

  it('reveals the identity only with the permission, and audits each reveal without the secret', async () => {
    expect((await req('GET', `/api/v1/petitions/${mixedPetition.id}/identity`, intake)).statusCode).toBe(403);
    expect((await req('GET', `/api/v1/petitions/${mixedPetition.id}/identity`, outsider)).statusCode).toBe(404);
    const before = await ctx.deps.db.selectFrom('auditLog').select('seq').where('action', '=', 'petition.reveal-identity').execute();
    const res = await req('GET', `/api/v1/petitions/${mixedPetition.id}/identity`, officer);
    expect(res.statusCode).toBe(200);
    expect(res.json().signers[0]).toMatchObject({ fullName: DENOUNCER, identity: { number: DENOUNCER_ID }, phone: '0912 345 678' });
    const after = await ctx.deps.db.selectFrom('auditLog').selectAll().where('action', '=', 'petition.reveal-identity').execute();
    expect(after.length).toBe(before.length + 1);
    const entry = after.at(-1)!;
    expect(entry).toMatchObject({ entityType: 'petition', entityId: mixedPetition.id, unitId: commune });
    expect(JSON.stringify(entry)).not.toContain('Thảo');
  });

  it('searches accent-insensitively and in any word order, and filters', async () => {
    const p = await ctx.petition(commune, { channel: 'online', contents: [{ contentClass: 'proposal', field: 'policies-regimes', summary: 'Kiến nghị sửa đường liên thôn Cẩm Tú', withinCompetence: true, competence: 'administrative' }] });
    for (const q of ['duong lien thon', 'CẨM TÚ kiến nghị', 'kien nghi cam tu', p.registrationNumber, 'nguyen van binh']) {
      const items = (await req('GET', `/api/v1/petitions?q=${encodeURIComponent(q)}`, officer)).json().items as Array<{ id: string }>;
      expect(items.map((i) => i.id), q).toContain(p.id);
    }
    const online = (await req('GET', '/api/v1/petitions?channel=online&contentClass=proposal', officer)).json().items as Array<{ id: string }>;
    expect(online.map((i) => i.id)).toEqual([p.id]);
    expect((await req('GET', '/api/v1/petitions?contentClass=proposal&from=2026-11-21', officer)).json().items).toEqual([]);
    expect((await req('GET', '/api/v1/petitions?overdue=true', officer)).json().items).toEqual([]);
  });

  it('shows a commune user nothing of another commune', async () => {
    expect((await req('GET', '/api/v1/petitions', outsider)).json().items).toEqual([]);
    expect((await req('GET', `/api/v1/petitions/${mixedPetition.id}`, outsider)).statusCode).toBe(404);
    expect((await req('GET', `/api/v1/petitions?unitId=${commune}`, outsider)).json().items).toEqual([]);
    expect((await req('GET', '/api/v1/my-work', outsider)).json().items).toEqual([]);
    expect((await req('POST', '/api/v1/petitions', outsider, mixed(commune))).statusCode).toBe(404);
    const dup = await req('GET', `/api/v1/petitions/duplicates?unitId=${commune}&summary=${encodeURIComponent('bồi thường đất đường Hồ Chí Minh')}`, outsider);
    expect(dup.json().candidates).toEqual([]);
  });

  it('finds an earlier petition of the same petitioner and content as a likely repeat, and links it', async () => {
    const first = await ctx.petition(commune, { contents: [{ contentClass: 'complaint', field: 'land-housing', summary: 'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất thửa 112', withinCompetence: true, competence: 'administrative' }] });
    const url = `/api/v1/petitions/duplicates?unitId=${commune}&contentClass=complaint&fullName=${encodeURIComponent('nguyen van binh')}&summary=${encodeURIComponent('thửa 112 cấp giấy chứng nhận quyền sử dụng đất khiếu nại việc')}`;
    const candidates = (await req('GET', url, officer)).json().candidates as Array<{ matterId: string; likelyRepeat: boolean }>;
    expect(candidates[0]).toMatchObject({ matterId: first.matters[0]!.id, likelyRepeat: true });
    const repeat = await ctx.petition(commune, { contents: [{ contentClass: 'complaint', field: 'land-housing', summary: 'Lại khiếu nại thửa 112', withinCompetence: true, competence: 'administrative', repeatOfMatterId: first.matters[0]!.id }] });
    expect(repeat.matters[0]!.repeatOfMatterId).toBe(first.matters[0]!.id);
    const missing = await req('POST', '/api/v1/petitions', intake, petitionInput(commune, { contents: [{ contentClass: 'complaint', field: 'land-housing', summary: 'x', withinCompetence: true, competence: 'administrative', repeatOfMatterId: 'nope' }] }));
    expect(missing.statusCode).toBe(422);
    expect(missing.json().code).toBe('PETITION_INVALID');
  });

  it('records eligibility with its reasons and refuses an invalid petition without writing', async () => {
    const p = await ctx.petition(commune, { eligibility: { ...petitionInput(commune).eligibility, legible: false } });
    expect(p).toMatchObject({ eligible: false, ineligibilityReasons: ['illegible'] });
    expect(p.matters[0]!.suggestedDirection).toBe('file');
    const seq = await ctx.deps.db.selectFrom('auditHead').select('lastSeq').executeTakeFirstOrThrow();
    const dupContent = { contentClass: 'complaint', field: 'land-housing', summary: 'Cùng một nội dung', withinCompetence: true, competence: 'administrative' };
    const res = await req('POST', '/api/v1/petitions', intake, petitionInput(commune, { contents: [dupContent, dupContent] }));
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('one matter per content');
    expect((await ctx.deps.db.selectFrom('auditHead').select('lastSeq').executeTakeFirstOrThrow()).lastSeq).toBe(seq.lastSeq);
    const anon = await ctx.petition(commune, { anonymous: true, signers: [], contents: [mixed(commune).contents[1]] });
    expect(anon.matters[0]!.suggestedDirection).toBe('file');
  });

  it('lists my work most urgent first', async () => {
    const items = (await req('GET', '/api/v1/my-work?limit=200', officer)).json().items as Array<{ nextDueOn: string | null; unitId: string }>;
    expect(items.length).toBeGreaterThan(3);
    const dues = items.map((i) => i.nextDueOn ?? '9999');
    expect(dues).toEqual([...dues].sort());
    expect(items.every((i) => i.unitId === commune)).toBe(true);
  });
});
