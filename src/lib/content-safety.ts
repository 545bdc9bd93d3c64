/** What content (content/*.mdx) may not contain, as pure checks the remark and rehype plugins apply to every page. */
import { classifyUrl, type UrlClass } from './url-class.ts';

/**
 * Unicode's bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): they
 * make text show in another order than it is written ("Trojan Source", CVE-2021-42574), so a title could
 * read "report.exe.html" as "report.html…" in the sidebar, search and feeds, or a link as another address.
 * Left-to-right and right-to-left marks (U+200E, U+200F) stay allowed: they only tell a neutral
 * character's direction.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** BIDI_CONTROL, every one: for `replace` where such text is shown as its code points instead. */
export const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'gu');

/**
 * Characters that are no text: Unicode's noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, each plane's last
 * two) and a surrogate without its pair (YAML's and JSON's `"\uD800"`). XML cannot hold them: a page's
 * title holding U+FFFF made /feed.xml, the Atom feed of every page, a document no feed reader reads, the
 * build passing (red team 19).
 */
const NOT_TEXT = /[\p{Noncharacter_Code_Point}\p{Cs}]/u;

/** NOT_TEXT, every one: for `replace` where such a character is shown as its code point instead. */
export const NOT_TEXT_CHARACTERS = new RegExp(NOT_TEXT.source, 'gu');

/**
 * What is wrong with `text` holding a character that is no text (NOT_TEXT), as the end of a sentence
 * naming it ("holds U+FFFF, a noncharacter: …"); undefined when it holds none. For front matter
 * (page-schema.ts) and the changelog (changelog.ts), which the Atom feed writes.
 */
export function notTextProblem(text: string): string | undefined {
  const character = NOT_TEXT.exec(text)?.[0];
  if (character === undefined) return undefined;
  const kind = /\p{Cs}/u.test(character) ? 'a surrogate without its pair' : 'a noncharacter';
  return `holds ${codePoint(character)}, ${kind}: it is no text, and the site's Atom feed (XML) cannot hold it. Remove it.`;
}

/** A character as `U+202E`. */
export function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * What is wrong with `text` holding a bidirectional control, as the end of a sentence naming it ("holds
 * the bidirectional control character U+202E: …"); undefined when it holds none. One rule for front
 * matter (page-schema.ts), a page's text and code (remark-content-safety.ts), the zone labels the build
 * adds (remark-learn-blocks.ts) and the changelog (changelog.ts), and for the import's pivot titles.
 */
export function bidiControlProblem(text: string): string | undefined {
  const control = BIDI_CONTROL.exec(text)?.[0];
  return control === undefined
    ? undefined
    : `holds the bidirectional control character ${codePoint(control)}: it makes text show in another order than it is written. Remove it; right-to-left text needs no control character.`;
}

/**
 * Unicode's tag characters (U+E0000–U+E007F) and variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF) show
 * nothing. Each tag character stands for an ASCII one, and a run of selectors for any bytes, which search
 * indexes, the page's Markdown copy, llms.txt and llms-full.txt carry, and language models read ("ASCII
 * smuggling"): a page could tell a model reading its copy what no reader of the page sees (red team 24). A
 * subdivision flag (🏴 then tag letters, then CANCEL TAG) is the tag characters' one use, and one selector
 * after a character chooses how it is drawn (❤️); two in a row never do, nor three invisible characters of any kind.
 */
const TAG_CHARACTER = /[\u{E0000}-\u{E007F}]/u;
const SUBDIVISION_FLAGS = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;
const SELECTOR_RUN = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]{2,}/u;
/**
 * Characters that show nothing (Default_Ignorable_Code_Point: zero-width spaces and joiners, word joiners,
 * selectors…) more in a row than any text needs (❤️‍🔥, a selector then a joiner, is two): a run of zero-width
 * spaces and non-joiners spells out bits, as e-mails hide a "preheader" and puzzles a password.
 */
const INVISIBLE_RUN = /\p{Default_Ignorable_Code_Point}{3,}/u;

/**
 * Characters that show nothing (Default_Ignorable_Code_Point: zero-width spaces and joiners, soft hyphens, Hangul
 * fillers…), and those a browser draws as blank space: White_Space, and the symbols whose glyph is blank (U+2800
 * BRAILLE PATTERN BLANK, U+1D159 MUSICAL SYMBOL NULL NOTEHEAD), which no rule on spaces sees.
 */
const SHOWS_NOTHING = /\p{Default_Ignorable_Code_Point}/gu;
const BLANKS = /[\p{White_Space}\u2800\u{1D159}]+/gu;

/**
 * `text` as a reader sees it: without the characters that show nothing, each run of blanks one space, none at its
 * ends. Red team 29: a page titled "Privacy" and a braille blank stood in the sidebar as a second "Privacy", and a
 * link whose text was a zero-width space, a soft hyphen or a braille blank was one no reader sees, though a link
 * without text is refused.
 */
export function textAsShown(text: string): string {
  return text.replace(SHOWS_NOTHING, '').replace(BLANKS, ' ').trim();
}

/** Every tag character and run of variation selectors or invisible characters: for `replace` where such text is shown as its code points instead. */
export const HIDDEN_CHARACTERS = new RegExp(
  `${TAG_CHARACTER.source}|${SELECTOR_RUN.source}|${INVISIBLE_RUN.source}`,
  'gu',
);

