/** Pagefind's result data turned into what the search box shows. Pure, no DOM: the UI renders it. */
import type { PagefindAnchor, PagefindResultData, PagefindSubResult } from '@pagefind/component-ui';
import { isStopWord } from './stop-words.ts';
import { COMPARISON_WORDS } from './synonyms.ts';
import { composeHighlightUrl } from './query.ts';
import { tabSetBound } from './tab-sets.ts';
import { lowerCase, pagefindWordsAt, tokenize, WORD } from './vocabulary.ts';

export type { PagefindResultData, PagefindSubResult };

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface SubResultView {
  title: string;
  url: string;
}

export interface ResultView {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
  /** Headings inside the page that match, each a deep link (`/privacy/?highlight=…#heading`). */
  headings: SubResultView[];
}

/** At most this many heading links under one page result. */
export const MAX_HEADINGS = 3;

/**
 * Pagefind's excerpt is the page's words with `<` and `>` written `&lt;` and `&gt;` and nothing else escaped
 * (pagefind.js: a fragment's raw_content; `&` stays as written), so a page showing `&amp;` or `&#60;` shows it
 * in the excerpt as written, and `&lt;` is either a `<` of the page or the text "&lt;" the page shows.
 */
const ESCAPED = /&lt;|&gt;/g;

/** The page's `<` and `>` as Pagefind's excerpt writes them. */
function escapedAsPagefind(word: string): string {
  return word.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Pagefind's words of a page's text: between runs of white space but U+FEFF (pagefind.js: word_separators). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/u;

/**
 * The words a reader sees for the excerpt's words `written` (as Pagefind writes them, `&lt;` for `<`), read
 * from the page's own text `content` where the page holds a literal "&lt;" or "&gt;" (red team 23: the page
 * showing "&lt;b&gt;" had "<b>" in its excerpt): the run of the page's words the excerpt is, matched at a
 * place where its marked words are among Pagefind's `locations` when several match. Undefined when the
 * excerpt is not such a run (zero-width-space text, Chinese or Japanese, whose words are read apart).
 */
function pageWordsOf(
  written: readonly string[],
  marked: ReadonlySet<number>,
  content: string,
  locations: ReadonlySet<number>,
): string[] | undefined {
  if (content.includes('\u200b') || written.length === 0) return undefined;
  const words = content.split(WORD_SEPARATORS);
  const markedAt = [...marked];
  let found: number | undefined;
  for (let start = 0; start + written.length <= words.length; start++) {
    if (!written.every((word, at) => escapedAsPagefind(words[start + at] ?? '') === word)) continue;
    found ??= start;
    if (markedAt.every((at) => locations.has(start + at))) {
      found = start;
      break;
    }
  }
  return found === undefined ? undefined : words.slice(found, found + written.length);
}

/**
 * Splits a Pagefind excerpt into plain text and `<mark>`ed runs, as the page shows its text (`content`, the
 * result's, and `locations`, its matched words, tell a `<` of the page from the text "&lt;"). Only `<mark>`
 * survives: any other tag is dropped, so an excerpt can never inject markup even if the indexed text held some.
 */
export function parseExcerpt(
  excerpt: string,
  content?: string,
  locations: readonly number[] = [],
): ExcerptPart[] {
  const pieces: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?[a-z][^>]*>)/i)) {
    const tag = /^<(\/?)([a-z]+)/i.exec(piece);
    if (tag) {
      if (tag[2]?.toLowerCase() === 'mark') marked = tag[1] !== '/';
      continue;
    }
    if (piece) pieces.push({ text: piece, marked });
  }
  const decoded = pageText(pieces, content, locations);
  const parts: ExcerptPart[] = [];
  for (const { text, marked: isMarked } of decoded) {
    const last = parts.at(-1);
    if (last && last.marked === isMarked) last.text += text;
    else parts.push({ text, marked: isMarked });
  }
  return parts;
}

