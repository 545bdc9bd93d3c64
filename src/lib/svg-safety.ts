/**
 * Whether an SVG file is safe to publish on the site's origin. Shown by `<img>` an SVG runs nothing, but
 * opened by itself (a link to it, its address typed) it is a document of the site: on a host that ignores
 * the site's headers, nothing but the file decides what it runs and loads. So an SVG the site publishes
 * holds no script or handler, no HTML, no document inside it, and refers to nothing on another origin.
 * Read as a browser reads image/svg+xml: with an XML parser (sax, strict, with namespaces).
 */
import sax from 'sax';
import { classifyUrl } from './url-class.ts';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * Elements that run script or hold a document of their own, by local name in any namespace (lower case):
 * `<script>`, `<foreignObject>` (HTML inside the SVG), frames and plugins, and SVG Tiny's event `<handler>`.
 */
const REFUSED_ELEMENTS = new Map<string, string>([
  ['script', 'runs script'],
  ['foreignobject', 'holds HTML, which can run script'],
  ['iframe', 'loads a document of its own'],
  ['embed', 'loads a plugin or a document of its own'],
  ['object', 'loads a plugin or a document of its own'],
  ['handler', 'runs script'],
  ['listener', 'runs script'],
]);

/** SMIL animation elements: one that animates an `href` or a handler makes a link or code after the check. */
const ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);

/** Raster image types an `<image>` may carry inline as a `data:` URL: pictures, never a document. */
const INLINE_RASTER = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/**
 * Encodings an XML declaration may name: those that read `<`, `>`, quotes and letters as UTF-8 does, so
 * the markup this check reads (decoding as UTF-8) is the markup a browser reads.
 */
const READ_ENCODINGS = new Set([
  'utf-8',
  'utf8',
  'us-ascii',
  'ascii',
  'iso-8859-1',
  'latin1',
  'windows-1252',
]);

/**
 * CSS functions that load a resource from a string, without `url(`: a reference to another origin that
 * the `url()` check would not see.
 */
const STRING_LOADERS = ['image-set(', 'src(', 'image(', '@import'];

/**
 * `css` with its escapes decoded (`\75 rl(` is `url(`), so that what a browser reads as a function or
 * at-rule is read here too; a line continuation drops out.
 */
function unescapeCss(css: string): string {
  let out = '';
  for (let index = 0; index < css.length; index += 1) {
    const char = css.charAt(index);
    if (char !== '\\') {
      out += char;
      continue;
    }
    const hex = /^[0-9a-f]{1,6}/i.exec(css.slice(index + 1, index + 7))?.[0];
    if (hex) {
      const code = Number.parseInt(hex, 16);
      out +=
        code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
          ? '\ufffd'
          : String.fromCodePoint(code);
      index += hex.length;
      // One white space after a hex escape belongs to it.
      if (/[ \t\n\r\f]/.test(css.charAt(index + 1))) index += 1;
    } else if (css.charAt(index + 1) === '\n') {
      index += 1;
    } else {
      out += css.charAt(index + 1);
      index += 1;
    }
  }
  return out;
}

/** The argument of each `url(…)` in `css` (already unescaped), quoted or not, without its quotes. */
function urlArguments(css: string): string[] {
  const found: string[] = [];
  const lower = css.toLowerCase();
  for (let at = lower.indexOf('url('); at !== -1; at = lower.indexOf('url(', at + 4)) {
    let start = at + 4;
    while (/\s/.test(css.charAt(start))) start += 1;
    const quote = css.charAt(start);
    if (quote === '"' || quote === "'") {
      const end = css.indexOf(quote, start + 1);
      found.push(css.slice(start + 1, end === -1 ? undefined : end));
    } else {
      const end = css.indexOf(')', start);
      found.push(css.slice(start, end === -1 ? undefined : end).trim());
    }
  }
  return found;
}

