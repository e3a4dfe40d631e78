import { afterEach, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../auth/actor';
import { write } from '../db/write';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';
import { assignRegisterNumber, lastRegisterNumber, recordExistingRegisterNumber, type RegisterEntryInput } from './registers.service';

describe.each(testEngines())('registration numbers on %s', (engine) => {
  let ctx: TestContext;
  afterEach(async () => ctx?.close());

  const intake = (input: RegisterEntryInput) => write(ctx.deps, SYSTEM_ACTOR, (w) => assignRegisterNumber(w, input));

  it('numbers each unit’s register of each kind 1, 2, 3… on its own', async () => {
    ctx = await createTestContext(engine, '2026-03-10T02:00:00.000Z');
    const [a, b] = [await ctx.unit(), await ctx.unit()];
    expect(await intake({ unitId: a, kind: 'petition' })).toEqual({ sequence: 1, year: 2026 });
    expect(await intake({ unitId: a, kind: 'petition' })).toEqual({ sequence: 2, year: 2026 });
    expect(await intake({ unitId: b, kind: 'petition' })).toEqual({ sequence: 1, year: 2026 });
    expect(await intake({ unitId: a, kind: 'reception-turn' })).toEqual({ sequence: 1, year: 2026 });
    expect(await intake({ unitId: a, kind: 'petition' })).toEqual({ sequence: 3, year: 2026 });
    expect(await lastRegisterNumber(ctx.deps.db, { unitId: a, kind: 'petition', year: 2026 })).toBe(3);
  });

  it('gives the number of a rolled-back intake to the next one (no gaps)', async () => {
    ctx = await createTestContext(engine, '2026-03-10T02:00:00.000Z');
    const unitId = await ctx.unit();
    expect((await intake({ unitId, kind: 'petition' })).sequence).toBe(1);
    let taken = 0;
    await expect(
      write(ctx.deps, SYSTEM_ACTOR, async (w) => {
        taken = (await assignRegisterNumber(w, { unitId, kind: 'petition' })).sequence;
        throw new Error('the intake failed after numbering');
      }),
    ).rejects.toThrow('the intake failed');
    expect(taken).toBe(2);
    expect(await lastRegisterNumber(ctx.deps.db, { unitId, kind: 'petition', year: 2026 })).toBe(1);
    expect((await intake({ unitId, kind: 'petition' })).sequence).toBe(2);
  });

  it('rolls back the first number of a year too (the counter row itself is not kept)', async () => {
    ctx = await createTestContext(engine, '2026-03-10T02:00:00.000Z');
    const unitId = await ctx.unit();
    await expect(
      write(ctx.deps, SYSTEM_ACTOR, async (w) => {
        await assignRegisterNumber(w, { unitId, kind: 'petition' });
        throw new Error('failed');
      }),
    ).rejects.toThrow();
    expect(await ctx.deps.db.selectFrom('registerCounter').selectAll().execute()).toEqual([]);
    expect((await intake({ unitId, kind: 'petition' })).sequence).toBe(1);
  });

  it('starts a new register at midnight in Viet Nam on 1 January (17:00 UTC on 31 December)', async () => {
    ctx = await createTestContext(engine, '2026-12-31T16:59:58.000Z');
    const unitId = await ctx.unit();
    expect(await intake({ unitId, kind: 'petition' })).toEqual({ sequence: 1, year: 2026 });
    ctx.time.advance(1000); // 23:59:59 in Viet Nam
    expect(await intake({ unitId, kind: 'petition' })).toEqual({ sequence: 2, year: 2026 });
    ctx.time.advance(1000); // 00:00:00 on 1 January 2027 in Viet Nam, still 31 December in UTC
    expect(ctx.time.now().toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(await intake({ unitId, kind: 'petition' })).toEqual({ sequence: 1, year: 2027 });
    expect(await intake({ unitId, kind: 'petition' })).toEqual({ sequence: 2, year: 2027 });
    // A letter received on 31 December and registered on 2 January goes into the 2026 register.
    expect(await intake({ unitId, kind: 'petition', receivedOn: '2026-12-31' })).toEqual({ sequence: 3, year: 2026 });
  });

  it('continues after numbers given outside Oversight, never lowering the counter', async () => {
    ctx = await createTestContext(engine, '2026-03-10T02:00:00.000Z');
    const unitId = await ctx.unit();
    await write(ctx.deps, SYSTEM_ACTOR, (w) => recordExistingRegisterNumber(w, { unitId, kind: 'petition', sequence: 120, year: 2026 }));
    expect((await intake({ unitId, kind: 'petition' })).sequence).toBe(121);
    await write(ctx.deps, SYSTEM_ACTOR, (w) => recordExistingRegisterNumber(w, { unitId, kind: 'petition', sequence: 50, year: 2026 }));
    expect((await intake({ unitId, kind: 'petition' })).sequence).toBe(122);
  });

  it('refuses a register of a unit that does not exist', async () => {
    ctx = await createTestContext(engine, '2026-03-10T02:00:00.000Z');
    await expect(intake({ unitId: 'no-such-unit', kind: 'petition' })).rejects.toThrow();
  });
});
