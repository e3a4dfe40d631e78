import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../server/config';
import type { Io } from './cli-context';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** What a command receives: the configuration, the terminal, its positional arguments and its parsed options. */
export interface CommandInput {
  config: Config;
  io: Io;
  /** Positional arguments after the command's own words (`import org-units FILE` → `[FILE]`). */
  args: string[];
  values: Record<string, string | boolean | undefined>;
}

/** One `oversight` command: the words that select it, its usage line, its options and what it does. */
export interface CliCommand {
  /** The words that select the command, e.g. `serve` or `user create`. */
  name: string;
  /** Arguments and options after the name, as shown in the usage text. */
  synopsis: string;
  /** One line (or a few, already wrapped) saying what it does. */
  summary: string;
  options?: OptionSpec;
  run(input: CommandInput): Promise<number>;
}

export const defineCommand = (command: CliCommand): CliCommand => command;