/** Why the CSS `css` (a style sheet, a `style=` or any attribute value) refers outside the site, if it does. */
function cssProblem(css: string): string | undefined {
  if (!/[\\(@]/.test(css)) return undefined;
  const read = unescapeCss(css);
  const lower = read.toLowerCase();
  const loader = STRING_LOADERS.find((name) => lower.includes(name));
  if (loader)
    return `${loader}${loader.startsWith('@') ? '' : '…)'} loads what it names; use url(#id) of this file`;
  for (const target of urlArguments(read)) {
    if (classifyUrl(target).kind !== 'internal') return `url(${target}) is not on this site`;
  }
  return undefined;
}

/** The MIME type of a `data:` URL, in lower case, or undefined when `href` is not one. */
function dataType(href: string): string | undefined {
  if (!URL.canParse(href)) return undefined;
  const url = new URL(href);
  if (url.protocol !== 'data:') return undefined;
  return (url.pathname.split(',')[0] ?? '').split(';')[0]?.trim().toLowerCase();
}

/** Why `href` on `<element>` refers outside the site or runs code, if it does. */
function hrefProblem(element: string, href: string): string | undefined {
  const type = dataType(href);
  if (type !== undefined)
    return element === 'image' && INLINE_RASTER.has(type)
      ? undefined
      : `is a data: URL${element === 'image' ? ` of type ${type || 'text/plain'}` : ''}, a document of its own`;
  const found = classifyUrl(href);
  if (found.kind === 'internal') return undefined;
  if (found.kind === 'refused') return found.reason;
  return `goes to ${found.kind === 'outbound' ? found.host : 'another site'}: an SVG of this site refers only to this site`;
}

/**
 * What makes the SVG document `text` unsafe to publish, each as "line N: …", or [] when nothing does. An
 * SVG that is not well-formed XML (a browser shows an error for it) or whose DOCTYPE declares entities (a
 * browser expands them, this check would not) is refused too.
 */
export function svgProblems(text: string): string[] {
  const problems: string[] = [];
  const parser = sax.parser(true, { xmlns: true, strictEntities: true } as sax.SAXOptions);
  const at = () => `line ${String(parser.line + 1)}`;
  let root: sax.QualifiedTag | undefined;
  const open: string[] = [];
  let style = '';
  parser.onerror = (error) => {
    problems.push(
      `${at()}: not well-formed XML (${error.message.split('\n')[0] ?? ''}), which browsers do not show`,
    );
    throw error;
  };
  parser.ondoctype = (doctype) => {
    if (doctype.includes('['))
      problems.push(
        `${at()}: its DOCTYPE declares entities, which a browser expands into markup: remove them`,
      );
  };
  parser.onprocessinginstruction = ({ name, body }) => {
    const encoding = /\bencoding\s*=\s*["']([^"']*)["']/.exec(body)?.[1]?.toLowerCase();
    if (name === 'xml' && encoding !== undefined && !READ_ENCODINGS.has(encoding))
      problems.push(
        `${at()}: it is encoded in ${encoding}, which can hide markup from this check: save it as UTF-8`,
      );
    if (name.toLowerCase() === 'xml-stylesheet')
      problems.push(`${at()}: <?xml-stylesheet?> loads a style sheet or XSLT: remove it`);
  };
  parser.onopentag = (tag) => {
    const element = tag as sax.QualifiedTag;
    root ??= element;
    const local = element.local.toLowerCase();
    const refused = REFUSED_ELEMENTS.get(local);
    if (refused) problems.push(`${at()}: <${element.name}> ${refused}`);
    else if (element.uri === XHTML_NAMESPACE)
      problems.push(`${at()}: <${element.name}> is HTML, which can run script or load other documents`);
    open.push(local);
    for (const attribute of Object.values(element.attributes)) {
      const name = attribute.local.toLowerCase();
      const shown = `${attribute.name}= on <${element.name}>`;
      if (name.startsWith('on')) problems.push(`${at()}: ${shown} is an event handler, which runs script`);
      else if (name === 'href') {
        const problem = hrefProblem(local, attribute.value);
        if (problem)
          problems.push(`${at()}: ${shown} ${JSON.stringify(attribute.value.slice(0, 80))} ${problem}`);
      } else if (attribute.uri === XML_NAMESPACE && name === 'base')
        problems.push(`${at()}: ${shown} moves where its links go`);
      else if (ANIMATIONS.has(local) && name === 'attributename') {
        const target = (attribute.value.split(':').at(-1) ?? '').toLowerCase();
        if (target === 'href' || target.startsWith('on'))
          problems.push(`${at()}: <${element.name}> animates ${attribute.value}, which makes a link or code`);
      } else {
        const problem = cssProblem(attribute.value);
        if (problem) problems.push(`${at()}: ${shown}: ${problem}`);
      }
    }
  };
  parser.onclosetag = () => {
    if (open.pop() !== 'style') return;
    const problem = cssProblem(style);
    if (problem) problems.push(`${at()}: <style>: ${problem}`);
    style = '';
  };
  // Only a <style>'s own text is a style sheet (a <style> holds no elements).
  const styleText = (value: string) => {
    if (open.at(-1) === 'style') style += value;
  };
  parser.ontext = styleText;
  parser.oncdata = styleText;
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch {
    return problems;
  }
  if (root === undefined || root.local !== 'svg' || root.uri !== SVG_NAMESPACE)
    problems.unshift(`its root element is not <svg xmlns="${SVG_NAMESPACE}">, so it is no SVG image`);
  return problems;
}

/** `svgProblems` of an SVG file's bytes, read as UTF-8 (an encoding that is not is refused there). */
export function svgFileProblems(bytes: Uint8Array): string[] {
  return svgProblems(new TextDecoder('utf-8').decode(bytes));
}