/** `pieces` of an excerpt as the page shows them: see parseExcerpt. */
function pageText(
  pieces: readonly ExcerptPart[],
  content: string | undefined,
  locations: readonly number[],
): ExcerptPart[] {
  const unescaped = () =>
    pieces.map((piece) => ({
      text: piece.text.replace(ESCAPED, (ref) => (ref === '&lt;' ? '<' : '>')),
      marked: piece.marked,
    }));
  // Only a page showing "&lt;" or "&gt;" itself makes an escape ambiguous.
  if (content === undefined || content.search(ESCAPED) === -1) return unescaped();
  // Pagefind joins the excerpt's words with one space; a mark wraps a whole word.
  const tokens = pieces.map((piece) => piece.text.split(/( )/));
  const written: string[] = [];
  const marked = new Set<number>();
  tokens.forEach((pieceTokens, index) => {
    for (const token of pieceTokens) {
      if (token === ' ' || token === '') continue;
      if (pieces[index]?.marked) marked.add(written.length);
      written.push(token);
    }
  });
  // An ellipsis Pagefind adds before or after the run is not one of the page's words.
  const lead = written[0] === '…' ? 1 : 0;
  const tail = written.length > lead && written.at(-1) === '…' ? 1 : 0;
  const run = written.slice(lead, written.length - tail);
  const runMarked = new Set([...marked].map((at) => at - lead));
  const shown = pageWordsOf(run, runMarked, content, new Set(locations));
  if (shown === undefined) return unescaped();
  let next = 0;
  return pieces.map((piece, index) => ({
    marked: piece.marked,
    text: (tokens[index] ?? [])
      .map((token) => {
        if (token === ' ' || token === '') return token;
        const at = next++ - lead;
        return at >= 0 && at < shown.length ? (shown[at] ?? token) : token;
      })
      .join(''),
  }));
}

/** True when two words share their start, allowing for endings (`policy`/`policies`, `stream`/`streaming`). */
export function sameStem(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length, 5);
  return a.slice(0, length) === b.slice(0, length) && Math.min(a.length, b.length) >= Math.min(length, 3);
}

/**
 * What a heading is matched against: the query's parts (plan.ts), each the terms it is searched by (the
 * reader's word or phrase, then its synonyms).
 */
export type QueryParts = readonly (readonly string[])[];

/**
 * How much of each of the query's parts `words` name: a part by the share of its best-named term's words (stop
 * words aside, in both), so "ADF" searched as "Azure Data Factory" too counts once, whichever the words say.
 */
function namedShares(words: readonly string[], parts: QueryParts): number[] {
  // A stop word of the heading names nothing: "to" shares its start with "token", "in" with "install".
  const content = words.filter((word) => !isStopWord(word)).flatMap(withNegated);
  const named = (word: string) => content.some((other) => sameStem(word, other));
  return parts.map((terms) => {
    let best = 0;
    for (const term of terms) {
      const termWords = tokenize(term).filter((word) => !isStopWord(word));
      if (termWords.length > 0) best = Math.max(best, termWords.filter(named).length / termWords.length);
    }
    return best;
  });
}

/**
 * A word made negative by its prefix: a state, with at least four letters after the prefix and an ending of a
 * participle or adjective (`unsupported`, `noncompliant`, `unavailable`). A verb so made is another action, not
 * the lack of one: "Uninstall" names no install, nor "Unblock" a block (review of dffe451: "install defender on
 * linux" showed the page "Uninstall Defender for Endpoint on Linux" first, tied with the page on installing).
 */
const NEGATED = /^(?:un|non)(\p{L}{4,}(?:ed|able|ible|ant|ent))$/u;

/**
 * `word`, and the word it negates where a prefix makes it negative (NEGATED): a heading "Unsupported scenarios"
 * is about what is supported. On Windows' USMT requirements (blind trial 17) "does usmt support windows server"
 * linked "Supported operating systems" above "Unsupported scenarios", whose text says "USMT doesn't support any
 * of the Windows Server operating systems".
 */
function withNegated(word: string): string[] {
  const negated = NEGATED.exec(word)?.[1];
  return negated === undefined ? [word] : [word, negated];
}

/**
 * How many of the query's parts a heading names (namedShares): "Mount from ADF UX" names more of "mount ADF UX"
 * than "Mount your Azure Data Factory".
 */
export function headingMatches(title: string, parts: QueryParts): number {
  return namedShares(tokenize(title), parts).reduce((sum, share) => sum + share, 0);
}

