import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../auth/actor';
import { createSearchIndexTable, dropSearchIndexTable } from '../db/migrations/search-index.ddl';
import { write } from '../db/write';
import { createTestContext, type TestContext } from '../test/test-app';
import { testEngines } from '../test/test-db';
import {
  defineSearchIndex,
  deleteSearchEntry,
  matchingEntityIds,
  type SearchEntry,
  searchIndex,
  searchIndexSql,
  upsertSearchEntry,
} from './search-index';

// A scratch index, created the way a feature's migration will create its own.
const scratch = defineSearchIndex('scratch_search');

const ENTRIES: SearchEntry[] = [
  { entityId: 'p1', unitId: 'u1', text: ['Đỗ Thị Hoà', 'Khiếu nại thu hồi đất', '123/2026'] },
  { entityId: 'p2', unitId: 'u1', text: ['Nguyễn Văn A', 'Tố cáo cán bộ xã Cẩm Thủy', '124/2026'] },
  { entityId: 'p3', unitId: 'u2', text: ['Trần Đông', 'Kiến nghị về đường thôn Đồng Tâm', '1123/2026'] },
  { entityId: 'p4', unitId: 'u2', text: ['Lê Thị Hoàng Anh', 'Phản ánh ô nhiễm', null, '7/2025'] },
  { entityId: 'p5', unitId: 'u3', text: ['Hồ Văn Sado', 'Khiếu nại quyết định 15/QĐ-UBND'] },
];

