import { benchDeadlines } from './deadlines.bench';
import { benchOrgUnits } from './org-units.bench';

/**
 * `npm run bench`: throughput and latency of Oversight's hot paths, each next to the raw engine doing the same work
 * in the same run. Figures only; nothing here asserts a time. BENCH_SCALE=0.1 runs a quick pass.
 */
const scale = Number(process.env.BENCH_SCALE ?? '1');
const n = (count: number) => Math.max(10, Math.round(count * scale));

console.log(`# Oversight benchmarks (node ${process.version}, ${new Date().toISOString()})`);
await benchOrgUnits(n(2000));
await benchDeadlines(n(50000));
