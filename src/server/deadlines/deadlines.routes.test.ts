import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';

describe.each(testEngines())('calendar and deadline API on %s', (engine) => {
  let ctx: TestContext;
  let admin: string;
  let officer: string;
  beforeAll(async () => {
    ctx = await createTestContext(engine);
    const unit = await ctx.unit({ nameVi: 'Tỉnh', kind: 'province', level: 'province' });
    admin = await ctx.login((await ctx.user([['administrator', unit]], 'admin')).username);
    officer = await ctx.login((await ctx.user([['case_officer', unit]], 'officer')).username);
  });
  afterAll(async () => ctx.close());

  const req = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie: string, payload?: unknown) =>
    ctx.app.inject({ method, url, headers: { cookie, 'accept-language': 'en' }, ...(payload ? { payload: payload as object } : {}) });
  const compute = (body: unknown) => req('POST', '/api/v1/deadlines/compute', officer, body);

  it('serves an official year with its swapped days, Tết and Hùng Kings’ day', async () => {
    const res = await req('GET', '/api/v1/calendar/2026', officer);
    expect(res.statusCode).toBe(200);
    const year = res.json();
    expect(year).toMatchObject({ year: 2026, source: 'official', weekdayDaysOff: 13, lunarNewYear: '2026-02-17', hungKings: '2026-04-26' });
    expect(year.workingSaturdays.map((d: { date: string }) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
    expect(year.daysOff.find((d: { date: string }) => d.date === '2026-08-31')).toMatchObject({ kind: 'swapped' });
  });

  it('derives a year without an official schedule from the Vietnamese lunar calendar', async () => {
    const year = (await req('GET', '/api/v1/calendar/2030', officer)).json();
    expect(year).toMatchObject({ source: 'derived', lunarNewYear: '2030-02-02' });
  });

  it.each([['1800'], ['abcd'], ['2101']])('refuses year %s with a 400 problem', async (y) => {
    const res = await req('GET', `/api/v1/calendar/${y}`, officer);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });

  it('computes a deadline under the rule set of its start date (1 July 2026)', async () => {
    const before = (await compute({ rule: 'complaint.acceptance', start: '2026-06-30' })).json();
    expect(before).toMatchObject({ due: '2026-07-14', unit: 'working', count: 10, ruleSet: '2021' });
    const after = (await compute({ rule: 'complaint.acceptance', start: '2026-07-01' })).json();
    expect(after).toMatchObject({ due: '2026-07-10', unit: 'working', count: 7, ruleSet: '2026' });
    expect(after.source.vi).toContain('155/2026');
    expect(after.explanation.segments.length).toBeGreaterThan(0);
  });

  it.each([
    ['an unknown rule', { rule: 'complaint.teleport', start: '2026-07-01' }, 400, 'VALIDATION_FAILED'],
    ['an impossible date', { rule: 'complaint.acceptance', start: '2026-02-30' }, 400, 'VALIDATION_FAILED'],
    ['a date out of range', { rule: 'complaint.acceptance', start: '1999-01-01' }, 400, 'DATE_OUT_OF_RANGE'],
    ['a continuation without suspension', { rule: 'complaint.resolution', start: '2026-07-01', events: [{ type: 'continued', date: '2026-07-05' }] }, 422, 'EVENTS_OUT_OF_ORDER'],
    ['extensions on a rule without them', { rule: 'complaint.acceptance', start: '2026-07-01', options: { extensions: 1 } }, 400, 'INVALID_OPTION'],
  ])('refuses %s with a clear 4xx', async (_label, body, status, code) => {
    const res = await compute(body);
    expect(res.statusCode).toBe(status);
    expect(res.json().code).toBe(code);
    expect(res.json().detail.length).toBeGreaterThan(10);
  });

  const inLanguage = (language: 'vi' | 'en', url: string, payload: object) =>
    ctx.app.inject({ method: 'POST', url, headers: { cookie: officer, 'accept-language': language }, payload });

  it.each([
    [
      'a continuation without suspension',
      '/api/v1/deadlines/compute',
      { rule: 'complaint.resolution', start: '2026-07-01', events: [{ type: 'continued', date: '2026-07-05' }] },
      'EVENTS_OUT_OF_ORDER',
      'Tiếp tục giải quyết vào ngày 05/07/2026 nhưng trước đó không có quyết định tạm đình chỉ.',
      'Continued on 5 Jul 2026 without a suspension.',
    ],
    [
      'a decision before the acceptance',
      '/api/v1/deadlines/clocks',
      { matterType: 'complaint', today: '2026-09-30', events: [{ type: 'received', date: '2026-07-01' }, { type: 'decided', date: '2026-07-10' }] },
      'EVENTS_OUT_OF_ORDER',
      'Sự kiện "ra quyết định giải quyết" ngày 10/07/2026 cần có sự kiện "thụ lý" trước đó.',
      'The "decided" event on 10 Jul 2026 needs an earlier "accepted" event.',
    ],
    [
      'extensions on a rule without them',
      '/api/v1/deadlines/compute',
      { rule: 'complaint.acceptance', start: '2026-07-01', options: { extensions: 1 } },
      'INVALID_OPTION',
      'Quy định "Thụ lý giải quyết khiếu nại" không cho phép gia hạn.',
      '"Accept a complaint" allows no extension.',
    ],
    [
      'an option the rule does not have',
      '/api/v1/deadlines/compute',
      { rule: 'complaint.acceptance', start: '2026-07-01', options: { complex: true } },
      'INVALID_OPTION',
      'Tùy chọn "vụ việc phức tạp" (complex) không áp dụng cho quy định "Thụ lý giải quyết khiếu nại".',
      'Option "complex matter" (complex) does not apply to "Accept a complaint".',
    ],
    [
      'an online notice before 1 July 2026',
      '/api/v1/deadlines/compute',
      { rule: 'reception.online-notice', start: '2026-06-30' },
      'DATE_OUT_OF_RANGE',
      'Quy định "Tiếp công dân trực tuyến: thông báo lịch tiếp" không thuộc bộ quy định 2021 áp dụng vào ngày 30/06/2026: ' +
        'quy định này chỉ có từ ngày 01/07/2026 (Nghị định 154/2026/NĐ-CP, Điều 23).',
      '"Online reception: notify the session schedule" is not part of the 2021 rules in force on 30 Jun 2026: ' +
        'it exists from 1 Jul 2026 (Decree 154/2026/NĐ-CP, Art. 23).',
    ],
    [
      'a denunciation extension with no complexity recorded',
      '/api/v1/deadlines/clocks',
      {
        matterType: 'denunciation',
        today: '2026-10-20',
        events: [{ type: 'received', date: '2026-07-10' }, { type: 'accepted', date: '2026-07-14' }, { type: 'extended', date: '2026-08-10' }],
      },
      'EVENTS_OUT_OF_ORDER',
      'Gia hạn ngày 10/08/2026 không hợp lệ: vụ việc chưa được xác định là phức tạp trước ngày đó ' +
        '(Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3).',
      'The extension of 10 Aug 2026 is not allowed: the matter was not determined complex by then ' +
        '(Law on Denunciations 2018, Art. 30; Decree 31/2019/NĐ-CP, Art. 3).',
    ],
    [
      'a date past the supported years',
      '/api/v1/deadlines/compute',
      { rule: 'complaint.acceptance', start: '2101-01-02' },
      'DATE_OUT_OF_RANGE',
      'Ngày 02/01/2101 nằm ngoài khoảng năm hệ thống hỗ trợ (1900–2100).',
      '2 Jan 2101 is outside 1900–2100.',
    ],
  ])('explains %s in Vietnamese and in English', async (_label, url, body, code, vi, en) => {
    const resVi = await inLanguage('vi', url, body);
    expect(resVi.headers['content-type']).toContain('application/problem+json');
    expect(resVi.json()).toMatchObject({ code, detail: vi });
    expect((await inLanguage('en', url, body)).json()).toMatchObject({ code, detail: en });
  });

  it('stops a 2021 complaint clock for a suspension decided from 1 July 2026 (Decree 155/2026, Art. 22(1))', async () => {
    const events = [
      { type: 'received', date: '2026-06-08' },
      { type: 'accepted', date: '2026-06-15' },
      { type: 'suspended', date: '2026-07-10' },
      { type: 'continued', date: '2026-07-31' },
      { type: 'decided', date: '2026-08-04' },
    ];
    const res = await req('POST', '/api/v1/deadlines/clocks', officer, { matterType: 'complaint', today: '2026-08-20', events });
    expect(res.statusCode).toBe(200);
    const clocks = res.json() as Array<{ rule: string; start: string; due: string; onTime: boolean; startedBy: string }>;
    expect(clocks.find((c) => c.rule === 'complaint.resolution')).toMatchObject({ due: '2026-08-05', onTime: true });
    const notices = clocks.filter((c) => c.rule === 'complaint.suspension-notice');
    expect(notices.map((c) => [c.startedBy, c.start, c.due])).toEqual([['suspended', '2026-07-10', '2026-07-15'], ['continued', '2026-07-31', '2026-08-05']]);
  });

  it('takes a complexity determination with its criteria and refuses an unknown criterion', async () => {
    const base = [{ type: 'received', date: '2026-07-10' }, { type: 'accepted', date: '2026-07-14' }];
    const body = (criteria: string[]) => ({
      matterType: 'denunciation',
      today: '2026-10-20',
      events: [...base, { type: 'complexity-determined', date: '2026-08-05', criteria }, { type: 'extended', date: '2026-08-10' }],
    });
    const ok = await req('POST', '/api/v1/deadlines/clocks', officer, body(['several-places']));
    expect(ok.statusCode).toBe(200);
    expect((ok.json() as Array<{ rule: string; due: string }>).find((c) => c.rule === 'denunciation.resolution')?.due).toBe('2026-09-14');
    const bad = await req('POST', '/api/v1/deadlines/clocks', officer, body(['too-hard']));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
  });

  it('computes the clocks of a matter with their states', async () => {
    const res = await req('POST', '/api/v1/deadlines/clocks', officer, {
      matterType: 'complaint',
      today: '2026-09-30',
      events: [
        { type: 'received', date: '2026-07-01' },
        { type: 'accepted', date: '2026-07-08' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const clocks = res.json() as Array<{ rule: string; state: string }>;
    expect(clocks.find((c) => c.rule === 'complaint.acceptance')?.state).toBe('met');
    expect(clocks.find((c) => c.rule === 'complaint.resolution')?.state).toBe('very-overdue');
  });

  it('lets only administrators change a year, audit-logs it, and uses it for later clocks', async () => {
    const body = {
      sourceNote: 'Thông báo nghỉ bù (thử nghiệm)',
      daysOff: [
        { date: '2026-01-01', name: { vi: 'Tết Dương lịch', en: "New Year's Day" }, kind: 'holiday', occasion: 'new-year' },
        { date: '2026-07-13', name: { vi: 'Ngày nghỉ thử', en: 'Test day off' }, kind: 'swapped' },
      ],
      workingSaturdays: [],
    };
    expect((await req('PUT', '/api/v1/calendar/2026', officer, body)).statusCode).toBe(403);
    const bad = await req('PUT', '/api/v1/calendar/2026', admin, { ...body, daysOff: [{ ...body.daysOff[0], date: '2027-01-01' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toContainEqual({ path: 'body.daysOff.0.date', message: 'Date 2027-01-01 is not in 2026' });
    // The same refusal reads in Vietnamese for a Vietnamese user (it used to stay English).
    const twice = { ...body, daysOff: [body.daysOff[0], { ...body.daysOff[1], date: '2026-01-01' }] };
    const vi = await ctx.app.inject({ method: 'PUT', url: '/api/v1/calendar/2026', headers: { cookie: admin, 'accept-language': 'vi' }, payload: twice });
    expect(vi.json().errors).toContainEqual({ path: 'body.daysOff.1.date', message: 'Ngày 2026-01-01 bị ghi hai lần' });
    expect((await req('GET', '/api/v1/calendar/2026', officer)).json().source).toBe('official');

    const put = await req('PUT', '/api/v1/calendar/2026', admin, body);
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ source: 'custom', replaces: 'official', weekdayDaysOff: 2 });
    expect((await compute({ rule: 'complaint.acceptance', start: '2026-06-30' })).json().due).toBe('2026-07-15');
    const audit = (await req('GET', '/api/v1/audit?entityType=holiday-schedule', admin)).json();
    expect(audit.entries[0]).toMatchObject({ action: 'calendar.put-year', entityId: '2026' });

    const reverted = await req('DELETE', '/api/v1/calendar/2026', admin);
    expect(reverted.json().source).toBe('official');
    expect((await compute({ rule: 'complaint.acceptance', start: '2026-06-30' })).json().due).toBe('2026-07-14');
  });

  it('lists the rule table and lets an administrator count a rule in working days', async () => {
    const table = (await req('GET', '/api/v1/deadlines/rules', officer)).json();
    expect(table.rules.length).toBeGreaterThanOrEqual(26);
    expect((await req('PUT', '/api/v1/deadlines/rules/complaint.resolution/override', officer, { unit: 'working' })).statusCode).toBe(403);
    const base = (await compute({ rule: 'complaint.resolution', start: '2026-07-01' })).json();
    expect(base.unit).toBe('calendar');
    expect((await req('PUT', '/api/v1/deadlines/rules/complaint.resolution/override', admin, { unit: 'working' })).statusCode).toBe(200);
    const changed = (await compute({ rule: 'complaint.resolution', start: '2026-07-01' })).json();
    expect(changed.unit).toBe('working');
    expect(changed.due > base.due).toBe(true);
    expect((await req('DELETE', '/api/v1/deadlines/rules/complaint.resolution/override', admin)).statusCode).toBe(200);
    expect((await compute({ rule: 'complaint.resolution', start: '2026-07-01' })).json().due).toBe(base.due);
  });
});
