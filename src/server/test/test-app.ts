import { buildApp } from '../app';
import { fixedTime } from '../time-source';
import { loadConfig } from '../config';
import type { Engine } from '../db/database';
import type { App } from '../http/context';
import { type AppDeps, createDeps } from '../deps';
import { createFieldCrypto } from '../secrets/field-crypto';
import { ephemeralKey } from '../secrets/key-file';
import { createFactories, type Factories, TEST_PASSWORD } from './factories';
import { createTestDatabase } from './test-db';

export { TEST_PASSWORD };

export interface TestContext extends Factories {
  deps: AppDeps;
  app: App;
  time: ReturnType<typeof fixedTime>;
  close(): Promise<void>;
  /** Signs in through the API; returns the Cookie header to send. */
  login(username: string, password?: string): Promise<string>;
}

export async function createTestContext(engine: Engine, now = '2026-11-25T03:00:00.000Z'): Promise<TestContext> {
  const database = await createTestDatabase(engine);
  const time = fixedTime(now);
  const config = { ...loadConfig({ WEB_DIST_DIR: '/nonexistent' }), loginRateLimitPerMinute: 1000 };
  const deps = createDeps({
    database,
    config,
    time,
    auditKey: ephemeralKey('audit key'),
    fieldCrypto: createFieldCrypto({ current: ephemeralKey('encryption key') }),
    passwordLogN: 10,
  });
  const app = await buildApp(deps);
  await app.ready();
  const factories = createFactories(deps);
  return {
    deps,
    app,
    time,
    async close() {
      await app.close();
      await database.close();
    },
    ...factories,
    async login(username, password = TEST_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'oversight_session');
      if (!cookie) throw new Error('no session cookie');
      return `oversight_session=${cookie.value}`;
    },
  };
}
