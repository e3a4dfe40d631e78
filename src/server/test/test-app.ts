import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/auth/roles';
import type { OrgUnitCreate } from '../../shared/org-units/org-units.schemas';
import { buildApp } from '../app';
import { SYSTEM_ACTOR } from '../auth/actor';
import { createAuthorizer } from '../auth/authorize';
import { fixedClock } from '../clock';
import { loadConfig } from '../config';
import type { Engine } from '../db/database';
import type { App, AppDeps } from '../http/context';
import { createOrgUnit } from '../org-units/org-units.service';
import { createUser } from '../users/users.service';
import { ephemeralKey } from '../secrets/key-file';
import { createTestDatabase } from './test-db';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestContext {
  deps: AppDeps;
  app: App;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
  /** Factory: a unit (defaults filled in), created as the system. */
  unit(input: Partial<OrgUnitCreate> & { nameVi?: string }): Promise<string>;
  /** Factory: a user with the given grants; returns its id and username. */
  user(grants: Array<[Role, string]>, username?: string): Promise<{ id: string; username: string }>;
  /** Signs in through the API; returns the Cookie header to send. */
  login(username: string, password?: string): Promise<string>;
}

export async function createTestContext(engine: Engine, now = '2026-11-25T03:00:00.000Z'): Promise<TestContext> {
  const database = await createTestDatabase(engine);
  const clock = fixedClock(now);
  const config = { ...loadConfig({ WEB_DIST_DIR: '/nonexistent' }), loginRateLimitPerMinute: 1000 };
  const deps: AppDeps = {
    db: database.db,
    engine,
    config,
    clock,
    authz: createAuthorizer(database.db),
    auditKey: ephemeralKey('audit key'),
    passwordLogN: 10,
  };
  const app = await buildApp(deps);
  await app.ready();
  let n = 0;
  return {
    deps,
    app,
    clock,
    async close() {
      await app.close();
      await database.close();
    },
    async unit(input) {
      n += 1;
      const created = await createOrgUnit(deps, SYSTEM_ACTOR, {
        id: input.id ?? `U-${n}-${randomUUID().slice(0, 8)}`,
        code: input.code ?? null,
        nameVi: input.nameVi ?? `Đơn vị ${n}`,
        nameEn: input.nameEn ?? null,
        kind: input.kind ?? 'commune',
        level: input.level ?? 'commune',
        parentId: input.parentId ?? null,
        validFrom: input.validFrom ?? null,
        validTo: input.validTo ?? null,
        note: input.note ?? null,
      });
      return created.id;
    },
    async user(grants, username) {
      n += 1;
      const name = username ?? `user${n}`;
      const u = await createUser(deps, SYSTEM_ACTOR, {
        username: name,
        displayName: `Người dùng ${n}`,
        password: TEST_PASSWORD,
        locale: 'vi',
        grants: grants.map(([role, unitId]) => ({ role, unitId })),
      });
      return { id: u.id, username: u.username };
    },
    async login(username, password = TEST_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'oversight_session');
      if (!cookie) throw new Error('no session cookie');
      return `oversight_session=${cookie.value}`;
    },
  };
}