/**
 * How many of the query's words a heading holds exactly, as written: between headings naming as many
 * parts ("Member" and "Members" share a stem), the one with the reader's own form comes first.
 */
export function exactMatches(title: string, parts: QueryParts): number {
  const titleWords = new Set(tokenize(title));
  const words = new Set(parts.flatMap((terms) => terms.flatMap((term) => tokenize(term))));
  return [...words].filter((word) => titleWords.has(word)).length;
}

/**
 * How many of a heading's words (stop words aside) the query's parts do not name: between headings naming as
 * many of the parts, the one that says least else is the one about them. On Azure Pipelines' job access token
 * article (blind trial 15) "job access token authorization scope" linked "Limit job authorization scope to
 * referenced Azure DevOps repositories" above "Job authorization scope", both naming the same three parts.
 */
export function unnamedWords(title: string, parts: QueryParts): number {
  const words = parts.flatMap((terms) => terms.flatMap((term) => tokenize(term)));
  return tokenize(title).filter((word) => !isStopWord(word) && !words.some((other) => sameStem(word, other)))
    .length;
}

/** How strongly the query's words occur in a section: Pagefind's weighted score of each match, summed. */
function locationScore(sub: PagefindSubResult): number {
  return (
    sub.weighted_locations?.reduce((sum, location) => sum + location.balanced_score, 0) ??
    sub.locations?.length ??
    0
  );
}

/** What a page's heading links are chosen by, beside the query's parts (rankSubResults). */
export interface SectionEvidence {
  /**
   * How much each part counts, by how rare it is on the site (plan.ts partRarity); each alike without. Pagefind
   * scores a page's words, never a heading's.
   */
  weights?: readonly number[] | undefined;
  /** The page's words at its sections' matches, by location (pagefindWordsAt): the words each section matched. */
  words?: ReadonlyMap<number, string> | undefined;
}

/**
 * How much a part the section's text holds counts beside one its heading names: a heading says what the
 * section is about, its text may mention anything.
 */
export const SECTION_TEXT_WEIGHT = 0.5;

/** The words a section matched (its locations in the page's `words`), each read as the query's words are. */
function matchedIn(sub: PagefindSubResult, words: ReadonlyMap<number, string>): string[] {
  return [...new Set(sub.locations ?? [])].flatMap((location) =>
    tokenize((words.get(location) ?? '').slice(0, MAX_MATCHED_CHARACTERS)),
  );
}

/** What matchedIn reads of a word at a match: a page's "word" may be any length. */
const MAX_MATCHED_CHARACTERS = 200;

/**
 * A page's headings that match, best first: by the query's parts, each weighed by how rare it is on the site,
 * that the heading names, and at SECTION_TEXT_WEIGHT those the section's text holds; then the most of the
 * reader's words as written, then the fewest words the query does not name, then the strongest matches in its
 * section, then page order. Pagefind lists them in
 * page order only. On Azure's NAT gateway articles (blind trial 13) "what happens to passive ftp with multiple
 * public ips" linked the empty section "NAT gateway public IP not being used for outbound traffic", whose
 * heading names "public IP" (on 21 of the 27 pages), above "Other transient outbound connectivity issues",
 * whose text holds "passive" and "ftp" (on that page alone). A part the page's title names (`pageTitle`) is
 * what the whole page is about, and names none of its sections: "nat gateway max speed" linked "Connect to the
 * internet with NAT gateway" above "Performance" (its 50 Gbps of throughput) on the page titled "Design
 * virtual networks with NAT gateway". It still counts between headings naming the other parts alike, then among
 * the words as written: on Azure Bastion's page "Working with NSG access and Azure Bastion" (blind trial 19) "nsg
 * rules azurebastionsubnet" linked "AzureBastionSubnet" above "Apply NSGs to AzureBastionSubnet", the reader's
 * `nsg` written there as "NSGs".
 */