/**
 * What is wrong with `text` holding characters that show nothing and carry text (a tag character outside a
 * subdivision flag, variation selectors or three invisible characters in a row), as the end of a sentence naming
 * them; undefined when it
 * holds none.
 */
function hiddenCharactersProblem(text: string): string | undefined {
  const withoutFlags = text.replace(SUBDIVISION_FLAGS, '');
  const tag = TAG_CHARACTER.exec(withoutFlags)?.[0];
  if (tag !== undefined)
    return `holds the tag character ${codePoint(tag)}: tag characters show nothing, and each stands for a letter that search, the page's Markdown copy and llms.txt carry and language models read, so the text could say what no reader sees. Remove them; only a subdivision flag (🏴 with its tag letters) uses them.`;
  const run = Array.from(SELECTOR_RUN.exec(text)?.[0] ?? '');
  if (run.length > 0)
    return `holds ${run.length} variation selectors in a row (${run.slice(0, 2).map(codePoint).join(' ')}…): one selector after a character chooses how it is drawn, and more show nothing while they can carry hidden text that the page's Markdown copy and llms.txt hold. Keep at most one after a character.`;
  const invisible = Array.from(INVISIBLE_RUN.exec(withoutFlags)?.[0] ?? '');
  if (invisible.length > 0)
    return `holds ${invisible.length} characters in a row that show nothing (${invisible.slice(0, 2).map(codePoint).join(' ')}…): zero-width spaces, joiners and the like can spell out hidden text, which search, the page's Markdown copy and llms.txt carry. Keep at most two in a row, as an emoji sequence has.`;
  return undefined;
}

/**
 * The marks Pagefind writes into a page's text as it reads it (`___PAGEFIND_WEIGHT___10`, `___END_PAGEFIND_WEIGHT___`,
 * `___PAGEFIND_AUTO_WEIGHT___`, `___PAGEFIND_ANCHOR___`) and then reads back as its own, not as words: any word
 * of the text starting so is taken for one. Red team 26: a page writing `___PAGEFIND_WEIGHT___10` before a word had
 * it weigh 10 (a heading's is at most 7), so the page mentioning it once came before one saying it three times,
 * and the search excerpt left the marks out. Any case, anywhere in a word: no text needs them.
 */
export const SEARCH_INDEX_MARK = /___(?:END_)?PAGEFIND_(?:[A-Z_]*?___)?/i;

/** What is wrong with `text` holding a mark of the search index (SEARCH_INDEX_MARK), as a sentence's end; or undefined. */
export function searchIndexMarkProblem(text: string): string | undefined {
  const mark = SEARCH_INDEX_MARK.exec(text)?.[0];
  return mark === undefined
    ? undefined
    : `holds "${mark}", which the site's search index (Pagefind) reads as a mark of its own, not as a word: a page can weigh its words above every other page's, while search results never show the mark. Remove it; the search weighs a page by its headings and words.`;
}

/**
 * The most combining marks (accents, vowel signs, Unicode's category M) one character may carry. Real text needs
 * a few: Vietnamese two ("ệ"), Hebrew with points and cantillation three or four, a Tibetan stack five ("ཧྨྱཱུྃ").
 * Each mark is drawn above or below the one before, outside the line's box, which nothing clips: red team 26's
 * title of "Z" and 180 marks drew a column over the sidebar's next entries on every page, and over the site's
 * name, the breadcrumb, "Last updated" and the Copy button on its own.
 */
export const MAX_COMBINING_MARKS = 8;
const MARK_RUN = new RegExp(`\\p{M}{${MAX_COMBINING_MARKS + 1},}`, 'u');

/** What is wrong with `text` holding a character with more than MAX_COMBINING_MARKS marks, as a sentence's end; or undefined. */
export function stackedMarksProblem(text: string): string | undefined {
  const run = Array.from(MARK_RUN.exec(text)?.[0] ?? '');
  return run.length === 0
    ? undefined
    : `holds ${run.length} combining marks in a row on one character (${run.slice(0, 2).map(codePoint).join(' ')}…): stacked so, they draw far above and below the line, over the text around it, and a title's over the sidebar of every page and the site's header. Keep at most ${MAX_COMBINING_MARKS} on a character; no script needs more.`;
}

/**
 * What is wrong with text a reader is shown, as the end of a sentence: it shows in another order than written
 * (bidiControlProblem), holds characters that show nothing and carry text (hiddenCharactersProblem), marks stacked
 * past any script's (stackedMarksProblem) or a mark the search index reads as its own (searchIndexMarkProblem);
 * undefined when none. One rule for a page's text, code, attributes, link titles and alt text, front matter, the
 * zone labels the build adds and the changelog, and for the import's pivot titles and fields.
 */
export function shownTextProblem(text: string): string | undefined {
  return (
    bidiControlProblem(text) ??
    hiddenCharactersProblem(text) ??
    stackedMarksProblem(text) ??
    searchIndexMarkProblem(text)
  );
}

/** HTML and SVG elements content may not write: they run code, load other documents, restyle the site or rewrite attributes. */
export const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'base',
  'link',
  'meta',
  'form',
  // SVG animation sets any attribute (an href to javascript:) after the build has checked it.
  'animate',
  'animatemotion',
  'animatetransform',
  'set',
  'discard',
]);

