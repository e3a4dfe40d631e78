import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  ops: number;
  totalMs: number;
  opsPerSec: number;
  p50Ms: number;
  p95Ms: number;
}

/** Runs `fn` `ops` times in sequence (after `warmup` untimed runs) and records each call's latency. */
export async function measure(name: string, ops: number, fn: (i: number) => unknown, warmup = Math.min(50, ops)): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const lat = new Float64Array(ops);
  const start = performance.now();
  for (let i = 0; i < ops; i++) {
    const t = performance.now();
    await fn(i);
    lat[i] = performance.now() - t;
  }
  const totalMs = performance.now() - start;
  const sorted = Array.from(lat).sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { name, ops, totalMs, opsPerSec: (ops / totalMs) * 1000, p50Ms: pct(0.5), p95Ms: pct(0.95) };
}

export function report(title: string, rows: Measurement[], baseline?: Measurement): void {
  console.log(`\n## ${title}`);
  console.log('| benchmark | ops | ops/s | p50 ms | p95 ms | vs baseline (same work, same run) |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const slower = baseline ? baseline.opsPerSec / r.opsPerSec : 1;
    const ratio = !baseline ? '' : r === baseline ? 'baseline' : slower >= 1 ? `${slower.toFixed(2)}× slower` : `${(1 / slower).toFixed(2)}× faster`;
    console.log(
      `| ${r.name} | ${r.ops} | ${Math.round(r.opsPerSec).toLocaleString('en')} | ${r.p50Ms.toFixed(3)} | ${r.p95Ms.toFixed(3)} | ${ratio} |`,
    );
  }
}
