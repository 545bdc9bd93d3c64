import { type Document, isScalar, LineCounter, parseDocument, Scalar, visit } from 'yaml';

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

/**
 * Throws, as the parser throws an error (its message and line), at an alias inside the node its anchor names
 * (`items: &loop [{ items: *loop }]`): `toJS` makes it a value holding itself, and reading a TOC so written
 * recursed until the import failed with "Maximum call stack size exceeded", naming no file (red team 24).
 */
function selfAliasCheck(document: Document, lineCounter: LineCounter): void {
  visit(document, {
    Alias(_key, alias, path) {
      const anchored = alias.resolve(document);
      if (anchored === undefined || !path.includes(anchored)) return;
      throw Object.assign(
        new Error(
          `the alias *${alias.source} is inside what its anchor &${alias.source} names, so the value holds itself without end; write the entries out instead`,
        ),
        { linePos: [lineCounter.linePos(alias.range?.[0] ?? 0)] },
      );
    },
  });
}

/**
 * The keys `text` writes twice in one mapping, which YAML refuses (DUPLICATE_KEY): each repeat's 1-based line
 * and key, with the line of the key's first time at that indent above it.
 */
export function repeatedKeys(text: string): { line: number; key: string; first: number }[] {
  const lineCounter = new LineCounter();
  const lines = text.split('\n');
  const keyOf = (line: string) => /^([ \t]*)(?:- )?(["']?)([^:#"'\s][^:#]*?)\2[ \t]*:(?:[ \t]|$)/.exec(line);
  return parseDocument(text, { lineCounter })
    .errors.filter((error) => error.code === 'DUPLICATE_KEY')
    .flatMap((error) => {
      const line = lineCounter.linePos(error.pos[0]).line;
      const found = keyOf(lines[line - 1] ?? '');
      if (!found) return [];
      const [, indent = '', , key = ''] = found;
      const first = lines.findIndex((above, at) => {
        const other = keyOf(above);
        return at < line - 1 && other?.[1] === indent && other[3] === key;
      });
      return [{ line, key, first: first + 1 }];
    });
}

/** A YAML parser's warning: its 1-based line in the YAML text, and what it means for the value. */
export interface YamlWarning {
  line: number;
  message: string;
}

/**
 * `text` read as YAML, as `parse` reads it (its first error thrown, for yamlError), but its warnings given
 * back with their lines instead of printed by Node without a file: an unknown tag (`!!js/function`) is one,
 * its value then read as plain text. `lineOf` gives the 1-based line of a value by its path in the data
 * (`['groups', 2, 'pivots']`), 1 when there is none; `textLineOf` the line its text starts at, as YAML reads
 * it (a block's, `|`, on the line after it and its blank lines), undefined for a value that is no text.
 * With `uniqueKeys: false`, a key written twice in a mapping is no error: its last value is read.
 */
export function readYaml(
  text: string,
  { uniqueKeys = true }: { uniqueKeys?: boolean } = {},
): {
  data: unknown;
  warnings: YamlWarning[];
  lineOf: (path: readonly (string | number)[]) => number;
  textLineOf: (path: readonly (string | number)[]) => number | undefined;
} {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys });
  const [error] = document.errors;
  if (error) throw error;
  selfAliasCheck(document, lineCounter);
  const warnings = document.warnings.map((warning) => {
    const reason = warning.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
    return {
      line: warning.linePos?.[0]?.line ?? 1,
      message:
        warning.code === 'TAG_RESOLVE_FAILED'
          ? `${reason}: a tag this YAML does not know is ignored, its value read as text; remove it.`
          : `${reason} (YAML).`,
    };
  });
  const lineOf = (path: readonly (string | number)[]): number => {
    const node = document.getIn(path, true) as { range?: readonly number[] } | undefined;
    const offset = node?.range?.[0];
    return offset === undefined ? 1 : lineCounter.linePos(offset).line;
  };
  const textLineOf = (path: readonly (string | number)[]): number | undefined => {
    const node = document.getIn(path, true);
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
    const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
    const blankLines = /^\s*\n/.exec(node.value)?.[0].split('\n').length ?? 1;
    return lineCounter.linePos(node.range[0]).line + (block ? blankLines : 0);
  };
  return { data: document.toJS(), warnings, lineOf, textLineOf };
}