/**
 * Elements whose content a browser does not parse as the markup it was written as: raw text and
 * escapable raw text (`<noscript>` with scripting on, `<textarea>`, `<title>`, `<xmp>`…) end at the first
 * `</name` even inside an attribute value, which Astro leaves unescaped but for `&` and `"`, so markup
 * hidden there comes alive; `<plaintext>` swallows the rest of the page; a `<template>`'s content is a
 * tree apart (a shadow root with `shadowrootmode`). `<script>`, `<style>` and `<iframe>` are raw text
 * too, in FORBIDDEN_ELEMENTS.
 */
export const UNPARSED_ELEMENTS = new Set([
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'textarea',
  'title',
  'template',
]);

/**
 * Elements a browser does not keep where they stand: the parser gives a `<html>`'s or `<body>`'s attributes to the
 * page's own root and body and drops a `<head>` (HTML's "in body" insertion mode). Red team 27: an MDX page's
 * `<body inert>` made the whole page, its sidebar, search and header too, deaf to clicks, keys and screen
 * readers, and `<body hidden>` showed a blank page, in Chromium.
 */
const DOCUMENT_ELEMENTS = new Set(['html', 'head', 'body']);

/**
 * Elements that show their text's characters in another order than written: `<bdo dir="rtl">` shows
 * "moc.elpmaxe" as "example.com", so a link or a command could read as another. The bidirectional
 * override controls are refused in text for the same reason (bidiControlProblem).
 */
const OVERRIDE_ELEMENTS = new Set(['bdo']);

/**
 * Form controls: a docs page shows and links, and has no form (`<form>` is refused, and `form=`); a control
 * of content does nothing but take the keyboard's focus and a reader's typing. `<textarea>` is refused as
 * UNPARSED_ELEMENTS. The attribute `contenteditable` is refused alike (refusedAttribute).
 */
const CONTROL_ELEMENTS = new Set(['input', 'button', 'select', 'option', 'optgroup', 'output', 'fieldset']);

/**
 * Elements whose attributes restyle text as a style= would, which the CSP does not block (presentational
 * hints): `<font color="white">` on a white page, `<font size="1">`, hide words a reader does not see while
 * search indexes them and quotes them in its excerpt. `<basefont>` is `<font>` for the rest of the page.
 */
const RESTYLING_ELEMENTS = new Set(['font', 'basefont']);

/**
 * Attributes that restyle as a style= would, which the CSP does not block: a table's or cell's `bgcolor`
 * (dark on the light theme, the text on it unread), MathML's `mathcolor`, `mathbackground` and `mathsize`
 * (white, or 1px, while search finds the words). Red team 23.
 */
const RESTYLING_ATTRIBUTES = new Set(['bgcolor', 'mathcolor', 'mathbackground', 'mathsize']);

/**
 * Elements that are landmarks of the page wherever they stand (HTML-AAM), as the layout's are: its `<main>`, the
 * header's search and the sidebar's, breadcrumb's and pages' `<nav>`s. A screen reader lists landmarks to move
 * between them: red team 26's content `<nav aria-label="Pages">`, `<main>` and `<search>` were a second sidebar,
 * main and search among the layout's, in Chromium's accessibility tree. An `<aside>` or `<section>` with a name
 * is one too (`<aside aria-label="Table of contents">`, as the layout's own).
 */
const LANDMARK_ELEMENTS = new Map([
  ['main', 'main'],
  ['search', 'search'],
  ['nav', 'navigation'],
]);
const NAMED_LANDMARK_ELEMENTS = new Map([
  ['aside', 'complementary'],
  ['section', 'region'],
]);

/**
 * The landmark element `tag` makes (`navigation` for a `<nav>`), as a screen reader lists it, or undefined: from
 * its tag name as written and `attribute(name)`, its attribute's value (lower-case name), undefined when absent.
 */
export function landmarkOf(tag: string, attribute: (name: string) => string | undefined): string | undefined {
  const name = tag.toLowerCase();
  const named = ['aria-label', 'aria-labelledby', 'title'].some(
    (field) => (attribute(field)?.trim() ?? '') !== '',
  );
  return LANDMARK_ELEMENTS.get(name) ?? (named ? NAMED_LANDMARK_ELEMENTS.get(name) : undefined);
}

/** Why content may not write an element that is the landmark `landmark` (landmarkOf), with what to do instead. */
export function landmarkProblem(tag: string, landmark: string): string {
  return `a <${tag}> here is a "${landmark}" landmark, as the site's own main content, search, navigation and table of contents are, which screen readers list to move between them: it would stand as a second one. ${NAMED_LANDMARK_ELEMENTS.has(tag.toLowerCase()) ? 'Leave out its aria-label, aria-labelledby and title' : 'Write the text as it is (a list of links is a list)'}.`;
}

/**
 * ARIA roles that make an element a landmark, as LANDMARK_ELEMENTS are, or the site's credit (`contentinfo`: a
 * content `role="contentinfo"` reading "Licensed under the MIT licence" was a second footer to a screen reader);
 * and `application`, which has a screen reader hand every key to the page.
 */
const LANDMARK_ROLES = new Set([
  'banner',
  'complementary',
  'contentinfo',
  'form',
  'main',
  'navigation',
  'region',
  'search',
  'application',
]);

/**
 * ARIA roles a screen reader announces by themselves, outside the order it reads the page in: live regions, read
 * out as they change (and `alert`s by some as the page loads, interrupting the reader on each visit), as the site's
 * own "Copy page as Markdown" status and search results are; an `alertdialog`, a modal alert. A static page has
 * nothing to announce: a content `<div role="alert">Your session expired</div>` could only pose as the site speaking.
 */