export function rankSubResults(
  subResults: readonly PagefindSubResult[],
  queryParts: QueryParts,
  pageTitle = '',
  evidence: SectionEvidence = {},
): PagefindSubResult[] {
  const titled = namedShares(tokenize(pageTitle), queryParts).map((share) => share >= 1);
  const weights = titled.map((byTitle, index) => (byTitle ? 0 : (evidence.weights?.[index] ?? 1)));
  const value = (shares: readonly number[]) =>
    shares.reduce((sum, share, index) => sum + share * (weights[index] ?? 0), 0);
  /** The parts the page's title names that a heading names too: between headings alike, the reader's. */
  const byTitle = (shares: readonly number[]) =>
    shares.reduce((sum, share, index) => sum + (titled[index] ? share : 0), 0);
  const { words } = evidence;
  return subResults
    .filter((sub) => sub.url.includes('#'))
    .map((sub, order) => {
      const heading = namedShares(tokenize(sub.title), queryParts);
      return {
        sub,
        order,
        named:
          value(heading) +
          (words ? SECTION_TEXT_WEIGHT * value(namedShares(matchedIn(sub, words), queryParts)) : 0),
        titled: byTitle(heading),
        exact: exactMatches(sub.title, queryParts),
        // A heading naming none of the parts is about none of them, whatever its length.
        unnamed: heading.some((share) => share > 0) ? unnamedWords(sub.title, queryParts) : 0,
        score: locationScore(sub),
      };
    })
    .sort(
      (a, b) =>
        b.named - a.named ||
        b.titled - a.titled ||
        b.exact - a.exact ||
        a.unnamed - b.unnamed ||
        b.score - a.score ||
        a.order - b.order,
    )
    .map(({ sub }) => sub);
}

/** A place of the page Pagefind gives a section of its own (calculate_sub_results): a titled element, or a heading with text. */
function isSectionStart(anchor: PagefindAnchor & { title?: string }): boolean {
  return /\S/.test(anchor.title ?? '') || (/h\d/i.test(anchor.element) && /\S/.test(anchor.text ?? ''));
}

/**
 * A page's sections that match (Pagefind's `sub_results`), with the words after a tab set under the heading
 * above the set. Pagefind gives a match the nearest heading above it, which for the text after a set is the
 * last tab's last heading: the note after Dynamics 365 Commerce's version tabs linked to its last tab's
 * heading, whose link opens that tab, where the note is not. A set's element and the empty one at its end
 * (tab-sets.ts, ids Pagefind lists among its anchors with where they start) say where it is: past its end, the
 * heading in effect where it started is again (or the page, above any heading). A match inside a tab keeps its
 * heading. `locations` are the places the page's other terms matched (FoundPage.locations): Pagefind's sections
 * hold the matches of the one term whose result represents the page, so on Intune's Android app protection
 * settings (blind trial 22) "prevent screenshots in work apps", found there by the synonym "screen capture",
 * linked "Functionality", whose text says "prevent", "work" and "apps" ("apps" representing the page), not
 * "Data Transfer", the section of "Screen capture and Google Assistant". Pagefind's own sections where a page
 * has no tab set and no other term's match.
 */
export function sectionsOf(data: PagefindResultData, locations: readonly number[] = []): PagefindSubResult[] {
  const anchors = data.anchors ?? [];
  const matched = new Set((data.weighted_locations ?? []).map((word) => word.location));
  // The places other terms matched (FoundPage.locations), weighing nothing in a section's strength.
  const others = locations
    .filter((location) => !matched.has(location))
    .map((location) => ({ location, weight: 1, balanced_score: 0 }));
  if (!others.length && !anchors.some((anchor) => tabSetBound(anchor.id)?.end)) return data.sub_results ?? [];
  const url = data.meta['url'] || data.url;
  const section = (title: string, fragment = ''): PagefindSubResult => ({
    title,
    // Encoded as Pagefind encodes a section's fragment (URL's hash), after the page's `?highlight=`.
    url: fragment ? url + new URL(`#${fragment}`, 'https://x.invalid/').hash : url,
    excerpt: '',
    locations: [],
    weighted_locations: [],
  });
  let current = section(data.meta['title'] ?? url);
  /** Where each section starts, in page order: the one in effect from there on (the page's, above any heading). */
  const starts: [number, PagefindSubResult][] = [[0, current]];
  /** The sets around the place so far, each with the section in effect where it started. */
  const open: [number, PagefindSubResult][] = [];
  // In place order; at one place a set's start or end first: the heading of its first tab, or the heading
  // right after it, is the section from there on.
  const boundFirst = (anchor: PagefindAnchor) => (tabSetBound(anchor.id) && !isSectionStart(anchor) ? 0 : 1);
  for (const anchor of anchors
    .filter((anchor) => anchor.location !== undefined)
    .sort((a, b) => (a.location ?? 0) - (b.location ?? 0) || boundFirst(a) - boundFirst(b))) {
    const location = anchor.location ?? 0;
    const bound = tabSetBound(anchor.id);
    if (isSectionStart(anchor)) {
      current = section((anchor as { title?: string }).title || (anchor.text ?? ''), anchor.id);
      starts.push([location, current]);
    } else if (bound?.end) {
      const at = open.findLastIndex(([set]) => set === bound.set);
      if (at === -1) continue;
      current = open[at]?.[1] ?? current;
      open.length = at;
      starts.push([location, current]);
    } else if (bound) open.push([bound.set, current]);
  }
  let next = 0;
  for (const word of [...(data.weighted_locations ?? []), ...others].sort(
    (a, b) => a.location - b.location,
  )) {
    while ((starts[next + 1]?.[0] ?? Infinity) <= word.location) next++;
    const sub = starts[next]?.[1];
    sub?.locations?.push(word.location);
    sub?.weighted_locations?.push(word);
  }
  return [...new Set(starts.map(([, sub]) => sub))].filter((sub) => sub.locations?.length);
}

