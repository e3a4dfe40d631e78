import { parseArgs } from 'node:util';
import { ROLES } from '../shared/auth/roles';
import { type Config, loadConfig } from '../server/config';
import { ADMIN_COMMANDS } from './admin.commands';
import { CALENDAR_COMMANDS } from './calendar.commands';
import { CliError, describeError, type Io } from './cli-context';
import type { CliCommand } from './command';
import { ORG_UNIT_COMMANDS } from './org-units.commands';
import { SECRETS_COMMANDS } from './secrets.commands';
import { SERVE_COMMAND } from './serve.command';

/** Every command, in the order the usage text lists them. */
export const COMMANDS: readonly CliCommand[] = [SERVE_COMMAND, ...ADMIN_COMMANDS, ...ORG_UNIT_COMMANDS, ...CALENDAR_COMMANDS, ...SECRETS_COMMANDS];

function usageLine(c: CliCommand): string {
  const head = `  ${c.name}${c.synopsis ? ` ${c.synopsis}` : ''}`;
  const [first, ...rest] = c.summary.split('\n');
  const indent = ' '.repeat(36);
  if (head.length < 34) return [`${head.padEnd(36)}${first}`, ...rest.map((l) => `${indent}${l}`)].join('\n');
  return [head, ...[first, ...rest].map((l) => `${indent}${l}`)].join('\n');
}

export const USAGE = `Usage: oversight <command> [options]

${COMMANDS.map(usageLine).join('\n')}

Roles: ${ROLES.join(', ')}`;

/** The command whose words start `argv` (the longest match, so `user create` wins over a bare `user`). */
function findCommand(argv: string[]): { command: CliCommand; rest: string[] } | undefined {
  const words = argv.filter((a) => !a.startsWith('-'));
  const matches = COMMANDS.filter((c) => c.name.split(' ').every((w, i) => words[i] === w));
  const command = matches.sort((a, b) => b.name.length - a.name.length)[0];
  if (!command) return undefined;
  const rest = [...argv];
  for (const word of command.name.split(' ')) rest.splice(rest.indexOf(word), 1);
  return { command, rest };
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], io: Io, env: Record<string, string | undefined> = process.env): Promise<number> {
  let config: Config | undefined;
  try {
    config = loadConfig(env);
    const found = findCommand(argv);
    if (!found) {
      const wantsHelp = argv.includes('--help') || argv.includes('-h');
      if (wantsHelp || argv.length === 0) {
        io.out(USAGE);
        return wantsHelp ? 0 : 2;
      }
      throw new CliError(`Unknown command "${argv.join(' ')}".\n\n${USAGE}`, 2);
    }
    const { command, rest } = found;
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n\nUsage: oversight ${command.name} ${command.synopsis}`.trimEnd(), 2);
    }
    if (parsed.values.help) {
      io.out(`Usage: oversight ${command.name} ${command.synopsis}\n\n${command.summary}`);
      return 0;
    }
    return await command.run({ config, io, args: parsed.positionals, values: parsed.values as Record<string, string | boolean | undefined> });
  } catch (error) {
    io.err(`oversight: ${describeError(error, config ?? { cliLocale: 'en' })}`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
