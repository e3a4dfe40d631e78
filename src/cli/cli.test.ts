import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliError, type Io } from './cli-context';
import { runCli } from './run';

/** Runs the CLI in-process against a temporary SQLite file and captures what it prints. */
function harness(dir: string, lang = 'en_US.UTF-8') {
  const env = { DATA_DIR: dir, LANG: lang };
  return async (argv: string[], stdin?: string) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      readStdin: async () => {
        if (stdin === undefined) throw new CliError('no stdin', 2);
        return stdin;
      },
    };
    const code = await runCli(argv, io, env);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}

describe('oversight CLI (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'oversight-cli-'));
  const cli = harness(dir);

  beforeAll(async () => {
    expect((await cli(['migrate'])).code).toBe(0);
  }, 60_000);

  it('prints usage and exits 2 for an unknown command or option', async () => {
    expect(await cli(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command') });
    expect(await cli(['migrate', '--nope'])).toMatchObject({ code: 2, err: expect.stringContaining("Unknown option '--nope'") });
    expect((await cli(['--help'])).out).toContain('user create');
  });

  it('refuses a bad DATABASE_URL with a readable message', async () => {
    const code = await runCli(['migrate'], { out: () => undefined, err: () => undefined, readStdin: async () => '' }, { DATABASE_URL: 'mysql://x' });
    expect(code).toBe(1);
  });

  it('seeds the demo data once', async () => {
    expect(await cli(['seed', '--demo'])).toMatchObject({ code: 0, out: expect.stringContaining('9 users') });
    expect(await cli(['seed', '--demo'])).toMatchObject({ code: 1, err: expect.stringContaining('already has users') });
    expect((await cli(['seed'])).code).toBe(2);
  }, 60_000);

  it('creates a user from a password on stdin, resolving a unit by today’s code', async () => {
    const ok = await cli(['user', 'create', '--username', 'Tiep.Dan', '--role', 'reception_officer', '--unit', '15127', '--password-stdin'], 'mật khẩu đủ dài\n');
    expect(ok).toMatchObject({ code: 0, out: expect.stringContaining('VN-38-C-15127') });
    const short = await cli(['user', 'create', '--username', 'x2y', '--role', 'leader', '--unit', 'VN-38', '--password-stdin'], 'short');
    expect(short).toMatchObject({ code: 1, err: expect.stringContaining('PASSWORD_TOO_SHORT') });
    const weak = await cli(['user', 'create', '--username', 'x2z', '--role', 'leader', '--unit', 'VN-38', '--password-stdin'], '1234567890\n');
    expect(weak).toMatchObject({ code: 1, err: expect.stringContaining('too easy to guess') });
    const badRole = await cli(['user', 'create', '--username', 'x3y', '--role', 'king', '--unit', 'VN-38', '--password-stdin'], 'long enough pass');
    expect(badRole).toMatchObject({ code: 2, err: expect.stringContaining('--role') });
    const noUnit = await cli(['user', 'create', '--username', 'x4y', '--role', 'leader', '--unit', '99999', '--password-stdin'], 'long enough pass');
    expect(noUnit).toMatchObject({ code: 1, err: expect.stringContaining('ORG_UNIT_NOT_FOUND') });
    const taken = await cli(['user', 'create', '--username', 'admin', '--role', 'leader', '--unit', 'VN-38', '--password-stdin'], 'long enough pass');
    expect(taken).toMatchObject({ code: 1, err: expect.stringContaining('USERNAME_TAKEN') });
    expect((await cli(['user', 'create', '--username', 'x5y', '--role', 'leader', '--unit', 'VN-38'])).code).toBe(2);
  });

  it('lifts a user’s sign-in locks', async () => {
    const { createDatabase } = await import('../server/db/database');
    const database = createDatabase({ engine: 'sqlite', file: join(dir, 'oversight.sqlite') });
    const lockedUntil = new Date(Date.now() + 10 * 60_000).toISOString();
    await database.db
      .insertInto('loginFailure')
      .values({ username: 'nv.lan', source: '198.51.100.7', failures: 0, lastFailedAt: new Date().toISOString(), lockedUntil })
      .execute();
    expect(await cli(['user', 'unlock', '--username', 'NV.Lan'])).toMatchObject({ code: 0, out: expect.stringContaining('198.51.100.7') });
    expect(await database.db.selectFrom('loginFailure').selectAll().execute()).toEqual([]);
    await database.close();
    expect(await cli(['user', 'unlock', '--username', 'nv.lan'])).toMatchObject({ code: 0, out: expect.stringContaining('no active sign-in lock') });
    expect((await cli(['user', 'unlock', '--username', 'ghost'])).code).toBe(1);
    expect((await cli(['user', 'unlock'])).code).toBe(2);
  });

  it('issues an API token', async () => {
    const res = await cli(['token', 'create', '--username', 'admin', '--name', 'báo cáo']);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^ovs_[A-Za-z0-9_-]{40,}$/);
    expect((await cli(['token', 'create', '--username', 'ghost'])).code).toBe(1);
  });

  it('exports units as of a date and re-imports them', async () => {
    const file = join(dir, 'units.csv');
    expect((await cli(['export', 'org-units', '--as-of', '2024-12-31', '--output', file])).code).toBe(0);
    const csv = readFileSync(file, 'utf8');
    expect(csv).toContain('Thị trấn Phong Sơn');
    expect(csv).not.toContain('VN-38-C-15127,');
    expect(await cli(['import', 'org-units', file])).toMatchObject({ code: 0, out: expect.stringContaining('0 units created') });
    expect((await cli(['export', 'org-units', '--as-of', '2024-02-30'])).code).toBe(2);
  });

  it('rejects a bad import file whole, and changes nothing', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      'id,code,name_vi,name_en,kind,level,parent_id,valid_from,valid_to,note\n' +
        'NEW-1,,Chi hội mới,,mass_organisation,commune,VN-38-C-15127,2026-01-01,,\n' +
        'NEW-2,,Sai ngày,,commune,commune,VN-38,2026-02-30,,\n' +
        'NEW-3,,Không cha,,commune,commune,NOWHERE,,,\n',
    );
    const res = await cli(['import', 'org-units', file]);
    expect(res.code).toBe(1);
    expect(res.err).toContain('IMPORT_INVALID');
    expect(res.err).toContain('row 3.valid_from');
    expect(res.err).toContain('row 4.parent_id: Unknown parent "NOWHERE"');
    const fixed = join(dir, 'fixed.csv');
    writeFileSync(fixed, 'id,name_vi,kind,level,parent_id\nNEW-3,Không cha,commune,commune,NOWHERE\n');
    expect(await cli(['import', 'org-units', fixed])).toMatchObject({ code: 1, err: expect.stringContaining('Unknown parent') });
    const exported = (await cli(['export', 'org-units'])).out;
    expect(exported).not.toContain('NEW-1');
    expect((await cli(['import', 'org-units', join(dir, 'missing.csv')])).code).toBe(1);
  });

  it('refuses a file that is not UTF-8, naming the line, and reads back its own export of formula-like text', async () => {
    const latin = join(dir, 'latin.csv');
    writeFileSync(latin, Buffer.concat([Buffer.from('id,name_vi,kind,level\nNEW-8,X'), Buffer.from([0xe3]), Buffer.from(',commune,commune\n')]));
    expect(await cli(['import', 'org-units', latin])).toMatchObject({ code: 1, err: expect.stringMatching(/Line 2 .*UTF-8.*\[IMPORT_NOT_UTF8\]/) });
    const formula = join(dir, 'formula.csv');
    writeFileSync(formula, '\uFEFFid,name_vi,kind,level,note\nNEW-9,Chi hội,mass_organisation,commune,=1+2\n');
    expect((await cli(['import', 'org-units', formula])).code).toBe(0);
    expect((await cli(['export', 'org-units'])).out).toContain("NEW-9,,Chi hội,,mass_organisation,commune,,,,'=1+2");
    const exported = join(dir, 'all.csv');
    expect((await cli(['export', 'org-units', '--output', exported])).code).toBe(0);
    expect(await cli(['import', 'org-units', exported])).toMatchObject({ code: 0, out: expect.stringContaining('0 units created') });
    expect((await cli(['export', 'org-units'])).out).toContain("'=1+2");
  });

  it('verifies the audit log and backs up the database', async () => {
    expect(await cli(['audit', 'verify'])).toMatchObject({ code: 0, out: expect.stringContaining('intact') });
    const backup = join(dir, 'backup.sqlite');
    expect((await cli(['backup', backup])).code).toBe(0);
    const out: string[] = [];
    // The backup verifies with the audit key of DATA_DIR (to be backed up with it), and with no other key.
    const code = await runCli(['audit', 'verify'], { out: (l) => out.push(l), err: () => undefined, readStdin: async () => '' }, { SQLITE_FILE: backup, DATA_DIR: dir });
    expect(code).toBe(0);
    expect(out.join()).toContain('intact');
    const err: string[] = [];
    const otherKey = randomBytes(32).toString('base64');
    const io = { out: () => undefined, err: (l: string) => err.push(l), readStdin: async () => '' };
    expect(await runCli(['audit', 'verify'], io, { SQLITE_FILE: backup, AUDIT_KEY: otherKey })).toBe(1);
    expect(err.join()).toMatch(/BROKEN at entry 1: entry was signed with another key/);
  });

  it('reports missing append-only triggers, and `migrate` restores them', async () => {
    const sqlite = new Database(join(dir, 'oversight.sqlite'));
    sqlite.exec('drop trigger audit_log_no_update');
    sqlite.close();
    expect(await cli(['audit', 'verify'])).toMatchObject({ code: 1, err: expect.stringContaining('trigger audit_log_no_update is missing') });
    expect(await cli(['migrate'])).toMatchObject({ code: 0, err: expect.stringContaining('restored the append-only triggers') });
    expect(await cli(['audit', 'verify'])).toMatchObject({ code: 0, out: expect.stringContaining('append-only triggers in place') });
  });

  it('computes a deadline and explains it, in JSON or in words', async () => {
    const json = await cli(['deadline', 'complaint.acceptance', '2026-07-01', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ due: '2026-07-10', ruleSet: '2026', unit: 'working', count: 7 });
    const words = await cli(['deadline', 'denunciation.resolution', '2026-01-20', '--extensions', '1']);
    expect(words.out).toContain('Due: 23 Mar 2026 (2026-03-23)');
    expect(words.out).toContain('Art. 148');
    expect((await cli(['deadline', 'complaint.teleport', '2026-07-01'])).code).toBe(2);
    expect((await cli(['deadline', 'complaint.acceptance', '2026-02-30'])).code).toBe(2);
    expect((await cli(['deadline', 'complaint.acceptance', '2026-07-01', '--extensions', 'two'])).code).toBe(2);
    expect(await cli(['deadline', 'complaint.acceptance', '2026-07-01', '--extensions', '1'])).toMatchObject({
      code: 1,
      err: 'oversight: Invalid option: "Accept a complaint" allows no extension. [INVALID_OPTION]',
    });
  });

  it('explains a refused deadline in Vietnamese under a Vietnamese locale', async () => {
    const vi = harness(dir, 'vi_VN.UTF-8');
    expect(await vi(['deadline', 'complaint.acceptance', '2026-07-01', '--extensions', '1'])).toMatchObject({
      code: 1,
      err: 'oversight: Tùy chọn không hợp lệ: Quy định "Thụ lý giải quyết khiếu nại" không cho phép gia hạn. [INVALID_OPTION]',
    });
    expect(await vi(['deadline', 'reception.online-notice', '2026-06-30'])).toMatchObject({
      code: 1,
      err:
        'oversight: Ngày ngoài phạm vi: Quy định "Tiếp công dân trực tuyến: thông báo lịch tiếp" không thuộc bộ quy định 2021 áp dụng vào ' +
        'ngày 30/06/2026: quy định này chỉ có từ ngày 01/07/2026 (Nghị định 154/2026/NĐ-CP, Điều 23). [DATE_OUT_OF_RANGE]',
    });
  });

  it('prints a year of the calendar with Tết and Hùng Kings’ day', async () => {
    const res = await cli(['calendar', '2026', '--json']);
    expect(JSON.parse(res.out)).toMatchObject({ year: 2026, lunarNewYear: '2026-02-17', hungKings: '2026-04-26', source: 'official' });
    expect((await cli(['calendar', '2007', '--json'])).out).toContain('"lunarNewYear": "2007-02-17"');
    expect((await cli(['calendar', '99'])).code).toBe(2);
  });
});
