import { parseArgs } from 'node:util';
import { type Config, loadConfig } from '../server/config';
import {
  auditVerifyCommand,
  backupCommand,
  migrateCommand,
  seedCommand,
  tokenCreateCommand,
  userCreateCommand,
  userUnlockCommand,
} from './admin.commands';
import { calendarCommand, deadlineCommand } from './calendar.commands';
import { CliError, describeError, type Io } from './cli-context';
import { exportOrgUnitsCommand, importOrgUnitsCommand } from './org-units.commands';
import { serveCommand } from './serve.command';

export const USAGE = `Usage: oversight <command> [options]

  serve [--seed-demo-if-empty]      run the web app and API (PORT, HOST, DATABASE_URL)
  migrate                           bring the database schema up to date
  seed --demo                       load the Thanh Hóa / Cẩm Thủy demo dataset into an empty database
  user create --username U --role R --unit CODE [--display-name N] --password-stdin
  user unlock --username U          lift the sign-in locks left by repeated failed sign-ins
  token create --username U [--name NAME]
  backup FILE                       online backup of the SQLite database
  audit verify                      check the audit log's hash chain
  import org-units FILE.csv         all-or-nothing import (columns: id,code,name_vi,name_en,kind,level,parent_id,valid_from,valid_to,note)
  export org-units [--as-of DATE] [--output FILE]
  deadline RULE START [--complex] [--remote] [--second-time] [--with-reason] [--extensions N] [--json]
                                    a statutory due date and how it was reached (RULE e.g. complaint.resolution;
                                    for complaint.dialogue-notice and reception.online-notice START is the
                                    dialogue or session date and the answer is the latest day to send the notice)
  calendar YEAR [--json]            days off, make-up working Saturdays, Tết and Hùng Kings' day

Roles: administrator, unit_administrator, reception_officer, case_officer, supervisor, leader, data_clerk`;

const OPTIONS = {
  'seed-demo-if-empty': { type: 'boolean' },
  demo: { type: 'boolean' },
  username: { type: 'string' },
  role: { type: 'string' },
  unit: { type: 'string' },
  'display-name': { type: 'string' },
  'password-stdin': { type: 'boolean' },
  name: { type: 'string' },
  'as-of': { type: 'string' },
  output: { type: 'string' },
  complex: { type: 'boolean' },
  remote: { type: 'boolean' },
  'second-time': { type: 'boolean' },
  'with-reason': { type: 'boolean' },
  extensions: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: string[], io: Io, env: Record<string, string | undefined> = process.env): Promise<number> {
  let config: Config | undefined;
  try {
    config = loadConfig(env);
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new CliError(`${(error as Error).message}\n\n${USAGE}`, 2);
    }
    const { values: v, positionals: p } = parsed;
    const [command, sub, arg] = p;
    if (v.help || !command) {
      io.out(USAGE);
      return command || v.help ? 0 : 2;
    }
    switch (`${command}${sub && ['user', 'token', 'audit', 'import', 'export'].includes(command) ? ` ${sub}` : ''}`) {
      case 'serve':
        return await serveCommand(config, io, { seedDemoIfEmpty: Boolean(v['seed-demo-if-empty']) });
      case 'migrate':
        return await migrateCommand(config, io);
      case 'seed':
        return await seedCommand(config, io, { demo: Boolean(v.demo) });
      case 'user create':
        return await userCreateCommand(config, io, {
          username: v.username,
          role: v.role,
          unit: v.unit,
          displayName: v['display-name'],
          passwordStdin: v['password-stdin'],
        });
      case 'user unlock':
        return await userUnlockCommand(config, io, { username: v.username });
      case 'token create':
        return await tokenCreateCommand(config, io, { username: v.username, name: v.name });
      case 'backup':
        return await backupCommand(config, io, sub);
      case 'audit verify':
        return await auditVerifyCommand(config, io);
      case 'import org-units':
        return await importOrgUnitsCommand(config, io, arg);
      case 'export org-units':
        return await exportOrgUnitsCommand(config, io, { asOf: v['as-of'], output: v.output });
      case 'deadline':
        return await deadlineCommand(config, io, {
          rule: sub,
          start: arg,
          complex: v.complex,
          remote: v.remote,
          secondTime: v['second-time'],
          withReason: v['with-reason'],
          extensions: v.extensions,
          json: v.json,
        });
      case 'calendar':
        return await calendarCommand(config, io, { year: sub, json: v.json });
      default:
        throw new CliError(`Unknown command "${p.join(' ')}".\n\n${USAGE}`, 2);
    }
  } catch (error) {
    io.err(`oversight: ${describeError(error, config ?? { cliLocale: 'en' })}`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
