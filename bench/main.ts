import { benchDeadlines } from './deadlines.bench';
import { benchOrgUnits } from './org-units.bench';
import { benchSearch } from './search.bench';

/**
 * `npm run bench`: throughput and latency of Oversight's hot paths, each next to the raw engine doing the same work
 * in the same run. Figures only; nothing here asserts a time. BENCH_SCALE=0.1 runs a quick pass.
 * BENCH_SEARCH_1M=1 adds search over 1,000,000 petitions (2–5 minutes to build on 2 cores); BENCH_DATABASE_URL
 * runs the search benchmarks on PostgreSQL too.
 */
const scale = Number(process.env.BENCH_SCALE ?? '1');
const n = (count: number) => Math.max(10, Math.round(count * scale));

console.log(`# Oversight benchmarks (node ${process.version}, ${new Date().toISOString()})`);
await benchOrgUnits(n(2000));
await benchDeadlines(n(50000));
await benchSearch(n(100_000), 200);
if (process.env.BENCH_SEARCH_1M === '1') await benchSearch(1_000_000, 200);
