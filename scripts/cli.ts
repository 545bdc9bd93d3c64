/**
 * A script's command line, read as its reader expects: `--help` prints the usage and exits, and an option
 * the script does not have (or a value it lacks) is named with the usage, exit 2, never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A script's options (parseArgs's config) and the usage `--help` prints. */
export interface CommandLine<T extends ParseArgsConfig> {
  config: T;
  usage: string;
}

/** A script's command line, its options' types kept as written (see CommandLine). */
export function commandLine<const T extends ParseArgsConfig>(config: T, usage: string): CommandLine<T> {
  return { config, usage };
}

/** What `args` ask of a script: its options, or to stop at once, printing `output` (--help, or an option it lacks). */
export function parseCommandLine<T extends ParseArgsConfig>(
  { config, usage }: CommandLine<T>,
  args: readonly string[] = config.args ?? process.argv.slice(2),
): { parsed: ReturnType<typeof parseArgs<T>> } | { exitCode: 0 | 2; output: string } {
  if (args.includes('--help') || args.includes('-h')) return { exitCode: 0, output: usage };
  try {
    return { parsed: parseArgs<T>({ ...config, args: [...args] }) };
  } catch (error) {
    return { exitCode: 2, output: `${(error as Error).message}\n${usage}` };
  }
}

/** The script's options from its command line; for --help or an option it lacks, prints and exits. */
export function readCommandLine<T extends ParseArgsConfig>(
  line: CommandLine<T>,
): ReturnType<typeof parseArgs<T>> {
  const read = parseCommandLine(line);
  if ('parsed' in read) return read.parsed;
  if (read.exitCode === 0) console.log(read.output);
  else console.error(read.output);
  process.exit(read.exitCode);
}