/**
 * The excerpt without the page title it starts with (Pagefind's excerpt of a page's top repeats its
 * <h1>, followed by the full stop it adds after headings).
 */
export function dropLeadingTitle(parts: readonly ExcerptPart[], title: string): ExcerptPart[] {
  const titleWords = tokenize(title);
  const text = parts.map((part) => part.text).join('');
  const words = text.matchAll(WORD);
  let cut = 0;
  for (const wanted of titleWords) {
    const next = words.next();
    const gap = next.done ? '' : text.slice(cut, next.value.index);
    if (next.done || lowerCase(next.value[0]) !== wanted || /[\p{L}\p{N}]/u.test(gap)) return [...parts];
    cut = next.value.index + next.value[0].length;
  }
  // A title ends at punctuation (Pagefind adds a full stop after a heading): `Privacy policies` is text.
  if (titleWords.length === 0 || !/^\s*[.:!?]/.test(text.slice(cut))) return [...parts];
  // The punctuation and spaces after the title go with it.
  while (cut < text.length && !/[\p{L}\p{N}]/u.test(text[cut] ?? '')) cut++;
  const kept: ExcerptPart[] = [];
  let offset = 0;
  for (const part of parts) {
    const end = offset + part.text.length;
    if (end > cut) kept.push({ text: part.text.slice(Math.max(0, cut - offset)), marked: part.marked });
    offset = end;
  }
  return kept;
}

/** One page result: its title, excerpt and the matching headings that have their own anchor, best first. */
export function toResultView(
  data: PagefindResultData,
  queryParts: QueryParts = [],
  maxHeadings = MAX_HEADINGS,
  weights?: readonly number[],
  locations: readonly number[] = [],
): ResultView {
  const title = data.meta['title'] ?? data.url;
  const sections = sectionsOf(data, locations);
  // The page's words are read only to choose between headings.
  const words =
    sections.filter((sub) => sub.url.includes('#')).length > 1
      ? pagefindWordsAt(
          data.content ?? '',
          sections.flatMap((sub) => sub.locations ?? []),
        )
      : undefined;
  const headings = rankSubResults(sections, queryParts, title, { weights, words })
    .slice(0, maxHeadings)
    .map((sub) => ({ title: sub.title, url: composeHighlightUrl(sub.url) }));
  return {
    title,
    url: composeHighlightUrl(data.url),
    excerpt: excerptOf(data, title),
    headings,
  };
}

/**
 * A result's excerpt: Pagefind's, without the title it starts with; for a page found by its title alone
 * (nothing marked after it), the page's description (its `description` meta, DocsLayout), which says what the
 * page is, where the text after the title may be anything (Dynamics 365's pages all start with one banner).
 */
