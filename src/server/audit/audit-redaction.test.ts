import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../auth/actor';
import { write } from '../db/write';
import { fieldContext } from '../secrets/field-crypto';
import { protect } from '../secrets/protected';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';

const NAME = 'Nguyễn Thị Hồng Nhung';
const ADDRESS = 'Thôn Bàn Lai, xã Cẩm Thủy';
const ID_NUMBER = '038190012345';
const PHONE = '0912 345 678';

/** A denouncer's identity never enters the append-only audit log, whatever shape the audited record has. */
describe.each(testEngines())('audit log redaction of protected identities on %s', (engine) => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await createTestContext(engine);
  });
  afterEach(async () => ctx.close());

  it('drops denouncer identity keys, protected values and sealed envelopes, keeps the rest', async () => {
    const sealed = ctx.deps.fieldCrypto.sealText(fieldContext('petition', 'P-1', 'denouncerName'), NAME);
    await write(ctx.deps, SYSTEM_ACTOR, (w) =>
      w.audit({
        action: 'org-unit.update',
        entityType: 'org-unit',
        entityId: 'P-1',
        unitId: null,
        after: {
          registrationNumber: '12/2026',
          denouncerName: NAME,
          denouncer: { name: NAME, address: ADDRESS },
          denouncers: [{ name: NAME }],
          signers: [{ denouncerIdNumber: ID_NUMBER, denouncerPhone: PHONE, order: 1 }],
          denouncer_address: ADDRESS,
          signer: protect(NAME),
          nameSealed: sealed,
          identityProtected: true,
        },
      }),
    );
    const row = await ctx.deps.db.selectFrom('auditLog').select('afterJson').where('entityId', '=', 'P-1').executeTakeFirstOrThrow();
    const text = row.afterJson!;
    for (const secret of [NAME, ADDRESS, ID_NUMBER, PHONE, sealed, NAME.normalize('NFD')]) expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toEqual({
      registrationNumber: '12/2026',
      signers: [{ order: 1 }],
      signer: '[protected]',
      nameSealed: '[protected]',
      identityProtected: true,
    });
  });
});
