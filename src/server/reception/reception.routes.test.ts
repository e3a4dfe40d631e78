import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';

const person = (fullName: string, extra: object = {}, isRepresentative = false) => ({ citizen: { fullName, ...extra }, isRepresentative });
const matter = (outcome: object, change: object = {}) => ({
  summary: 'Đề nghị giải quyết tranh chấp đất giáp ranh',
  contentClass: 'complaint',
  field: 'land-housing',
  withinCompetence: true,
  outcome,
  ...change,
});

describe.each(testEngines())('citizen reception on %s', (engine) => {
  let ctx: TestContext;
  let communeA: string;
  let communeB: string;
  let officerA: string;
  let officerB: string;
  let leader: string;
  let head: { id: string; username: string };
  const as = (cookie: string) => ({
    get: (url: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie, 'accept-language': 'en' } }),
    post: (url: string, payload: object) => ctx.app.inject({ method: 'POST', url, payload, headers: { cookie, 'accept-language': 'en' } }),
  });
  const openSession = async (cookie: string, unitId: string, change: object = {}) => {
    const res = await as(cookie).post('/api/v1/reception-sessions', {
      unitId, kind: 'regular', presidedBy: 'officer', date: '2026-11-20', presiderName: 'Lê Thị Hà', ...change,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; noticeDueOn: string | null };
  };
  const turnBody = (sessionId: string, change: object = {}) => ({
    sessionId, date: '2026-11-20', citizens: [person('Nguyễn Văn Đạt', { identity: { kind: 'citizen-id', number: '038090001234' }, phone: '0912 345 678' })],
    headcount: 1, summary: 'Trình bày việc tranh chấp ranh giới đất', matters: [matter({ kind: 'petition-received' })], ...change,
  });
  const auditSeq = async () => (await ctx.deps.db.selectFrom('auditHead').select('lastSeq').executeTakeFirstOrThrow()).lastSeq;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    const district = await ctx.unit({ nameVi: 'Huyện Cẩm Thủy', kind: 'district', level: 'district' });
    communeA = await ctx.unit({ nameVi: 'Xã Cẩm Tú', parentId: district });
    communeB = await ctx.unit({ nameVi: 'Xã Cẩm Bình', parentId: district });
    officerA = await ctx.login((await ctx.user([['reception_officer', communeA]])).username);
    officerB = await ctx.login((await ctx.user([['reception_officer', communeB]])).username);
    leader = await ctx.login((await ctx.user([['leader', district]])).username);
    head = await ctx.user([['leader', communeA]]);
  });
  afterAll(async () => ctx.close());

  it('reuses a returning citizen (by document, by id, by name and phone), numbers the turns and logs them', async () => {
    const session = await openSession(officerA, communeA);
    const first = await as(officerA).post('/api/v1/reception-turns', turnBody(session.id));
    expect(first.statusCode, first.body).toBe(201);
    const citizenId = first.json().citizens[0].citizenId as string;
    expect(first.json()).toMatchObject({ registerNumber: '1/2026', isGroup: false, contentClass: 'complaint', matters: [{ outcome: 'petition-received', petitionId: null }] });

    const byDocument = await as(officerA).post('/api/v1/reception-turns', turnBody(session.id));
    const byId = await as(officerA).post('/api/v1/reception-turns', turnBody(session.id, { citizens: [{ citizen: { citizenId } }] }));
    const noDocument = turnBody(session.id, { citizens: [person('Trần Thị Mai', { phone: '0987.654.321' })] });
    const mai1 = await as(officerA).post('/api/v1/reception-turns', noDocument);
    const mai2 = await as(officerA).post('/api/v1/reception-turns', { ...noDocument, citizens: [person('tran thi mai', { phone: '0987 654 321' })] });
    for (const res of [byDocument, byId, mai1, mai2]) expect(res.statusCode, res.body).toBe(201);
    expect(byDocument.json().citizens[0].citizenId).toBe(citizenId);
    expect(byId.json().citizens[0].citizenId).toBe(citizenId);
    expect(mai2.json().citizens[0].citizenId).toBe(mai1.json().citizens[0].citizenId);
    expect([byDocument, byId, mai1, mai2].map((r) => r.json().registerNumber)).toEqual(['2/2026', '3/2026', '4/2026', '5/2026']);
    const citizens = await ctx.deps.db.selectFrom('citizen').select('id').where('identityNumber', '=', '038090001234').execute();
    expect(citizens).toHaveLength(1);

    const audit = await ctx.deps.db.selectFrom('auditLog').select(['action', 'entityId']).where('unitId', '=', communeA).execute();
    expect(audit.filter((a) => a.action === 'reception-turn.create')).toHaveLength(5);
    expect(audit.filter((a) => a.action === 'citizen.create').map((a) => a.entityId).sort()).toEqual([citizenId, mai1.json().citizens[0].citizenId].sort());
    expect(audit.some((a) => a.action === 'reception-session.create' && a.entityId === session.id)).toBe(true);

    const got = await as(officerA).get(`/api/v1/reception-turns/${first.json().id}`);
    expect(got.json()).toEqual(first.json());
    expect((await as(officerA).get(`/api/v1/reception-sessions/${session.id}`)).json().turnCount).toBe(5);
  });

  it('finds returning citizens as one types: accents, đ = d, word order, phone and document number', async () => {
    for (const q of ['dat nguyen', 'Nguyễn Đạt', 'NGUYEN VAN DAT', '0912345678', '0001234', 'mai tran']) {
      const res = await as(officerA).get(`/api/v1/citizens?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().length, q).toBe(1);
    }
    expect((await as(officerA).get('/api/v1/citizens?q=dat%20tran')).json()).toEqual([]);
  });

  it('checks a group: five or more people need their representatives (rule C7), else nothing is written', async () => {
    const session = await openSession(officerA, communeA);
    const before = await auditSeq();
    const none = await as(officerA).post('/api/v1/reception-turns', turnBody(session.id, { headcount: 7, citizens: [person('Lê Văn Bình')] }));
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({ code: 'PETITION_INVALID' });
    expect(none.json().detail).toMatch(/7 people on one content appoint 1 to 2 representatives.*Art\. 29/);
    expect(await auditSeq()).toBe(before);
    expect((await as(officerA).get(`/api/v1/reception-turns?sessionId=${session.id}`)).json()).toEqual([]);

    const group = await as(officerA).post(
      '/api/v1/reception-turns',
      turnBody(session.id, { headcount: 7, citizens: [person('Lê Văn Bình', {}, true), person('Phạm Thị Cúc', {}, true)] }),
    );
    expect(group.statusCode, group.body).toBe(201);
    expect(group.json()).toMatchObject({ isGroup: true, headcount: 7, citizens: [{ isRepresentative: true }, { isRepresentative: true }] });
  });

  it('never stores a denouncer in plain text: a turn raising a denunciation is refused and writes nothing (rule E5)', async () => {
    const session = await openSession(officerA, communeA);
    const before = await auditSeq();
    const name = 'Trịnh Văn Tố Giác';
    const res = await as(officerA).post(
      '/api/v1/reception-turns',
      turnBody(session.id, {
        citizens: [person(name)],
        matters: [matter({ kind: 'petition-received' }, { contentClass: 'denunciation', summary: 'Tố cáo cán bộ địa chính' })],
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'DENUNCIATION_AT_RECEPTION' });
    expect(res.json().detail).toContain('petition intake');
    expect(res.json().detail).not.toContain(name);
    expect(await auditSeq()).toBe(before);
    const stored = await ctx.deps.db.selectFrom('citizen').select('fullName').where('fullName', '=', name).execute();
    expect(stored).toEqual([]);
  });

  it('records a refusal with its ground and notice clock; a ground not yet in force is refused', async () => {
    const old = await openSession(officerA, communeA, { date: '2023-05-10' });
    const early = await as(officerA).post('/api/v1/reception-turns', turnBody(old.id, { date: '2023-05-10', matters: [matter({ kind: 'refused', ground: 'weapons' })] }));
    expect(early.statusCode).toBe(422);
    expect(early.json().detail).toMatch(/applies only from 1 July 2026.*Decree 154\/2026/);

    const refused = await as(officerA).post(
      '/api/v1/reception-turns',
      turnBody(old.id, { date: '2023-05-10', matters: [matter({ kind: 'refused', ground: 'persistent-after-resolution' }), matter({ kind: 'refused', ground: 'threatening-or-disorderly' })] }),
    );
    expect(refused.statusCode, refused.body).toBe(201);
    const [persistent, disorderly] = refused.json().matters;
    expect(persistent).toMatchObject({ outcome: 'refused', refusalGround: 'persistent-after-resolution' });
    expect(persistent.refusalNoticeDueOn > '2023-05-10').toBe(true);
    expect(disorderly).toMatchObject({ refusalGround: 'threatening-or-disorderly', refusalNoticeDueOn: null });
    expect(refused.json().registerNumber).toBe('1/2023');

    const repeat = await as(officerA).post(
      '/api/v1/reception-turns',
      turnBody(old.id, { date: '2023-05-10', matters: [matter({ kind: 'guided', toBodyName: 'Tòa án nhân dân huyện' }, { repeatOfMatterId: persistent.id })] }),
    );
    expect(repeat.statusCode, repeat.body).toBe(201);
    expect(repeat.json().matters[0]).toMatchObject({ repeatOfMatterId: persistent.id, outcome: 'guided', guidedToBodyName: 'Tòa án nhân dân huyện' });
  });

  it('keeps each commune to itself: another commune sees nothing, the district leader sees all and writes nothing', async () => {
    const session = await openSession(officerA, communeA);
    const turn = (await as(officerA).post('/api/v1/reception-turns', turnBody(session.id))).json();
    expect((await as(officerB).get(`/api/v1/reception-turns/${turn.id}`)).statusCode).toBe(404);
    expect((await as(officerB).get(`/api/v1/reception-sessions/${session.id}`)).statusCode).toBe(404);
    expect((await as(officerB).get('/api/v1/reception-turns')).json()).toEqual([]);
    expect((await as(officerB).get('/api/v1/reception-sessions')).json()).toEqual([]);
    expect((await as(officerB).get(`/api/v1/reception-turns?unitId=${communeA}`)).json()).toEqual([]);
    expect((await as(officerB).get('/api/v1/citizens?q=nguyen')).json()).toEqual([]);
    expect((await as(officerB).post('/api/v1/reception-turns', turnBody(session.id))).statusCode).toBe(404);
    expect((await as(officerB).post('/api/v1/reception-sessions', { unitId: communeA, kind: 'regular', presidedBy: 'officer', date: '2026-11-20', presiderName: 'X' })).statusCode).toBe(404);
    // A citizen of another commune cannot be borrowed by id.
    const borrowed = await openSession(officerB, communeB);
    const res = await as(officerB).post('/api/v1/reception-turns', turnBody(borrowed.id, { citizens: [{ citizen: { citizenId: turn.citizens[0].citizenId } }] }));
    expect(res.statusCode).toBe(400);

    expect((await as(leader).get(`/api/v1/reception-turns/${turn.id}`)).statusCode).toBe(200);
    expect((await as(leader).get(`/api/v1/reception-turns?unitId=${communeA}&limit=500`)).json().length).toBeGreaterThan(5);
    expect((await as(leader).get('/api/v1/citizens?q=nguyen%20dat')).json()).toHaveLength(1);
    expect((await as(leader).post('/api/v1/reception-turns', turnBody(session.id))).statusCode).toBe(403);
  });

  it("checks the heads' duty per month as the rule stood (rule F4) and gives an online session its notice date", async () => {
    const authorisation = { number: '01/GUQ-UBND', date: '2026-07-01', signer: 'Chủ tịch UBND xã' };
    const headSession = { kind: 'periodic', headUserId: head.id, presiderName: 'Chủ tịch UBND xã' };
    await openSession(officerA, communeA, { ...headSession, presidedBy: 'head', date: '2026-07-07' });
    await openSession(officerA, communeA, { ...headSession, presidedBy: 'deputy', authorisation, date: '2026-07-21' });
    const online = await openSession(officerA, communeA, { ...headSession, presidedBy: 'head', form: 'online', date: '2026-09-04', noticeSentOn: '2026-08-20' });
    expect(online.noticeDueOn).toBe('2026-08-25');

    const july = await as(leader).get(`/api/v1/reception-duty?unitId=${communeA}&month=2026-07&headKind=commune-committee-chair`);
    expect(july.statusCode, july.body).toBe(200);
    expect(july.json()).toEqual([expect.objectContaining({ headUserId: head.id, required: 2, held: 1, shortfall: 1, deputyNotCounted: 1 })]);
    const june = await as(officerA).get(`/api/v1/reception-duty?unitId=${communeA}&month=2026-06&headKind=commune-committee-chair&headUserId=${head.id}`);
    expect(june.json()).toEqual([expect.objectContaining({ required: 4, held: 0, shortfall: 4 })]);
    expect((await as(officerB).get(`/api/v1/reception-duty?unitId=${communeA}&month=2026-07&headKind=commune-committee-chair`)).statusCode).toBe(404);
  });
});
