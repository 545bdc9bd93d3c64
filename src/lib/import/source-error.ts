/** A problem with one source file, at a line of it: the import refuses that file and imports the others. */
export class SourceError extends Error {
  readonly file: string;
  /** 1-based line of the file. */
  readonly line: number;
  /** What is wrong and what to do, without the place. */
  readonly problem: string;

  constructor(file: string, line: number, problem: string, options?: ErrorOptions) {
    super(`${file}:${line}: ${problem}`, options);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}

/** A YAML parser's error as a problem at a line of `file`, whose YAML starts after `linesBefore` lines. */
export function yamlError(file: string, linesBefore: number, what: string, error: unknown): SourceError {
  const { message, linePos } = error as { message?: unknown; linePos?: { line: number }[] };
  // The parser's message ends in its own place ("at line 2, column 1:") and a code frame: the file's is given.
  const reason = String(message ?? error)
    .split('\n')[0]
    ?.replace(/ at line \d+, column \d+:?$/, '');
  return new SourceError(
    file,
    linesBefore + (linePos?.[0]?.line ?? 1),
    `${what} is not valid YAML: ${reason}. Fix that line, then import the file again.`,
    { cause: error },
  );
}
