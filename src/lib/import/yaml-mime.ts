/**
 * The kind of a Learn YAML page, named on its first line (`### YamlMime:FAQ`), read as docfx's
 * YamlMime.ReadMime reads it: a line starting with `#`, its `#`s and white space trimmed, then `YamlMime:` in
 * any case and the kind. Any number of `#`s is one: visualstudio-docs' containers/index.yml opens
 * `## YamlMime:Landing` (import trial 28), which a reading of three `#`s alone took for a Markdown article.
 */

const YAML_MIME_PREFIX = 'YamlMime:';

/** The YamlMime kind of `text` (`FAQ`, `Landing`), or undefined when its first line names none. */
export function yamlMimeOf(text: string): string | undefined {
  // A byte order mark is none of the line: docfx reads the file through a StreamReader, which drops it.
  // Its first line ends at a line feed or a carriage return, as a StreamReader's ReadLine reads it.
  const [line = ''] = text.replace(/^\uFEFF/, '').split(/[\r\n]/, 1);
  if (!line.startsWith('#')) return undefined;
  // As docfx's TrimStart('#').Trim(), the prefix in any case, the kind trimmed: `### YamlMime: Landing` is one.
  const content = line.replace(/^#+/, '').trim();
  return content.toLowerCase().startsWith(YAML_MIME_PREFIX.toLowerCase())
    ? content.slice(YAML_MIME_PREFIX.length).trim()
    : undefined;
}