function excerptOf(data: PagefindResultData, title: string): ExcerptPart[] {
  const excerpt = dropLeadingTitle(parseExcerpt(data.excerpt, data.content, data.locations), title);
  const description = data.meta['description']?.trim();
  if (!description || excerpt.some((part) => part.marked)) return excerpt;
  return [{ text: description, marked: false }];
}

/**
 * `views` with the page whose title is the query (in any case, its spaces and punctuation aside) first: a
 * reader who types a page's name (a cmdlet's, `Get-AzEventHub`) means that page, which Pagefind ranked below
 * the module page listing it (azure-docs-powershell.it-IT). The query is the one searched, `corrected` where a
 * word was (plan.ts): "what is virtual netwrok nat" means the page titled "What is Virtual Network NAT?", which
 * came fourth (blind trial 13). The others keep their order.
 */
export function titledFirst(
  views: readonly ResultView[],
  query: string,
  corrected: string | null = null,
): ResultView[] {
  const key = (text: string) => tokenize(text).join(' ');
  const wanted = key(corrected ?? query);
  const at =
    wanted === ''
      ? -1
      : views.findIndex(
          (view) => key(view.title) === wanted || key(withoutOwnAcronym(view.title)) === wanted,
        );
  return at <= 0 ? [...views] : [views[at] as ResultView, ...views.slice(0, at), ...views.slice(at + 1)];
}

/**
 * `title` without the acronym it gives its own words in parentheses ("Personal Data Encryption (PDE)": the
 * letters of "PDE" begin the words before it), which a reader typing the page's name leaves out. On Windows'
 * security articles (blind trial 21) "personal data encryption" showed the page "Frequently asked questions for
 * Personal Data Encryption (PDE)" above the one titled so.
 */
export function withoutOwnAcronym(title: string): string {
  return title.replace(/\s*\(([\p{L}\p{N}]{2,})\)/gu, (whole, acronym: string, at: number) => {
    const letters = acronym.toLowerCase().match(/\p{L}/gu) ?? [];
    const before = tokenize(title.slice(0, at)).slice(-letters.length);
    return before.length === letters.length &&
      before.every((word, index) => word.startsWith(letters[index] ?? ''))
      ? ''
      : whole;
  });
}

/**
 * `views` with the pages whose title or one of whose heading links names every part of the query by the reader's
 * own word (headingMatches) first, each group in its order: a reader who types a heading's words ("step target") means the page that has
 * that section, which Pagefind, scoring each word wherever it is, ranked below pages saying the words apart. On
 * Azure Pipelines' articles (blind trial 15) the page on environments, whose headings say "target" twice and whose
 * text says "steps", came before the page with the heading "Step target". Of those, the pages whose title or
 * heading names the parts in the order typed come first (namesInOrder); after them, the pages whose title the
 * query holds with words of the reader's own among its words (titleWithin). An acronym the pages define names the
 * words of its long form (spelledOut, `longForms` by short form). Only the pages shown are reordered: their data
 * is loaded already.
 */
export function namedFirst(
  views: readonly ResultView[],
  parts: QueryParts,
  query: string,
  corrected: string | null = null,
  longForms: ReadonlyMap<string, readonly string[]> = new Map(),
): ResultView[] {
  if (parts.length === 0) return [...views];
  // The reader's own words only (as typed, or corrected): a heading naming a part by its synonyms ("staff" as
  // users, "iPhones" as mobile devices) is not one the reader typed.
  const words = tokenize(corrected ?? query);
  const typed = new Set(words);
  const typedParts = parts.map((terms) =>
    terms.filter((term) => tokenize(term).every((word) => typed.has(word))),
  );
  // A question comparing things ("difference between managed and unmanaged solutions") is answered by the
  // heading naming the things compared, "Managed and unmanaged solutions": its comparison words need no naming.
  const compared = typedParts.filter(
    (terms) => !terms.some((term) => tokenize(term).every((word) => COMPARISON_WORDS.has(word))),
  );
  const own = compared.length >= 2 && compared.length < typedParts.length ? compared : typedParts;
  // 0: a text names every part in the order typed; 1: in another order; 2: the query holds the title; 3: none.
  const rank = (view: ResultView) => {
    const naming = [view.title, ...view.headings.map((heading) => heading.title)]
      .map((text) => spelledOut(text, longForms))
      .filter((text) => headingMatches(text, own) >= own.length);
    if (naming.length > 0) return naming.some((text) => namesInOrder(text, own)) ? 0 : 1;
    return titleWithin(view.title, words) ? 2 : 3;
  };
  // A stable sort: each group keeps its order.
  return views
    .map((view) => ({ view, rank: rank(view) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ view }) => view);
}

