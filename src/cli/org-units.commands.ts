import { readFile, writeFile } from 'node:fs/promises';
import { SYSTEM_ACTOR } from '../server/auth/actor';
import type { Config } from '../server/config';
import { importOrgUnitsCsv } from '../server/org-units/org-units-import.service';
import { listOrgUnits } from '../server/org-units/org-units.service';
import { isValidIsoDate } from '../shared/calendar/iso-date';
import { orgUnitsToCsv } from '../shared/org-units/org-units.csv';
import { CliError, type Io, withRuntime } from './cli-context';
import { defineCommand } from './command';

export async function importOrgUnitsCommand(config: Config, io: Io, file: string | undefined): Promise<number> {
  if (!file) throw new CliError('Usage: oversight import org-units FILE.csv', 2);
  let csv: Uint8Array;
  try {
    // Read as bytes: the import refuses a file that is not UTF-8 (naming the line) rather than replacing characters.
    csv = await readFile(file);
  } catch {
    throw new CliError(`Cannot read ${file}.`);
  }
  return withRuntime(config, async (rt) => {
    const { created, updated } = await importOrgUnitsCsv(rt.deps, SYSTEM_ACTOR, csv);
    io.out(`Imported ${file}: ${created} units created, ${updated} updated.`);
    return 0;
  });
}

export async function exportOrgUnitsCommand(
  config: Config,
  io: Io,
  opts: { asOf?: string; output?: string },
): Promise<number> {
  if (opts.asOf && !isValidIsoDate(opts.asOf)) throw new CliError(`--as-of must be a date written YYYY-MM-DD, not "${opts.asOf}".`, 2);
  return withRuntime(config, async (rt) => {
    const csv = orgUnitsToCsv(await listOrgUnits(rt.deps, SYSTEM_ACTOR, { asOf: opts.asOf }));
    if (opts.output) {
      await writeFile(opts.output, csv, 'utf8');
      io.err(`Wrote ${opts.output}.`);
    } else io.out(csv.trimEnd());
    return 0;
  });
}

export const ORG_UNIT_COMMANDS = [
  defineCommand({
    name: 'import org-units',
    synopsis: 'FILE.csv',
    summary: `all-or-nothing import of a UTF-8 CSV: columns id,name_vi,kind,level required;
code,name_en,parent_id,valid_from,valid_to,note optional (a column left out
keeps the stored value, an empty cell clears it); reads its own export back`,
    run: ({ config, io, args }) => importOrgUnitsCommand(config, io, args[0]),
  }),
  defineCommand({
    name: 'export org-units',
    synopsis: '[--as-of DATE] [--output FILE]',
    summary: 'the units valid on a date (default: all), as CSV',
    options: { 'as-of': { type: 'string' }, output: { type: 'string' } },
    run: ({ config, io, values }) =>
      exportOrgUnitsCommand(config, io, { asOf: values['as-of'] as string | undefined, output: values.output as string | undefined }),
  }),
];