const ANNOUNCED_ROLES = new Set(['alert', 'alertdialog', 'log', 'marquee', 'status', 'timer']);

/**
 * ARIA attributes that rearrange what assistive technology reads by id, the layout's elements too: `aria-owns`
 * makes the elements it names children of its own (red team 26: `aria-owns="search-input menu-panel"` moved the
 * header's search box and the sidebar into the page's content in Chromium's accessibility tree, the search
 * landmark left empty), `aria-flowto` sends the reading order elsewhere.
 */
const REARRANGING_ARIA = new Set(['ariaowns', 'ariaflowto']);

/**
 * The elements HTML defines (WHATWG's index of elements, `<svg>` and `<math>` among them), and those it no longer
 * defines that browsers still render as HTML's own (`<center>`, `<tt>`, `<nobr>`…): what a browser shows of any
 * of them is known. The rest of the elements content writes where a browser reads HTML are refused (unknownElement).
 */
const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col ' +
    'colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 ' +
    'h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark math menu ' +
    'meta meter nav noscript object ol optgroup option output p picture pre progress q rp rt ruby s samp script ' +
    'search section select selectedcontent slot small source span strong style sub summary sup svg table tbody td ' +
    'template textarea tfoot th thead time title tr track u ul var video wbr ' +
    // No longer HTML's, still rendered by browsers as they were.
    'acronym applet basefont bgsound big center dir font frame frameset image listing marquee nobr noembed ' +
    'noframes param plaintext rb rtc strike tt xmp'
  ).split(' '),
);

/**
 * Elements inside `<svg>` or `<math>` whose content a browser parses as HTML again (HTML's parser: SVG's HTML
 * integration points, MathML's text integration points and `<annotation-xml>`), by their names in lower case.
 */
export const HTML_INTEGRATION_POINTS: ReadonlySet<string> = new Set([
  'foreignobject',
  'desc',
  'title',
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
]);

/**
 * HTML's elements that end the `<svg>` or `<math>` they are written in (HTML's parser, "in foreign content"): they
 * and what they hold are HTML.
 */
export const FOREIGN_BREAKOUT_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu ' +
    'meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var font'
  ).split(' '),
);

/**
 * Why content may not write element `name` where a browser reads it as HTML (outside `<svg>` and `<math>`, or
 * at an HTML_INTEGRATION_POINTS inside them), as a sentence; or undefined. A name HTML does not define may be
 * one a browser defines later, as a control of its own: red team 28's `<geolocation />` and `<usermedia
 * type="camera" />` showed in Chromium 156 as buttons reading "Use location" and "Use microphone and camera",
 * which ask the reader for that permission on the site's behalf (the Permissions-Policy of dist/_headers stops
 * the prompt where a host sends it). A custom element's name holds a hyphen, which no element of HTML's will.
 */
export function unknownElement(name: string): string | undefined {
  const tag = name.toLowerCase();
  if (isComponentName(name) || tag.includes('-') || tag.includes(':') || HTML_ELEMENTS.has(tag))
    return undefined;
  return `a <${name}> is not allowed in content: HTML defines no such element, and a browser may show one of a name it adds later as a control of its own (Chromium shows <geolocation> and <usermedia> as buttons that ask the reader for their location, microphone and camera). Write its text plainly, or a placeholder in backticks (\`<${tag}>\`).`;
}

/** Why content may not write element `name` (its name as written in MDX), with what to do instead; or undefined. */
export function refusedElement(name: string): string | undefined {
  const tag = name.toLowerCase();
  if (OVERRIDE_ELEMENTS.has(tag))
    return `a <${name}> is not allowed in content: it shows its text's characters in another order than they are written (<${name} dir="rtl">moc.elpmaxe</${name}> reads "example.com"), so a link can read as another address. Write the text in the order it is read; right-to-left text needs no <${name}>.`;
  if (CONTROL_ELEMENTS.has(tag))
    return `a <${name}> is not allowed in content: a docs page has no form (a <form> is refused too), so a control does nothing but take the keyboard's focus and a reader's typing. Write the text it would show, or a command or value in backticks.`;
  if (DOCUMENT_ELEMENTS.has(tag))
    return `a <${name}> is not allowed in content: a page is inside the site's own <html> and <body>, and a browser gives the attributes of a <${tag}> written in it to the page's own (<body inert> or <body hidden> takes the whole page, its sidebar and search too, from readers) or drops it. Write the content without it.`;
  if (tag === 'marquee')
    return `a <${name}> is not allowed in content: it moves its text across the page (or out of sight, with a large scrollamount), which a reader cannot stop. Write the text plainly.`;
  if (RESTYLING_ELEMENTS.has(tag))
    return `a <${name}> is not allowed in content: its color=, size= and face= restyle text as a style= attribute would (white on white, or too small to read, while search still finds the words). Write the text plainly; emphasis is *text* or **text**.`;
  if (FORBIDDEN_ELEMENTS.has(tag))
    return `a raw <${name}> is not allowed in content: the site's scripts and styles live in src/, and the Content-Security-Policy would block it.`;
  if (UNPARSED_ELEMENTS.has(tag))
    return `a raw <${name}> is not allowed in content: a browser does not read what is inside it as the markup it was written as (an attribute holding "</${tag}>" ends it, and what follows becomes live markup). Write the text as Markdown; code goes in backticks.`;
  if (tag.startsWith('astro-'))
    return `a raw <${name}> is not allowed in content: astro-* elements are Astro's own (islands that load scripts).`;
  return undefined;
}

