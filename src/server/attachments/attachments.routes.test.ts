import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_FILES } from '../../shared/attachments/attachment-samples.test-support';
import { AppError } from '../../shared/errors';
import { buildApp } from '../app';
import { fixedTime } from '../time-source';
import { loadConfig } from '../config';
import type { Engine } from '../db/database';
import { type AppDeps, createDeps } from '../deps';
import { createFieldCrypto } from '../secrets/field-crypto';
import type { App } from '../http/context';
import { ephemeralKey } from '../secrets/key-file';
import { createFactories, TEST_PASSWORD } from '../test/factories';
import { createTestDatabase, testEngines } from '../test/test-db';
import { testAesGcmCipher } from './aes-gcm.test-support';
import type { AttachmentOwners } from './attachment-owners';
import type { BlobCipher } from './blob-cipher';

/**
 * A real owner policy over org units (the petition feature will supply its own): a unit outside the actor's read
 * scope does not exist for them; attaching needs `org-unit:write` there; a protected file needs `user:manage` there
 * (standing in for the permission to see protected identities).
 */
function unitOwners(authz: AppDeps['authz']): AttachmentOwners {
  return {
    'org-unit': {
      async authorizeAttach(actor, unitId) {
        if (!(await authz.can(actor, 'org-unit:read', unitId))) throw new AppError('NOT_FOUND');
        await authz.assert(actor, 'org-unit:write', unitId);
        return { unitId, protect: false };
      },
      async authorizeRead(actor, unitId, attachment) {
        if (!(await authz.can(actor, 'org-unit:read', unitId))) throw new AppError('NOT_FOUND');
        if (attachment.protected) await authz.assert(actor, 'user:manage', unitId);
        return { unitId };
      },
    },
  };
}

const utf8Name = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
const sha256b64 = (b: Uint8Array) => createHash('sha256').update(b).digest('base64');