describe.each(testEngines())('search index (%s)', (engine) => {
  let ctx: TestContext;
  const find = async (query: string, unitIds: readonly string[] | null = null, limit = 50, offset = 0) =>
    (await searchIndex(ctx.deps.db, engine, scratch, { query, unitIds, limit, offset })).ids;
  const put = (...entries: SearchEntry[]) =>
    write(ctx.deps, SYSTEM_ACTOR, async (w) => {
      for (const e of entries) await upsertSearchEntry(w.trx, scratch, e);
    });

  beforeAll(async () => {
    ctx = await createTestContext(engine);
    await createSearchIndexTable(ctx.deps.db as unknown as Kysely<unknown>, scratch.table);
    await put(...ENTRIES);
  });
  afterAll(async () => {
    await dropSearchIndexTable(ctx.deps.db as unknown as Kysely<unknown>, scratch.table);
    await ctx.close();
  });

  it('ignores diacritics, đ and case, and takes the words in any order', async () => {
    for (const q of ['do thi hoa', 'ĐỖ THỊ HOÀ', 'hoa do', 'Hoà   đỗ  thị', 'thi do']) expect(await find(q), q).toEqual(['p1']);
    for (const q of ['HOA', 'thị hòa', 'hoa thi']) expect(await find(q), q).toEqual(['p4', 'p1']); // Hoàng too
    expect(await find('do thi hoang')).toEqual([]);
    expect(await find('cam thuy')).toEqual(['p2']);
    expect(await find('dong tam')).toEqual(['p3']);
  });

  it('finds substrings inside words and numbers', async () => {
    expect(await find('guye')).toEqual(['p2']);
    expect(await find('oang')).toEqual(['p4']);
    expect(await find('123/2026')).toEqual(['p3', 'p1']);
    expect(await find('3/2026')).toEqual(['p3', 'p1']);
    expect(await find('124/2026')).toEqual(['p2']);
    expect(await find('/2026')).toEqual(['p3', 'p2', 'p1']);
    expect(await find('15/qd-ubnd')).toEqual(['p5']);
    expect(await find('2025')).toEqual(['p4']);
  });

  it('matches a 2-character term at the start of a word and a 1-character term as a whole word', async () => {
    expect(await find('do')).toEqual(['p3', 'p1']); // Đông, Đồng, Đỗ — not Sado
    expect(await find('ho')).toEqual(['p5', 'p4', 'p1']); // Hồ, Hoàng, Hoà, hồi
    expect(await find('oa')).toEqual([]); // inside words only
    expect(await find('a')).toEqual(['p2']); // Nguyễn Văn A, not Anh
    expect(await find('a nguyen')).toEqual(['p2']);
    expect(await find('7')).toEqual([]); // 7/2025 is one word
    expect(await find('7/2025')).toEqual(['p4']);
  });

  it('treats a query without any word as matching every entry', async () => {
    expect(await find('')).toEqual(['p5', 'p4', 'p3', 'p2', 'p1']);
    expect(await find(' ,;! ')).toEqual(['p5', 'p4', 'p3', 'p2', 'p1']);
  });

  it('keeps to the scope it is given', async () => {
    expect(await find('khieu nai', ['u1'])).toEqual(['p1']);
    expect(await find('khieu nai', ['u1', 'u3'])).toEqual(['p5', 'p1']);
    expect(await find('khieu nai', ['u2'])).toEqual([]);
    expect(await find('khieu nai', [])).toEqual([]);
    expect(await find('', ['u2'])).toEqual(['p4', 'p3']);
  });

  it('pages in a stable order, most recently indexed first, and says whether more follow', async () => {
    const page = (offset: number) => searchIndex(ctx.deps.db, engine, scratch, { query: '/2026', unitIds: null, limit: 2, offset });
    expect(await page(0)).toEqual({ ids: ['p3', 'p2'], hasMore: true });
    expect(await page(2)).toEqual({ ids: ['p1'], hasMore: false });
    await expect(page(-1)).rejects.toThrow(/Invalid search page/);
  });

  it('updates and deletes entries, keeping an updated entry in its place', async () => {
    await put({ entityId: 'p6', unitId: 'u1', text: ['Vũ Văn Bình', 'Đơn 9/2026'] });
    expect(await find('vu van binh')).toEqual(['p6']);
    await put({ entityId: 'p6', unitId: 'u2', text: ['Võ Văn Bính', 'Đơn 9/2026'] });
    expect(await find('vu van')).toEqual([]);
    expect(await find('vo van binh', ['u1'])).toEqual([]);
    expect(await find('vo van binh', ['u2'])).toEqual(['p6']);
    await put({ entityId: 'p1', unitId: 'u1', text: ['Đỗ Thị Hoà', 'Khiếu nại thu hồi đất, đã rút', '123/2026'] });
    expect(await find('da rut')).toEqual(['p1']);
    expect(await find('', null)).toEqual(['p6', 'p5', 'p4', 'p3', 'p2', 'p1']);
    await write(ctx.deps, SYSTEM_ACTOR, (w) => deleteSearchEntry(w.trx, scratch, 'p6'));
    expect(await find('vo van binh')).toEqual([]);
    expect(await find('')).toEqual(['p5', 'p4', 'p3', 'p2', 'p1']);
    if (engine === 'sqlite') {
      // The full-text table still agrees with its content table after the triggers' deletes and re-inserts.
      await sql`insert into scratch_search_fts (scratch_search_fts) values ('integrity-check')`.execute(ctx.deps.db);
    }
  });

  it('writes nothing when the enclosing write fails', async () => {
    await expect(
      write(ctx.deps, SYSTEM_ACTOR, async (w) => {
        await upsertSearchEntry(w.trx, scratch, { entityId: 'p7', unitId: 'u1', text: ['Phạm Văn Lộc'] });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(await find('pham van loc')).toEqual([]);
  });

  it('gives a subquery that combines with a feature table', async () => {
    const unitId = await ctx.unit({ nameVi: 'Xã Cẩm Tú' });
    await put({ entityId: unitId, unitId, text: ['Xã Cẩm Tú', 'trụ sở thôn Đồng Tâm'] });
    const rows = await ctx.deps.db
      .selectFrom('orgUnit')
      .select('nameVi')
      .where('id', 'in', matchingEntityIds(engine, scratch, 'dong tam cam tu', [unitId, 'u2']))
      .execute();
    expect(rows).toEqual([{ nameVi: 'Xã Cẩm Tú' }]);
    const none = matchingEntityIds(engine, scratch, 'dong tam', ['u2']);
    expect(await ctx.deps.db.selectFrom('orgUnit').select('id').where('id', 'in', none).execute()).toEqual([]);
  });

  it('answers from the index, not by scanning the text', async () => {
    const bulk: SearchEntry[] = Array.from({ length: 1500 }, (_, i) => ({
      entityId: `bulk-${i}`,
      unitId: `u${i % 40}`,
      text: [`Nguyễn Văn Thử ${i}`, `Đơn ${i}/2024 về đất đai thôn ${i % 97}`],
    }));
    await put(...bulk);
    expect(await find('thu 1499')).toEqual(['bulk-1499']);
    for (const query of ['do thi hoa', 'do', 'a', '1499/2024']) {
      const statement = searchIndexSql(engine, scratch, { query, unitIds: null, limit: 20 });
      const plan = await explain(ctx, engine, statement);
      if (engine === 'sqlite') expect(plan, query).toMatch(/VIRTUAL TABLE INDEX/);
      else expect(plan, query).toMatch(/Bitmap Index Scan on scratch_search_text_idx/);
      expect(plan, query).not.toMatch(/SCAN b\b|Seq Scan/);
    }
  });
});

async function explain(ctx: TestContext, engine: string, statement: ReturnType<typeof searchIndexSql>): Promise<string> {
  if (engine === 'sqlite') {
    const { rows } = await sql<{ detail: string }>`explain query plan ${statement}`.execute(ctx.deps.db);
    return rows.map((r) => r.detail).join('\n');
  }
  return ctx.deps.db.transaction().execute(async (trx) => {
    await sql`analyze scratch_search`.execute(trx);
    // A small table is cheaper to scan, or to walk backwards along seq while filtering (what the planner picks at
    // scale for a pattern most rows contain). Turning both off leaves bitmap scans: the plan shows whether the
    // trigram index can serve every pattern, short ones included; the bench measures what the planner picks.
    await sql`set local enable_seqscan = off`.execute(trx);
    await sql`set local enable_indexscan = off`.execute(trx);
    const { rows } = await sql<Record<string, string>>`explain ${statement}`.execute(trx);
    return rows.map((r) => Object.values(r)[0]).join('\n');
  });
}