/**
 * An attribute's name as the browser reads it: lower case (`HREF`, `srcSet`), with SVG's `xlink:` prefix
 * (`xlink:href`, JSX's `xlinkHref`, hast's `xLinkHref`) dropped, since browsers follow it like `href`.
 */
export function attributeName(name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith('xlink:')) return lower.slice('xlink:'.length);
  return lower === 'xlinkhref' ? 'href' : lower;
}

/** Attributes the browser fetches from as the page loads (or, `ping`, as a link is followed). */
const REQUEST_ATTRIBUTES = new Set([
  'src',
  'srcset',
  'imagesrcset',
  'poster',
  'background',
  'data',
  'ping',
  'lowsrc',
  'dynsrc',
  'manifest',
  'codebase',
  'archive',
  'classid',
  'icon',
  'profile',
  'attributionsrc',
]);

/** URL attributes the page does not fetch as it loads: followed, submitted to or only named (`cite`); `href` see `urlRole`. */
const LINK_ONLY_ATTRIBUTES = ['href', 'action', 'formaction', 'cite', 'longdesc', 'itemid', 'itemtype'];

/** Attributes whose value is a URL or a list of URLs, in any element (names as `attributeName` gives them). */
export const URL_ATTRIBUTES = new Set([...LINK_ONLY_ATTRIBUTES, ...REQUEST_ATTRIBUTES]);

/** Elements whose `href` is followed by a reader's click; on any other element (SVG `<image>`, `<use>`…) `href` loads. */
const NAVIGATION_ELEMENTS = new Set(['a', 'area']);

/** What an URL attribute does: takes the reader somewhere (a link), fetches (a request), or neither (`cite`). */
export type UrlRole = 'link' | 'request' | 'other';

/** The role of attribute `name` (as `attributeName` gives it) on element `tag`, or undefined when it holds no URL. */
export function urlRole(tag: string, name: string): UrlRole | undefined {
  if (!URL_ATTRIBUTES.has(name)) return undefined;
  if (name === 'href') return NAVIGATION_ELEMENTS.has(tag.toLowerCase()) ? 'link' : 'request';
  return REQUEST_ATTRIBUTES.has(name) ? 'request' : 'other';
}

const ASCII_WHITESPACE = new Set(['\t', '\n', '\f', '\r', ' ']);

/** The URLs of a `srcset` as the HTML standard's parser reads it (a URL may hold commas; descriptors may not). */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let at = 0;
  while (at < value.length) {
    while (at < value.length && (ASCII_WHITESPACE.has(value[at] ?? '') || value[at] === ',')) at++;
    if (at >= value.length) break;
    const start = at;
    while (at < value.length && !ASCII_WHITESPACE.has(value[at] ?? '')) at++;
    let url = value.slice(start, at);
    if (url.endsWith(',')) {
      while (url.endsWith(',')) url = url.slice(0, -1);
      urls.push(url);
      continue;
    }
    urls.push(url);
    let inParens = false;
    for (; at < value.length; at++) {
      const char = value[at];
      if (char === '(') inParens = true;
      else if (char === ')') inParens = false;
      else if (char === ',' && !inParens) {
        at++;
        break;
      }
    }
  }
  return urls;
}

/**
 * The URLs an attribute holds, as the browser would read them and, for lists, also split at every comma
 * and space: a URL is checked if either reading finds it, so no way of writing a list hides one.
 */
export function urlsOf(name: string, value: string): string[] {
  if (name === 'srcset' || name === 'imagesrcset') {
    const split = value.split(/[\s,]+/).filter((part) => part !== '');
    return [...new Set([...srcsetUrls(value), ...split])];
  }
  if (name === 'ping' || name === 'archive') return value.split(/[\s,]+/).filter((part) => part !== '');
  return [value];
}

/** A URL of an attribute content wrote that the site refuses wherever it stands, with why; or undefined. */
export function refusedUrl(url: string, pagePath = '/'): Extract<UrlClass, { kind: 'refused' }> | undefined {
  const found = classifyUrl(url, pagePath);
  return found.kind === 'refused' ? found : undefined;
}

/** An attribute that is an inline event handler (`onclick`, `onLoad`…), which the CSP would block anyway. */
export function isEventHandler(attribute: string): boolean {
  return /^on[a-z]/i.test(attribute);
}

/**
 * An attribute the site's own build reads to steer what a page's text is: `data-pagefind-*` (search:
 * `data-pagefind-meta="url:…"` rewrites a result's link), `data-markdown-*` (the Markdown copy:
 * `data-markdown-ignore` leaves an element out of the page's copy and llms-full.txt) and `data-copy*` (what
 * a click puts on the clipboard: copy-buttons.ts). The layout and the pipeline set these, never content.
 */
export function isSiteDataAttribute(attribute: string): boolean {
  const letters = attribute.toLowerCase().replace(/[^a-z]/g, '');
  return ['datapagefind', 'datamarkdown', 'datacopy'].some((prefix) => letters.startsWith(prefix));
}

/** Whether a JSX name is a component (`SectionList`, `Foo.Bar`) rather than an HTML element (`div`). */
export function isComponentName(name: string): boolean {
  return /^[A-Z]/.test(name) || name.includes('.');
}

