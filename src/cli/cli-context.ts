import { AppError } from '../shared/errors';
import { renderErrorMessage } from '../shared/i18n/error-messages';
import { loadConfig, type Config } from '../server/config';
import { SYSTEM_ACTOR } from '../server/auth/actor';
import { resolveUnitRef } from '../server/org-units/org-units.service';
import { openRuntime, type Runtime } from '../server/runtime';

/** A command-line failure: printed without a stack trace, exit code 1 (2 for usage errors). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
  readStdin(): Promise<string>;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readStdin: async () => {
    if (process.stdin.isTTY) throw new CliError('Expected input on standard input (pipe it, e.g. `echo … |`).', 2);
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

export function describeError(error: unknown, config: Pick<Config, 'cliLocale'>): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof AppError) {
    const { title, detail } = renderErrorMessage(error.code, config.cliLocale, error.params);
    const lines = [`${title}: ${detail} [${error.code}]`, ...error.issues.filter((i) => i.message).map((i) => `  - ${i.path}: ${i.message}`)];
    return lines.join('\n');
  }
  return error instanceof Error ? error.message : String(error);
}

/** Runs `fn` with an open, migrated runtime and always closes it. */
export async function withRuntime<T>(
  config: Config,
  fn: (rt: Runtime) => Promise<T>,
  options: { prepareAudit?: boolean } = {},
): Promise<T> {
  const rt = await openRuntime(config, undefined, options);
  try {
    return await fn(rt);
  } finally {
    await rt.close();
  }
}

/** A unit by id, or by GSO code among units valid today (codes are reused across periods). */
export async function resolveUnit(rt: Runtime, ref: string): Promise<string> {
  return (await resolveUnitRef(rt.deps, SYSTEM_ACTOR, ref, rt.deps.time.today())).id;
}

export { loadConfig };
