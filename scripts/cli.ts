/**
 * A script's command line, read as its reader expects: `--help` prints the usage and exits, and an option
 * the script does not have (or a value it lacks) is named with the usage, exit 2, never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function readCommandLine<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