/**
 * The elements content may name (`name=`): a link target (which the pipeline makes an `id`) and an image
 * map. Neither is a named property of `document` or `window`, as a named `<img>`, `<embed>`, `<form>`,
 * `<iframe>` or `<object>` is (`<img name="querySelector">` hides `document.querySelector`), nor a
 * control that a name would make part of a form.
 */
const NAMED_ELEMENTS = new Set(['a', 'map']);

/**
 * The prefixed attributes SVG and MathML use, which Astro writes as they are: `xlink:` (`xlink:href`,
 * checked as a URL), `xmlns:`, and `xml:lang`/`xml:space` (not `xml:base`, which would re-aim the links
 * under it).
 */
function isXmlAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  return /^(?:xlink|xmlns):/.test(lower) || lower === 'xml:lang' || lower === 'xml:space';
}

/**
 * Attributes that act without a script: a popover drawn over the page, a button that opens, closes or sends a
 * command to another element by its id (the layout's too), focus taken when the page loads.
 */
const COMMAND_ATTRIBUTES = new Set([
  'popover',
  'popovertarget',
  'popovertargetaction',
  'command',
  'commandfor',
  'interestfor',
  'autofocus',
]);

/**
 * Whether attribute `read` (lower case) on `tag` numbers a list as Markdown cannot: `<ol reversed>` counts down,
 * `<li value>` restarts the count at its item. The page's Markdown copy numbers 1, 2, 3… (red team 32: a page
 * showed steps 3, 2, 1 that its copy, llms-full.txt included, gave as 1, 2, 3).
 */
function renumbersList(tag: string, read: string): boolean {
  const name = tag.toLowerCase();
  return (name === 'ol' && read === 'reversed') || (name === 'li' && read === 'value');
}

/** SVG's `unicode-bidi` presentation attribute (JSX `unicodeBidi`), which can override the order text is shown in. */
function isBidiOverrideAttribute(name: string): boolean {
  return name.toLowerCase().replaceAll('-', '') === 'unicodebidi';
}

/**
 * Why content may not write attribute `written` (its name as written in MDX) on element `tag`, with what
 * to do instead; or undefined when the name is allowed (its value is checked apart: URLs, `{…}` code).
 * One rule set for the build (remark-content-safety.ts) and the import, which leaves such attributes out.
 */
export function refusedAttribute(tag: string, written: string): string | undefined {
  const read = attributeName(written);
  const prefix = written.includes(':') ? written.slice(0, written.indexOf(':')) : undefined;
  if (prefix !== undefined && !isXmlAttribute(written))
    return `${written}= on <${tag}> is not allowed: Astro reads a "${prefix}:" attribute as a directive, not as HTML (set:html writes raw HTML, client:* loads a script, is:raw, define:vars, server:*, transition:*…). Remove it; the only prefixed attributes content may write are SVG's xlink:…, xmlns:…, xml:lang and xml:space.`;
  if (isEventHandler(read))
    return `an inline event handler ${written}= on <${tag}> is not allowed: content has no scripts, and the Content-Security-Policy would block it.`;
  if (isSiteDataAttribute(read))
    return `${written}= on <${tag}> is not allowed: only the site's layout and build tell the search index, the page's Markdown copy and its "Copy" buttons what to read (data-pagefind-*, data-markdown-*, data-copy*). Remove it: a page's text is searched and copied as readers see it.`;
  if (read === 'style')
    return `a style= attribute on <${tag}> is not allowed: the Content-Security-Policy blocks it; style the site in src/styles/.`;
  if (read === 'name' && !NAMED_ELEMENTS.has(tag.toLowerCase()))
    return `name= on <${tag}> is not allowed: a named element can stand in for the page's own properties (document.querySelector, document.cookie…) and break the site's scripts. Only <a name> (a link target, published as id=) and <map name> (an image map) may have a name; give a link target an id= instead.`;
  if (COMMAND_ATTRIBUTES.has(read))
    return `${written}= on <${tag}> is not allowed: it makes the browser act without a script (open an element over the page, close or command another, the site's menu and search among them, or take the focus when the page loads). Content shows and links; write the text as it is.`;
  if (read === 'form')
    return `form= on <${tag}> is not allowed: it makes a control part of a form of the site's layout (the search). Content has no forms.`;
  // Astro scopes a component's styles to data-astro-cid-…: written in content, `.menu-button` with the
  // menu's cid is display: none on wide screens, `.toc-column` with the layout's below 72rem (red team 23).
  if (read.replace(/[^a-z]/g, '').startsWith('dataastro'))
    return `${written}= on <${tag}> is not allowed: data-astro-* attributes are Astro's own (data-astro-cid-… gives the element a component's scoped styles, some of which hide it), set by the layout and components only. Remove it.`;
  if (RESTYLING_ATTRIBUTES.has(read))
    return `${written}= on <${tag}> is not allowed: it restyles the element as a style= attribute would (text on a background it cannot be read on, or too small to read, while search still finds the words). Remove it: the site's styles are in src/styles/.`;
  if (read === 'contenteditable')
    return `${written}= on <${tag}> is not allowed: it lets a reader type into the page, which a docs page has no use for, and makes the element take the keyboard's focus. Remove it.`;
  if (read === 'download')
    return `${written}= on <${tag}> is not allowed: it makes the browser save the linked file under a name the page chooses, and a file of the site saved as "Setup.html" or "run.bat" runs as that kind of file when opened (an image may also be HTML with a script), outside the site's Content-Security-Policy. Write a plain link: the site serves each file with its own type.`;
  if (renumbersList(tag, read))
    return `${written}= on <${tag}> is not allowed: it numbers the list otherwise than counting up from its first item (${read === 'value' ? 'this item, and those after it, from a number of its own' : 'from its end down'}), which the page's Markdown copy, llms-full.txt and a reader's copied Markdown cannot write: they would number each item otherwise than the page shows it. Write the steps in the order they are taken; a list may start at another number (\`3.\`, <ol start="3">).`;
  if (read === 'accesskey')
    return `${written}= on <${tag}> is not allowed: it gives the element a keyboard shortcut for the whole page, which may take one of the browser's or a screen reader's own, and a page's shortcuts are not shown anywhere. Remove it; readers reach links and controls with Tab.`;
  if (read.replace(/[^a-z]/g, '') === 'ariamodal')
    return `${written}= on <${tag}> is not allowed: it tells assistive technology that everything outside the element is inert while it shows (WAI-ARIA), the site's header, sidebar, search and credit too. Remove it: content is part of the page.`;
  if (REARRANGING_ARIA.has(read.replace(/[^a-z]/g, '')))
    return `${written}= on <${tag}> is not allowed: it rearranges what screen readers read by id (aria-owns makes the elements it names this one's children, the site's search box and sidebar too; aria-flowto sends the reading order elsewhere). Remove it: content is read in the order it is written.`;
  if (isBidiOverrideAttribute(read))
    return `${written}= on <${tag}> is not allowed: SVG's unicode-bidi="bidi-override" shows text's characters in another order than they are written ("moc.elpmaxe" reads "example.com"), so a link can read as another address. Write the text in the order it is read.`;
  return undefined;
}

