import { processIo } from './cli-context';
import { runCli } from './run';

const code = await runCli(process.argv.slice(2), processIo);
process.exitCode = code;
