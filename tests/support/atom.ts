/** Atom feeds read with a real XML parser (sax, strict) and checked against RFC 4287's rules that can be checked offline. */
import assert from 'node:assert/strict';
import sax from 'sax';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/** Parses XML strictly (a well-formedness error throws) into a small element tree. */
export function parseXml(text: string): XmlElement {
  const parser = sax.parser(true, { xmlns: false });
  const root: XmlElement = { name: '#document', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.onopentag = (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      text: '',
      children: [],
    };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (value) => {
    const current = stack.at(-1);
    if (current) current.text += value;
  };
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(text).close();
  const [feed] = root.children;
  assert.ok(feed);
  return feed;
}

export const child = (element: XmlElement, name: string) => element.children.filter((c) => c.name === name);
/** RFC 3339 date-time, as Atom requires (section 3.3). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function assertValidAtom(feed: XmlElement, feedUrl: string): void {
  assert.equal(feed.name, 'feed');
  assert.equal(feed.attributes['xmlns'], 'http://www.w3.org/2005/Atom');
  for (const name of ['id', 'title', 'updated'])
    assert.equal(child(feed, name).length, 1, `feed has one <${name}>`);
  assert.match(child(feed, 'updated')[0]?.text ?? '', RFC3339);
  const self = child(feed, 'link').find((link) => link.attributes['rel'] === 'self');
  assert.equal(self?.attributes['href'], feedUrl);
  assert.equal(child(feed, 'author').length, 1, 'a feed-level author covers entries without their own');
  const ids = new Set<string>();
  for (const entry of child(feed, 'entry')) {
    for (const name of ['id', 'title', 'updated', 'summary'])
      assert.equal(child(entry, name).length, 1, `entry has one <${name}>`);
    const id = child(entry, 'id')[0]?.text ?? '';
    assert.ok(URL.canParse(id), `id ${id} is an IRI`);
    assert.ok(!ids.has(id), `id ${id} is unique`);
    ids.add(id);
    assert.match(child(entry, 'updated')[0]?.text ?? '', RFC3339);
    const alternate = child(entry, 'link').filter(
      (link) => (link.attributes['rel'] ?? 'alternate') === 'alternate',
    );
    assert.equal(alternate.length, 1, 'one alternate link per entry');
  }
}
