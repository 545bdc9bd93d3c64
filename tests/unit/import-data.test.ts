/** The import's data files and page kinds: the host allowlist as data, Learn's YamlMime:FAQ pages. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { addHosts, parseHostList, renderHostList } from '../../src/lib/import/hosts.ts';
import { faqToMarkdown } from '../../src/lib/import/yaml-faq.ts';

describe('outbound-host allowlist as data', () => {
  const path = new URL('../../src/data/outbound-hosts.json', import.meta.url);
  const list = parseHostList(readFileSync(path, 'utf8'), 'outbound-hosts.json');

  test('the file is one line a host, with its Links-page group, as Prettier writes it', () => {
    assert.equal(readFileSync(path, 'utf8'), renderHostList(list));
    assert.equal(list['learn.microsoft.com'], 'Microsoft Learn');
  });

  test('new hosts are added, sorted, under the group given, after the hosts already there', () => {
    const added = addHosts({ 'a.example': 'First' }, ['z.example', 'm.example', 'a.example'], 'Other sites');
    assert.deepEqual(Object.entries(added), [
      ['a.example', 'First'],
      ['m.example', 'Other sites'],
      ['z.example', 'Other sites'],
    ]);
  });

  test('a list that is not host → group fails, naming the file', () => {
    assert.throws(() => parseHostList('["a"]', 'hosts.json'), /hosts\.json: must be one object/);
    assert.throws(() => parseHostList('{', 'hosts.json'), /hosts\.json: not valid JSON/);
  });
});

describe('YamlMime:FAQ', () => {
  test('becomes an article: metadata as front matter, title H1, summary, sections H2, questions H3', () => {
    // Each at its line of the file (the H1 its line 5, the answer its line 13), as the import names them.
    const markdown = faqToMarkdown(
      '### YamlMime:FAQ\nmetadata:\n  title: FAQ\n  ms.date: 05/05/2023\ntitle: Widget FAQ\nsummary: |\n  Answers.\nsections:\n  - name: General\n    questions:\n      - question: Why?\n        answer: |\n          Because [docs](a.md).\n',
      'faq.md',
    );
    assert.equal(
      markdown,
      '---\ntitle: FAQ\nms.date: 05/05/2023\n---\n# Widget FAQ\n\nAnswers.\n\n## General\n\n### Why?\n\nBecause [docs](a.md).\n',
    );
  });

  // Trial CC found an Architecture page's notes naming lines of the Markdown made from it, not of its .yml;
  // an FAQ's are made the same way: a missing image in an answer was said at a line of another question.
  test('each part starts at its line of the file, so what the import says of it names that line', () => {
    const source =
      '### YamlMime:FAQ\nmetadata:\n  title: FAQ\n  author: a\n  ms.date: 05/05/2023\n  ms.topic: faq\n  ms.service: x\ntitle: Widget FAQ\nsummary: Answers.\nsections:\n  - name: General\n    questions:\n      - question: Why?\n        answer: |\n          Because.\n\n          ![A diagram](missing.png)\n';
    const lines = faqToMarkdown(source, 'faq.yml').split('\n');
    assert.deepEqual(
      ['# Widget FAQ', 'Answers.', '## General', '### Why?', 'Because.', '![A diagram](missing.png)'].map(
        (text) => lines.indexOf(text) + 1,
      ),
      [8, 9, 11, 13, 15, 17],
    );
  });

  test('additionalContent is Markdown after the questions, as Learn shows it', () => {
    // dynamics-365-customer-engagement's Outlook synchronization FAQ ends with a "See also" list.
    const markdown = faqToMarkdown(
      '### YamlMime:FAQ\ntitle: Sync FAQ\nsections:\n  - name: General\n    questions:\n      - question: Why?\n        answer: Because.\nadditionalContent: |\n  ## See also\n  [Integrate your email system](integrate.md)\n',
      'faq.md',
    );
    assert.match(
      markdown,
      /### Why\?\nBecause\.\n\n## See also\n\[Integrate your email system\]\(integrate\.md\)\n$/,
    );
  });
});