describe.each(testEngines())('attachment routes on %s', (engine: Engine) => {
  let app: App;
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  async function setup(options: { maxBytes?: number; cipher?: BlobCipher | null } = {}) {
    const database = await createTestDatabase(engine);
    const base = loadConfig({ WEB_DIST_DIR: '/nonexistent' });
    const config = { ...base, loginRateLimitPerMinute: 1000, attachments: { ...base.attachments, maxBytes: options.maxBytes ?? 64 * 1024 } };
    const wired = createDeps({
      database,
      config,
      time: fixedTime('2026-03-10T02:00:00.000Z'),
      auditKey: ephemeralKey('audit key'),
      fieldCrypto: createFieldCrypto({ current: ephemeralKey('encryption key') }),
      passwordLogN: 10,
    });
    const deps: AppDeps = {
      ...wired,
      attachmentOwners: unitOwners(wired.authz),
      attachmentCipher: options.cipher === undefined ? testAesGcmCipher() : options.cipher,
    };
    app = await buildApp(deps);
    await app.ready();
    close = async () => {
      await app.close();
      await database.close();
    };
    const f = createFactories(deps);
    const district = await f.unit({ nameVi: 'Huyện Cẩm Thủy', kind: 'district', level: 'district' });
    const commune = await f.unit({ nameVi: 'Xã Cẩm Tú', parentId: district });
    const other = await f.unit({ nameVi: 'Xã Cẩm Bình', parentId: district });
    const login = async (username: string) => {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
      return `oversight_session=${res.cookies.find((c) => c.name === 'oversight_session')!.value}`;
    };
    const clerk = await login((await f.user([['data_clerk', commune]])).username);
    const admin = await login((await f.user([['unit_administrator', district]])).username);
    const counts = async () => ({
      attachments: (await database.db.selectFrom('attachment').select('id').execute()).length,
      audit: (await database.db.selectFrom('auditHead').select('lastSeq').executeTakeFirstOrThrow()).lastSeq,
    });
    return { db: database.db, commune, other, clerk, admin, counts };
  }

  const upload = (cookie: string, ownerId: string, content: Uint8Array, name = 'Đơn khiếu nại.pdf', query = '', headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/attachments?ownerType=org-unit&ownerId=${ownerId}${query}`,
      headers: { cookie, 'content-type': 'application/octet-stream', 'content-disposition': utf8Name(name), 'accept-language': 'vi', ...headers },
      payload: Buffer.from(content),
    });

  it('takes a file as raw bytes with its Vietnamese name and gives it back unchanged', async () => {
    const { clerk, commune } = await setup();
    const res = await upload(clerk, commune, SAMPLE_FILES.pdf);
    expect(res.statusCode).toBe(201);
    const meta = res.json();
    expect(meta).toMatchObject({ ownerType: 'org-unit', ownerId: commune, fileName: 'Đơn khiếu nại.pdf', type: 'pdf', mediaType: 'application/pdf', size: SAMPLE_FILES.pdf.length, protected: false });
    const down = await app.inject({ method: 'GET', url: `/api/v1/attachments/${meta.id}`, headers: { cookie: clerk } });
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(Buffer.from(SAMPLE_FILES.pdf))).toBe(true);
    expect(down.headers['content-type']).toBe('application/pdf');
    expect(down.headers['content-disposition']).toBe(`attachment; filename="Don khieu nai.pdf"; filename*=UTF-8''%C4%90%C6%A1n%20khi%E1%BA%BFu%20n%E1%BA%A1i.pdf`);
    expect(down.headers['repr-digest']).toBe(`sha-256=:${sha256b64(SAMPLE_FILES.pdf)}:`);
    expect(down.headers['cache-control']).toBe('private, no-store');
  });

  it('trusts the bytes, not the declared type: a PNG sent as application/pdf is stored as a PNG', async () => {
    const { clerk, commune } = await setup();
    const res = await upload(clerk, commune, SAMPLE_FILES.png, 'scan.pdf', '', { 'content-type': 'application/pdf' });
    expect(res.json()).toMatchObject({ type: 'png', mediaType: 'image/png' });
  });

  it('accepts files above the 2 MB JSON body limit up to the attachment limit, and refuses one byte more (413)', async () => {
    const limit = 3 * 1024 * 1024;
    const { clerk, commune, counts } = await setup({ maxBytes: limit });
    const big = new Uint8Array(limit).fill(0x41);
    expect((await upload(clerk, commune, big, 'big.txt')).statusCode).toBe(201);
    const before = await counts();
    const res = await upload(clerk, commune, new Uint8Array(limit + 1).fill(0x41), 'big.txt');
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', detail: 'Mỗi tệp đính kèm chỉ được tối đa 3 MB; không có dữ liệu nào được ghi.' });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['an executable', new Uint8Array([0x4d, 0x5a, 0x90, 0x00]), {}, 415, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
    ['an empty body', new Uint8Array(), {}, 422, 'ATTACHMENT_EMPTY'],
    ['no file name', SAMPLE_FILES.pdf, { 'content-disposition': 'attachment' }, 400, 'VALIDATION_FAILED'],
    ['a file name with a folder', SAMPLE_FILES.pdf, { 'content-disposition': 'attachment; filename="../x.pdf"' }, 400, 'VALIDATION_FAILED'],
  ])('refuses %s with a problem and writes nothing', async (_, content, headers, status, code) => {
    const { clerk, commune, counts } = await setup();
    const before = await counts();
    const res = await upload(clerk, commune, content, 'a.pdf', '', headers);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ code });
    expect(await counts()).toEqual(before);
  });

  it('answers 404 for an owner outside the actor’s scope, an unknown owner type or attachment, and writes nothing', async () => {
    const { clerk, other, commune, counts } = await setup();
    const before = await counts();
    expect((await upload(clerk, other, SAMPLE_FILES.pdf)).statusCode).toBe(404);
    const unknownType = await app.inject({
      method: 'POST', url: `/api/v1/attachments?ownerType=petition&ownerId=${commune}`,
      headers: { cookie: clerk, 'content-disposition': utf8Name('a.pdf'), 'content-type': 'application/octet-stream' }, payload: Buffer.from(SAMPLE_FILES.pdf),
    });
    expect(unknownType.statusCode).toBe(404);
    expect(await counts()).toEqual(before);
    const missing = await app.inject({ method: 'GET', url: '/api/v1/attachments/00000000-0000-4000-8000-000000000000', headers: { cookie: clerk } });
    expect(missing.statusCode).toBe(404);
  });

  it('hides another unit’s attachment (404) and asks for a session (401)', async () => {
    const { clerk, admin, other } = await setup();
    const id = (await upload(admin, other, SAMPLE_FILES.pdf)).json().id;
    expect((await app.inject({ method: 'GET', url: `/api/v1/attachments/${id}`, headers: { cookie: clerk } })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/v1/attachments/${id}` })).statusCode).toBe(401);
    const anonymous = await app.inject({ method: 'POST', url: `/api/v1/attachments?ownerType=org-unit&ownerId=${other}`, payload: Buffer.alloc(10 * 1024 * 1024) });
    expect(anonymous.statusCode).toBe(401);
  });

  it('stores a protected file encrypted, shows it only with the permission and logs each opening', async () => {
    const { db, clerk, admin, commune } = await setup();
    const res = await upload(clerk, commune, SAMPLE_FILES.txt, 'Bút tích người tố cáo.txt', '&protected=true');
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    const stored = await db.selectFrom('attachmentBlob').select('content').executeTakeFirstOrThrow();
    expect(Buffer.from(stored.content).includes(Buffer.from('Nguyễn Thị Lan'))).toBe(false);
    expect((await app.inject({ method: 'GET', url: `/api/v1/attachments/${id}`, headers: { cookie: clerk } })).statusCode).toBe(403);
    const down = await app.inject({ method: 'GET', url: `/api/v1/attachments/${id}`, headers: { cookie: admin } });
    expect(down.statusCode).toBe(200);
    expect(down.rawPayload.equals(Buffer.from(SAMPLE_FILES.txt))).toBe(true);
    expect(down.headers['content-disposition']).toContain("filename*=UTF-8''B%C3%BAt%20t%C3%ADch");
    const reveals = await db.selectFrom('auditLog').select(['action', 'entityId', 'afterJson']).where('action', '=', 'attachment.reveal').execute();
    expect(reveals).toHaveLength(1);
    expect(reveals[0]!.entityId).toBe(id);
    expect(JSON.stringify(await db.selectFrom('auditLog').selectAll().execute())).not.toContain('Bút tích');
  });

  it('refuses protected files when no encryption key is configured (503)', async () => {
    const { clerk, commune, counts } = await setup({ cipher: null });
    const before = await counts();
    const res = await upload(clerk, commune, SAMPLE_FILES.txt, 'a.txt', '&protected=true');
    expect(res.statusCode).toBe(503);
    expect(res.json().code).toBe('ATTACHMENT_PROTECTION_UNAVAILABLE');
    expect(await counts()).toEqual(before);
  });

  it('refuses to send a file that fails its integrity check', async () => {
    const { db, clerk, commune } = await setup();
    const { id } = (await upload(clerk, commune, SAMPLE_FILES.pdf)).json();
    await db.updateTable('attachmentBlob').set({ content: Buffer.from('%PDF-1.7 tampered') }).execute();
    const res = await app.inject({ method: 'GET', url: `/api/v1/attachments/${id}`, headers: { cookie: clerk, 'accept-language': 'en' } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toMatchObject({ code: 'ATTACHMENT_CORRUPT', title: 'Stored file damaged' });
  });
});
