/**
 * The print stylesheet's rules for the layout reach no element of a page's content. Red team 28: a page's
 * `<p className="skip-link">` (any class print.css hides the layout's elements by) and its `<aside>` were left off
 * paper, and a `<p className="attribution">` printed framed as the site's credit. Every class and element
 * print.css names that content may write is tried: inside the page's content it prints as it does without one.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { transform, type Selector } from 'lightningcss';
import { buildError } from '../support/learn-markdown.ts';
import { sharedChromium } from '../support/search-site.ts';

const root = new URL('../../', import.meta.url);
const PRINT_CSS = readFileSync(new URL('src/styles/print.css', root), 'utf8');

/** The classes and element names print.css's selectors name (inside :is() and :not() too), read with a CSS parser. */
function namedIn(css: string): { classes: Set<string>; tags: Set<string> } {
  const classes = new Set<string>();
  const tags = new Set<string>();
  const read = (selector: Selector) => {
    for (const component of selector) {
      if (component.type === 'class') classes.add(component.name);
      else if (component.type === 'type') tags.add(component.name.toLowerCase());
      else if (component.type === 'pseudo-class' && 'selectors' in component)
        for (const inner of component.selectors as Selector[]) read(inner);
    }
  };
  transform({
    filename: 'print.css',
    code: Buffer.from(css),
    visitor: {
      Selector(selector) {
        read(selector);
        return selector;
      },
    },
  });
  return { classes, tags };
}

/** Whether the build takes `markup` in a page (a class or element content may not write is refused there). */
const contentMayWrite = async (markup: string) =>
  (await buildError(`Intro.\n\n${markup}\n`, new URL('content/attack.mdx', root).pathname, root, [
    'attack',
  ])) === '';

test("print.css's rules for the layout leave a page's own classes and elements printed as content", async () => {
  const { classes, tags } = namedIn(PRINT_CSS);
  assert.ok(classes.has('skip-link') && tags.has('aside'), 'print.css names the layout so');
  const written: string[] = [];
  for (const name of classes)
    if (await contentMayWrite(`<p className="${name}">x</p>`)) written.push(`<p class="${name}">x</p>`);
  for (const tag of tags)
    if (tag !== 'html' && tag !== 'body' && (await contentMayWrite(`<${tag}>x</${tag}>`)))
      written.push(`<${tag}>x</${tag}>`);
  assert.ok(written.includes('<p class="skip-link">x</p>') && written.includes('<aside>x</aside>'));

  const page = await (await sharedChromium()).newPage();
  try {
    await page.emulateMedia({ media: 'print' });
    await page.setContent(
      `<!DOCTYPE html><html lang="en"><head><title>T</title><style>${PRINT_CSS}</style></head><body>` +
        `<a class="skip-link" href="#m">Skip</a><div class="page"><main id="m"><article><div class="content">` +
        written.map((markup) => `<div class="case">${markup}<p>x</p></div>`).join('') +
        `</div></article></main></div></body></html>`,
    );
    // Each case is the element as written, then a plain <p>: a <p> of a class prints as the plain one does.
    const printed = await page.evaluate(() =>
      [...document.querySelectorAll('.case')].map((box) => {
        const [written, plain] = [...box.children].map((element) => getComputedStyle(element));
        const restyled = [
          'margin-top',
          'border-top-style',
          'border-top-color',
          'padding-left',
          'max-width',
        ].filter((key) => written?.getPropertyValue(key) !== plain?.getPropertyValue(key));
        return {
          markup: box.firstElementChild?.outerHTML ?? '',
          shown: written?.display !== 'none',
          restyled: box.firstElementChild?.tagName === 'P' ? restyled : [],
        };
      }),
    );
    assert.equal(printed.length, written.length);
    for (const { markup, shown, restyled } of printed) {
      assert.ok(shown, `${markup} is not printed`);
      assert.deepEqual(restyled, [], `${markup} prints styled as the layout's element`);
    }
    const layoutShown = await page.$eval('body > .skip-link', (link) => getComputedStyle(link).display);
    assert.equal(layoutShown, 'none', "the layout's own skip link is not printed");
  } finally {
    await page.close();
  }
});