/**
 * True when the query's `words` hold every word of `title`, stop words too, in the title's order, the title
 * having at least two words of its own: the reader typed the page's name with words of their own among its
 * words. On Windows' USMT articles (blind trial 17) "what settings does usmt not migrate" found the page titled
 * "What Does USMT Migrate?" (whose heading "What USMT Does Not Migrate" answers it) third, below pages naming
 * "settings" and "migration" anywhere.
 */
export function titleWithin(title: string, words: readonly string[]): boolean {
  const titleWords = tokenize(title);
  if (titleWords.filter((word) => !isStopWord(word)).length < 2) return false;
  let at = 0;
  for (const word of titleWords) {
    // A stop word as written ("a" shares its start with "all"), a word of the title's own by its stem.
    const same = (other: string) => (isStopWord(word) ? other === word : sameStem(word, other));
    while (at < words.length && !same(words[at] ?? '')) at++;
    if (at++ >= words.length) return false;
  }
  return true;
}

/**
 * `text` with each acronym the pages define followed by its long forms (`longForms`, by short form): a title's
 * "EFS" names what a reader calls encrypted files. On Windows' USMT articles (blind trial 17) "how do I migrate
 * encrypted files" found the page titled "Migrate EFS Files and Certificates" fourth, below pages naming
 * "encrypted" in headings; the pages themselves define EFS as "Encrypting File System".
 */
export function spelledOut(text: string, longForms: ReadonlyMap<string, readonly string[]>): string {
  if (longForms.size === 0) return text;
  return tokenize(text)
    .map((word) => [word, ...(longForms.get(word) ?? [])].join(' '))
    .join(' ');
}

/**
 * True when `text` names the query's parts in the order the reader typed them: "what data does Intune send to
 * Apple" means the page titled "Data Intune sends to Apple", not "Data Apple sends to Intune", which names every
 * word too and came first (blind trial 16, MicrosoftDocs/memdocs intune/protect). Word order says which way a
 * thing goes (from, to, into, over) where the words alone do not.
 */
export function namesInOrder(text: string, parts: QueryParts): boolean {
  const words = tokenize(text).filter((word) => !isStopWord(word));
  let last = -1;
  for (const terms of parts) {
    const at = words.findIndex((word) =>
      terms.some((term) =>
        tokenize(term).some((termWord) => !isStopWord(termWord) && sameStem(termWord, word)),
      ),
    );
    if (at === -1) continue;
    if (at < last) return false;
    last = at;
  }
  return true;
}

export interface SectionCount {
  section: string;
  count: number;
}

/**
 * Result counts per section for a query from Pagefind's `totalFilters` (counts ignoring the section
 * already chosen, so every choice shows its count), in `order` (the sidebar's), unknown ones last.
 */
export function sectionCounts(
  totalFilters: Record<string, Record<string, number>> | undefined,
  order: readonly string[] = [],
  key = 'section',
): SectionCount[] {
  const rank = (section: string) => {
    const index = order.indexOf(section);
    return index === -1 ? order.length : index;
  };
  return Object.entries(totalFilters?.[key] ?? {})
    .map(([section, count]) => ({ section, count }))
    .sort((a, b) => rank(a.section) - rank(b.section) || a.section.localeCompare(b.section));
}

/** At most this many section buttons: a site with a section per page would otherwise show hundreds. */
export const MAX_SECTIONS = 8;

/**
 * The sections worth a button: those with results (the busiest `max` of them, kept in their order),
 * and the chosen one even at zero so it can be unchosen.
 */
export function visibleSections(
  counts: readonly SectionCount[],
  chosen: string | null,
  max = MAX_SECTIONS,
): SectionCount[] {
  const busiest = new Set(
    counts
      .filter((entry) => entry.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, max)
      .map((entry) => entry.section),
  );
  return counts.filter((entry) => busiest.has(entry.section) || entry.section === chosen);
}
