import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { orgUnitsToCsv } from '../../shared/org-units/org-units.csv';
import { type Actor, SYSTEM_ACTOR } from '../auth/actor';
import type { Grant } from '../auth/actor';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';
import { importOrgUnitsCsv } from './org-units-import.service';
import { getOrgUnit } from './org-units.service';

const HEADER = 'id,code,name_vi,name_en,kind,level,parent_id,valid_from,valid_to,note';

function userActor(grants: Grant[]): Actor {
  return { kind: 'user', userId: 'u-test', username: 'u-test', displayName: 'Test', grants, locale: 'en' };
}

/** The AppError an import throws (fails the test if it succeeds or throws anything else). */
async function importError(ctx: TestContext, actor: Actor, csv: string | Uint8Array): Promise<AppError> {
  const error = await importOrgUnitsCsv(ctx.deps, actor, csv).then(
    () => new Error('the import succeeded'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(testEngines())('org-unit import on %s', (engine) => {
  let ctx: TestContext;
  let province: string;
  let commune: string;
  let body: string;
  let other: string;
  const auditSeq = async () =>
    (await ctx.deps.db.selectFrom('auditLog').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n;

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    province = await ctx.unit({ id: 'P1', code: '38', nameVi: 'Tỉnh Một', nameEn: 'Mot Province', kind: 'province', level: 'province' });
    commune = await ctx.unit({ id: 'C1', code: '15127', nameVi: 'Xã Một', nameEn: 'Mot Commune', parentId: province, validFrom: '2025-07-01' });
    body = await ctx.unit({ id: 'B1', nameVi: 'UBND xã Một', kind: 'peoples_committee', parentId: commune, note: 'ghi chú' });
    other = await ctx.unit({ id: 'C2', nameVi: 'Xã Hai', parentId: province });
  });
  afterAll(async () => ctx.close());

  it('refuses to make a province the child of its own commune, naming the units, and writes nothing', async () => {
    const before = await auditSeq();
    const error = await importError(ctx, SYSTEM_ACTOR, `${HEADER}\nP1,38,Tỉnh Một,Mot Province,province,province,C1,,,\n`);
    expect(error.code).toBe('ORG_UNIT_PARENT_CYCLE');
    expect(String(error.params.cycle)).toContain('Tỉnh Một (P1)');
    expect(String(error.params.cycle)).toContain('Xã Một (C1)');
    expect(error.issues).toEqual([expect.objectContaining({ path: 'row 2.parent_id' })]);
    expect((await getOrgUnit(ctx.deps, SYSTEM_ACTOR, province)).parentId).toBeNull();
    expect(await auditSeq()).toBe(before);
  });

  it('refuses a cycle between two new rows with the same clear error, not a database error', async () => {
    const error = await importError(
      ctx,
      SYSTEM_ACTOR,
      `${HEADER}\nN1,,Mới Một,,commune,commune,N2,,,\nN2,,Mới Hai,,commune,commune,N1,,,\n`,
    );
    expect(error.code).toBe('ORG_UNIT_PARENT_CYCLE');
    expect(String(error.params.cycle)).toMatch(/Mới (Một|Hai) \(N\d\) → Mới (Một|Hai) \(N\d\) → Mới/);
    expect(error.issues.map((i) => i.path).sort()).toEqual(['row 2.parent_id', 'row 3.parent_id']);
    await expect(getOrgUnit(ctx.deps, SYSTEM_ACTOR, 'N1')).rejects.toThrow('ORG_UNIT_NOT_FOUND');
  });

  it('lists a cycle together with every other bad row, each with its row number', async () => {
    const error = await importError(
      ctx,
      SYSTEM_ACTOR,
      `${HEADER}\nN1,,Mới Một,,commune,commune,N2,,,\nN2,,Mới Hai,,commune,commune,N1,,,\nN3,,Sai ngày,,commune,commune,P1,2025-02-30,,\nN4,,Không cha,,commune,commune,NOWHERE,,,\n`,
    );
    expect(error.code).toBe('IMPORT_INVALID');
    const paths = error.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['row 2.parent_id', 'row 3.parent_id', 'row 4.valid_from', 'row 5.parent_id']));
    expect(error.params.count).toBe(error.issues.length);
  });

  it('leaves columns missing from the file unchanged on existing units, and defaults them on new ones', async () => {
    const result = await importOrgUnitsCsv(ctx.deps, SYSTEM_ACTOR, 'id,name_vi,kind,level\nC1,Xã Một Mới,commune,commune\nN9,Xã Chín,commune,commune\n');
    expect(result).toEqual({ created: 1, updated: 1 });
    expect(await getOrgUnit(ctx.deps, SYSTEM_ACTOR, commune)).toMatchObject({
      nameVi: 'Xã Một Mới',
      code: '15127',
      nameEn: 'Mot Commune',
      parentId: province,
      validFrom: '2025-07-01',
    });
    expect(await getOrgUnit(ctx.deps, SYSTEM_ACTOR, 'N9')).toMatchObject({ code: null, parentId: null, validFrom: null, note: null });
    // An empty cell in a column that is present still clears the value.
    await importOrgUnitsCsv(ctx.deps, SYSTEM_ACTOR, 'id,name_vi,kind,level,note\nB1,UBND xã Một,peoples_committee,commune,\n');
    expect((await getOrgUnit(ctx.deps, SYSTEM_ACTOR, body)).note).toBeNull();
  });

  it('checks the validity period against the stored dates when one of them is missing from the file', async () => {
    const error = await importError(ctx, SYSTEM_ACTOR, 'id,name_vi,kind,level,valid_to\nC1,Xã Một,commune,commune,2020-01-01\n');
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.issues).toEqual([expect.objectContaining({ path: 'row 2.valid_to' })]);
  });

  it.each([
    ['an unknown column', 'id,name_vi,kind,level,colour\nC1,X,commune,commune,red\n', 'Unknown column "colour"'],
    ['a missing required column', 'id,kind,level\nC1,commune,commune\n', 'Missing column "name_vi"'],
  ])('refuses a file with %s', async (_label, csv, message) => {
    const error = await importError(ctx, SYSTEM_ACTOR, csv);
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.issues.map((i) => i.message)).toContain(message);
  });

  it('reads back its own export, formula-like names included', async () => {
    await importOrgUnitsCsv(ctx.deps, SYSTEM_ACTOR, `id,name_vi,kind,level,note\nC2,=HYPERLINK("http://x"),commune,commune,-1+1\n`);
    const unit = await getOrgUnit(ctx.deps, SYSTEM_ACTOR, other);
    const csv = orgUnitsToCsv([unit]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`'-1+1`);
    await importOrgUnitsCsv(ctx.deps, SYSTEM_ACTOR, csv);
    expect(await getOrgUnit(ctx.deps, SYSTEM_ACTOR, other)).toMatchObject({ nameVi: '=HYPERLINK("http://x")', note: '-1+1' });
  });

  it('refuses invalid UTF-8 with its line number, and accepts a BOM', async () => {
    const enc = new TextEncoder();
    // Inserts bytes that are not UTF-8 after the character at `at`.
    const bytes = (text: string, at: number, bad: number[]) =>
      new Uint8Array([...enc.encode(text.slice(0, at)), ...bad, ...enc.encode(text.slice(at))]);
    const text = 'id,name_vi,kind,level\nC2,Xã Hai,commune,commune\nN5,Xã Năm,commune,commune\n';
    const error = await importError(ctx, SYSTEM_ACTOR, bytes(text, text.indexOf('Năm') + 3, [0xc3, 0x28]));
    expect(error.code).toBe('IMPORT_NOT_UTF8');
    expect(error.params.line).toBe(3);
    await expect(getOrgUnit(ctx.deps, SYSTEM_ACTOR, 'N5')).rejects.toThrow('ORG_UNIT_NOT_FOUND');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(text)]);
    expect(await importOrgUnitsCsv(ctx.deps, SYSTEM_ACTOR, withBom)).toEqual({ created: 1, updated: 1 });
  });

  describe('by an actor who may not choose unit ids (a data clerk of one commune)', () => {
    const clerk = () => userActor([{ role: 'data_clerk', unitId: commune }]);
    const refusal = 'Unknown unit or outside the units you may change';

    it('updates units inside their scope', async () => {
      expect(await importOrgUnitsCsv(ctx.deps, clerk(), 'id,name_vi,kind,level,note\nB1,UBND xã Một,peoples_committee,commune,sửa\n')).toEqual({
        created: 0,
        updated: 1,
      });
    });

    it('gets one message for an unknown id and for an existing unit outside their scope', async () => {
      const error = await importError(
        ctx,
        clerk(),
        'id,name_vi,kind,level\nNEW-X,Chưa có,commune,commune\nC2,Xã Hai,commune,commune\nP1,Tỉnh Một,province,province\n',
      );
      expect(error.code).toBe('IMPORT_INVALID');
      expect(error.issues).toEqual([
        { path: 'row 2.id', message: refusal },
        { path: 'row 3.id', message: refusal },
        { path: 'row 4.id', message: refusal },
      ]);
    });

    it('cannot move a unit under a unit outside their scope, nor learn whether it exists', async () => {
      for (const parent of ['C2', 'NOWHERE']) {
        const error = await importError(ctx, clerk(), `id,name_vi,kind,level,parent_id\nB1,UBND xã Một,peoples_committee,commune,${parent}\n`);
        expect(error.issues).toEqual([{ path: 'row 2.parent_id', message: refusal }]);
      }
      // Keeping the stored parent (outside the scope) is fine: the clerk's own commune sits under the province.
      expect(await importOrgUnitsCsv(ctx.deps, clerk(), 'id,name_vi,kind,level,parent_id\nC1,Xã Một,commune,commune,P1\n')).toEqual({
        created: 0,
        updated: 1,
      });
    });
  });
});
