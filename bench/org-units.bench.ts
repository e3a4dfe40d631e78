import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM_ACTOR } from '../src/server/auth/actor';
import { createFieldCrypto } from '../src/server/secrets/field-crypto';
import { ephemeralKey } from '../src/server/secrets/key-file';
import { loadConfig } from '../src/server/config';
import { createDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { createDeps } from '../src/server/deps';
import { createOrgUnit } from '../src/server/org-units/org-units.service';
import { measure, report } from './harness';

/**
 * Creating org units through the service layer (validation, scope check, transaction, hash-chained audit entry,
 * graph version bump) against raw better-sqlite3 prepared statements doing the same inserts, one transaction per
 * unit, on the same kind of database file with the same pragmas (WAL, synchronous=FULL).
 */
export async function benchOrgUnits(ops: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'oversight-bench-'));
  const service = createDatabase({ engine: 'sqlite', file: join(dir, 'service.sqlite') });
  const raw = createDatabase({ engine: 'sqlite', file: join(dir, 'raw.sqlite') });
  await migrateToLatest(service);
  await migrateToLatest(raw);
  const deps = createDeps({
    database: service,
    config: loadConfig({}),
    auditKey: ephemeralKey('audit key'),
    fieldCrypto: createFieldCrypto({ current: ephemeralKey('encryption key') }),
  });
  const parent = await createOrgUnit(deps, SYSTEM_ACTOR, {
    nameVi: 'Tỉnh Bench', nameEn: null, code: null, kind: 'province', level: 'province',
    parentId: null, validFrom: null, validTo: null, note: null,
  });

  const viaService = await measure('createOrgUnit (service + audit)', ops, (i) =>
    createOrgUnit(deps, SYSTEM_ACTOR, {
      nameVi: `Xã Thử Nghiệm ${i}`, nameEn: null, code: String(10000 + i), kind: 'commune', level: 'commune',
      parentId: parent.id, validFrom: '2025-07-01', validTo: null, note: null,
    }),
  );

  const db = raw.sqlite!;
  db.prepare(`insert into org_unit (id, code, name_vi, name_en, kind, level, parent_id, valid_from, valid_to, note, search_text, created_at, updated_at)
    values ('P', '38', 'Tỉnh', null, 'province', 'province', null, null, null, null, 'tinh', '', '')`).run();
  const findParent = db.prepare('select id from org_unit where id = ?');
  const insertUnit = db.prepare(`insert into org_unit (id, code, name_vi, name_en, kind, level, parent_id, valid_from, valid_to, note, search_text, created_at, updated_at)
    values (?, ?, ?, null, 'commune', 'commune', 'P', '2025-07-01', null, null, ?, ?, ?)`);
  const head = db.prepare('select last_seq, last_hash from audit_head where id = 1');
  const insertAudit = db.prepare(`insert into audit_log (seq, at, actor_id, actor_name, action, entity_type, entity_id, unit_id, before_json, after_json, prev_hash, hash)
    values (?, ?, null, 'system', 'org-unit.create', 'org-unit', ?, ?, null, ?, ?, ?)`);
  const setHead = db.prepare('update audit_head set last_seq = ?, last_hash = ? where id = 1');
  const bump = db.prepare(`insert into app_meta (key, value) values ('org_graph_version', ?) on conflict (key) do update set value = excluded.value`);
  const tx = db.transaction((i: number) => {
    findParent.get('P');
    const id = randomUUID();
    const now = new Date().toISOString();
    const name = `Xã Thử Nghiệm ${i}`;
    insertUnit.run(id, String(10000 + i), name, name.toLowerCase(), now, now);
    const h = head.get() as { last_seq: number; last_hash: string };
    const after = JSON.stringify({ id, nameVi: name });
    const hash = createHash('sha256').update(h.last_hash).update(after).digest('hex');
    insertAudit.run(h.last_seq + 1, now, id, id, after, h.last_hash, hash);
    setHead.run(h.last_seq + 1, hash);
    bump.run(randomUUID());
  });
  const viaRaw = await measure('raw better-sqlite3, same inserts', ops, (i) => tx(i));

  report(`Org units: create ${ops} units, one transaction each (SQLite file, WAL, synchronous=FULL)`, [viaRaw, viaService], viaRaw);
  await service.close();
  await raw.close();
}