/**
 * Why the attribute `written`="`value`" on `tag` is refused for its value, or undefined: a bidi control in
 * a value a reader may be shown or read aloud (title=, alt=, aria-label=…), a landmark or announced role, a live
 * region, an image sized too small to see (drawnTooSmall), or a positive tabindex, which puts the element ahead of
 * everything else on the page in the keyboard's order.
 */
export function refusedAttributeValue(tag: string, written: string, value: string): string | undefined {
  const shown = shownTextProblem(value);
  if (shown !== undefined) return `${written}= on <${tag}> ${shown}`;
  const read = attributeName(written);
  const roles = read === 'role' ? value.toLowerCase().split(/[\t\n\f\r ]+/) : [];
  const landmark = roles.find((role) => LANDMARK_ROLES.has(role));
  if (landmark !== undefined)
    return `role="${value}" on <${tag}> is not allowed: ${landmark === 'application' ? 'it has a screen reader hand every key to the page, which a docs page has no use for' : `"${landmark}" makes the element a landmark, as the site's own header, main content, search, navigation and footer (its credit and licence) are, which screen readers list to move between them`}. Remove it.`;
  const live = read.replace(/[^a-z]/g, '') === 'arialive' && value.trim().toLowerCase() !== 'off';
  if (live || roles.some((role) => ANNOUNCED_ROLES.has(role)))
    return `${written}="${value}" on <${tag}> is not allowed: screen readers announce such an element's text by itself, out of the page's order (as it changes, some as the page loads), as they announce the site's own status and search results; a static page has nothing to announce. Remove it: a warning is a callout (> [!WARNING]).`;
  if (movesMathFar(tag, read, value))
    return `${written}="${value}" on <${tag}> is not allowed: it moves or spaces a formula's parts further than ${MATH_SPACE_LIMIT.em}em (MathML), which can put its text out of the column, where no reader sees it while search and the page's Markdown copy still hold it. Space a formula with at most ${MATH_SPACE_LIMIT.em}em (or ${MATH_SPACE_LIMIT.em * 16}px).`;
  if (drawnTooSmall(tag, read, value))
    return `${written}="${value}" on <${tag}> is not allowed: it draws the image too small to see (under ${MIN_IMAGE_SIDE.pixels} px, or ${MIN_IMAGE_SIDE.percent}% of the column), while the page's Markdown copy and llms-full.txt write its alt text as what it shows. Remove it, or give the size the image is shown at.`;
  if (read === 'tabindex' && (tabIndexOf(value) ?? 0) > 0)
    return `tabIndex="${value}" on <${tag}> is not allowed: a positive tabindex puts the element ahead of everything else on the page in the keyboard's order, the skip link, menu and search included. Remove it: the keyboard reaches links and controls in the order they are written.`;
  return undefined;
}

/**
 * How far content's MathML may move or space a formula's parts (mpadded's voffset, an operator's lspace and rspace,
 * the sizes of mspace and mpadded), in em (16 px), or in ex and ch, two to an em; a percentage, of the content it
 * spaces however long, is refused. Red team 33: `<mpadded
 * voffset="3000px">` drew its text 2,600 px above the page and `<mpadded lspace="3000px">` or `<mo lspace=…>` 2,300
 * px right of the column, which clips: no reader saw them, while Pagefind indexed them and the Markdown copy held them.
 */
