import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/audit-chain';
import { resolveSecretKey } from '../secrets/key-file';
import { createDatabase } from './database';

/**
 * An acknowledged write survives a crash: a real server process acknowledges writes over HTTP, is killed with
 * SIGKILL (no shutdown, no checkpoint), and a fresh process finds every acknowledged row and an intact audit chain.
 */
describe('durability of acknowledged writes (SQLite, WAL, synchronous=FULL)', () => {
  it('keeps every acknowledged write after SIGKILL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oversight-crash-'));
    const port = 20000 + Math.floor(Math.random() * 20000);
    const server = spawn(process.execPath, ['bin/oversight.mjs', 'serve', '--seed-demo-if-empty'], {
      env: { ...process.env, DATA_DIR: dir, PORT: String(port), LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('server did not start')), 60_000);
        server.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('is running at')) {
            clearTimeout(timer);
            resolve();
          }
        });
        server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
      });
      const base = `http://127.0.0.1:${port}/api/v1`;
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'oversight-demo' }),
      });
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const acknowledged: string[] = [];
      for (let i = 0; i < 20; i++) {
        const res = await fetch(`${base}/org-units`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ id: `CRASH-${i}`, nameVi: `Chi hội ${i}`, kind: 'mass_organisation', level: 'commune', parentId: 'VN-38-C-15127' }),
        });
        if (res.status === 201) acknowledged.push(`CRASH-${i}`);
      }
      expect(acknowledged).toHaveLength(20);
      server.kill('SIGKILL');
      await new Promise((resolve) => server.once('exit', resolve));

      const reopened = createDatabase({ engine: 'sqlite', file: join(dir, 'oversight.sqlite') });
      const rows = await reopened.db.selectFrom('orgUnit').select('id').where('id', 'like', 'CRASH-%').execute();
      expect(rows.map((r) => r.id).sort()).toEqual([...acknowledged].sort());
      const auditKey = resolveSecretKey('audit key', { kind: 'file', path: join(dir, 'audit.key'), createIfMissing: false, variable: 'DATA_DIR' });
      expect(await verifyAuditChain({ db: reopened.db, engine: 'sqlite', auditKey })).toMatchObject({ ok: true, unkeyedEntries: 0 });
      await reopened.close();
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  }, 90_000);
});
