import type { Config } from '../server/config';
import { buildApp } from '../server/app';
import { openRuntime } from '../server/runtime';
import { DEMO_PASSWORD, DEMO_USERS, isDatabaseEmpty, seedDemo } from '../server/seed/demo-seed';
import { findUserByUsername } from '../server/users/users.service';
import { SYSTEM_ACTOR } from '../server/auth/actor';
import { reportAuditPreparation } from './admin.commands';
import type { Io } from './cli-context';
import { defineCommand } from './command';

/** `oversight serve [--seed-demo-if-empty]`: migrates, optionally seeds the demo data, and serves API and web app. */
export async function serveCommand(config: Config, io: Io, opts: { seedDemoIfEmpty: boolean }): Promise<number> {
  const rt = await openRuntime(config);
  if (rt.migrated.length) io.out(`Applied migrations: ${rt.migrated.join(', ')}`);
  reportAuditPreparation(rt, io);
  if (opts.seedDemoIfEmpty && (await isDatabaseEmpty(rt.deps))) {
    io.out('Empty database: loading the Thanh Hóa / Cẩm Thủy demo dataset…');
    await seedDemo(rt.deps);
  }
  const app = await buildApp(rt.deps, {
    logger: {
      level: config.logLevel,
      // Never log bodies or credentials: requests can carry passwords, tokens or a denouncer's identity.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
  });
  const shutdown = async (signal: string) => {
    io.out(`${signal}: shutting down`);
    await app.close();
    await rt.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  io.out('');
  io.out(`Oversight ${config.version} is running at ${url}  (database: ${rt.database.engine})`);
  io.out(`API docs: ${url}/api/docs`);
  if (opts.seedDemoIfEmpty && (await findUserByUsername(rt.deps, SYSTEM_ACTOR, DEMO_USERS[0]!.username))) {
    io.out(`Demo login: ${DEMO_USERS[0]!.username} / ${DEMO_PASSWORD}   (other demo users: ${DEMO_USERS.slice(1).map((u) => u.username).join(', ')}; same password)`);
  }
  return new Promise<number>(() => undefined);
}

export const SERVE_COMMAND = defineCommand({
  name: 'serve',
  synopsis: '[--seed-demo-if-empty]',
  summary: 'run the web app and API (PORT, HOST, DATABASE_URL)',
  options: { 'seed-demo-if-empty': { type: 'boolean' } },
  run: ({ config, io, values }) => serveCommand(config, io, { seedDemoIfEmpty: Boolean(values['seed-demo-if-empty']) }),
});