const MATH_SPACE_LIMIT = { em: 4 };
const MATH_SPACING = new Set(['voffset', 'lspace', 'rspace']);
const MATH_SIZING = new Set(['width', 'height', 'depth']);
const EM_PER_UNIT: Readonly<Record<string, number>> = {
  em: 1,
  rem: 1,
  ex: 0.5,
  ch: 0.5,
  px: 1 / 16,
  pt: 1 / 12,
  '': 1 / 16,
};

/** Whether MathML's `read`="`value`" on `tag` moves or spaces past MATH_SPACE_LIMIT, or in a unit not in EM_PER_UNIT. */
function movesMathFar(tag: string, read: string, value: string): boolean {
  const element = tag.toLowerCase();
  const sized = (element === 'mspace' || element === 'mpadded') && MATH_SIZING.has(read);
  if (!MATH_SPACING.has(read) && !sized) return false;
  const length = /^\s*[+-]?(\d*\.?\d+)\s*([a-z%]*)\s*$/i.exec(value);
  const perEm = EM_PER_UNIT[length?.[2]?.toLowerCase() ?? 'unknown'];
  return perEm === undefined || Number(length?.[1]) * perEm > MATH_SPACE_LIMIT.em;
}

/**
 * The least width or height content may give an image, in CSS pixels or percent of its box: a smaller one is a
 * dot or nothing. Red team 33: `<img src="/favicon.svg" width="0" height="0" alt="…">` showed nothing in
 * Chromium, while the page's Markdown copy wrote its alt text as an image, `![…](…)` (search does not read alt text).
 */
const MIN_IMAGE_SIDE = { pixels: 4, percent: 1 };

/** Whether `value` of the attribute `read` (width=, height=) sizes an image (`tag`) under MIN_IMAGE_SIDE. */
function drawnTooSmall(tag: string, read: string, value: string): boolean {
  if (!['img', 'image', 'source'].includes(tag.toLowerCase()) || (read !== 'width' && read !== 'height'))
    return false;
  // HTML's rules for parsing dimension values: digits first, a fraction, then % for a percentage; the rest ignored.
  const dimension = /^[\t\n\f\r ]*(\d+(?:\.\d*)?)(%?)/.exec(value);
  if (dimension === null) return false;
  return Number(dimension[1]) < (dimension[2] === '%' ? MIN_IMAGE_SIDE.percent : MIN_IMAGE_SIDE.pixels);
}

/**
 * A role= value without the landmark and announced roles refusedAttributeValue refuses, the others in their order
 * ("note status" is "note"): what the import keeps of a role it cannot keep whole. A browser takes the first role it
 * knows and the rest as fallbacks, so the harmless role written first is the one the element had.
 */
export function allowedRoles(value: string): string {
  return value
    .split(/[\t\n\f\r ]+/)
    .filter(
      (role) =>
        role !== '' && !LANDMARK_ROLES.has(role.toLowerCase()) && !ANNOUNCED_ROLES.has(role.toLowerCase()),
    )
    .join(' ');
}

/**
 * Elements the keyboard reaches whatever their attributes (`<a>` and `<area>` with an href: see
 * keyboardReaches); a `<details>` too, whose summary the browser makes when it has none.
 */
const FOCUSABLE_ELEMENTS = new Set([
  'details',
  'button',
  'input',
  'select',
  'textarea',
  'summary',
  'iframe',
  'embed',
  'object',
]);

/**
 * What the keyboard reaches of an element itself ("a link", "a <button>", "a <pre tabIndex>"), or undefined:
 * from its tag name as written and `attribute(name)`, the value of its attribute `name` (lower case) as
 * written, '' when bare, undefined when absent. A tabindex decides first (-1 takes it out of the order).
 */
export function keyboardReaches(
  tag: string,
  attribute: (name: string) => string | undefined,
): string | undefined {
  const name = tag.toLowerCase();
  const tabIndex = attribute('tabindex');
  const index = tabIndex === undefined ? undefined : tabIndexOf(tabIndex);
  if (index !== undefined) return index >= 0 ? `a <${tag} tabIndex>` : undefined;
  if ((name === 'a' || name === 'area') && attribute('href') !== undefined) return 'a link';
  if (FOCUSABLE_ELEMENTS.has(name) && (name !== 'input' || attribute('type')?.toLowerCase() !== 'hidden'))
    return `a <${tag}>`;
  if ((name === 'audio' || name === 'video') && attribute('controls') !== undefined)
    return `a <${tag} controls>`;
  const editable = attribute('contenteditable');
  if (editable !== undefined && editable.toLowerCase() !== 'false') return 'an editable element';
  return undefined;
}

/**
 * What `aria-hidden="true"` on `<tag>` hides that the keyboard still reaches (`reached`, as keyboardReaches
 * names it), as a problem saying what to do.
 */
export function hiddenFocusProblem(tag: string, reached: string): string {
  return `aria-hidden="true" on <${tag}> hides ${reached} from screen readers that the keyboard still reaches: a reader tabs to it and hears nothing, or only its address. Remove aria-hidden, or take the ${reached === 'a link' ? 'link' : 'element'} out of the hidden element.`;
}

/**
 * A `tabindex` value as the browser reads it (HTML's rules for parsing integers: spaces, a sign, digits,
 * anything after ignored), or undefined when it is not a number.
 */
export function tabIndexOf(value: string): number | undefined {
  const number = /^[\t\n\f\r ]*([+-]?\d+)/.exec(value)?.[1];
  return number === undefined ? undefined : Number.parseInt(number, 10);
}
