/**
 * An SVG the site publishes runs nothing and loads nothing from another origin, even opened by itself on a
 * host that ignores the site's headers (GitHub Pages): the import does not copy one that would (it warns
 * with file and line), and the build fails on any in dist/, public/'s or Astro's (_astro/), naming it.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { defaultStages, runPostBuild } from '../../src/integrations/post-build.ts';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { svgProblems } from '../../src/lib/svg-safety.ts';
import { tempDir } from '../support/temp-dir.ts';

const open = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">';
const svg = (body: string) => `${open}${body}</svg>`;

/** Each hostile SVG, as an attacker would write it, and what its refusal must say. */
const HOSTILE: [string, string, RegExp][] = [
  ['<script>', svg('<script>alert(document.domain)</script>'), /<script> runs script/],
  ['<script> in CDATA, upper case', svg('<SCRIPT><![CDATA[alert(1)]]></SCRIPT>'), /<SCRIPT> runs script/],
  [
    'XHTML <script>',
    svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'),
    /runs script/,
  ],
  ['onload=', `${open.replace('>', ' onload="alert(1)">')}</svg>`, /onload= on <svg> is an event handler/],
  ['onclick= in upper case', svg('<rect ONCLICK="alert(1)"/>'), /ONCLICK= on <rect> is an event handler/],
  [
    '<foreignObject>',
    svg('<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject>'),
    /<foreignObject> holds HTML/,
  ],
  [
    'XHTML <iframe> outside foreignObject',
    svg('<iframe xmlns="http://www.w3.org/1999/xhtml" src="/x"/>'),
    /<iframe> loads a document/,
  ],
  ['<embed>', svg('<embed src="/x.swf"/>'), /<embed> loads/],
  ['<object>', svg('<object data="/x"/>'), /<object> loads/],
  ['javascript: href', svg('<a href="javascript:alert(1)"><text>x</text></a>'), /javascript: URL/],
  [
    'javascript: xlink:href, entity-encoded',
    svg('<a xlink:href="javascript&#58;alert(1)"><text>x</text></a>'),
    /xlink:href= on <a>.*javascript: URL/,
  ],
  [
    'javascript: with a tab',
    svg('<a href="java&#9;script:alert(1)"><text>x</text></a>'),
    /tab or line break/,
  ],
  [
    'data: href',
    svg('<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"><text>x</text></a>'),
    /data: URL/,
  ],
  [
    'data: SVG image',
    svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'),
    /data: URL of type image\/svg\+xml/,
  ],
  ['data: use', svg('<use href="data:image/svg+xml,x#a"/>'), /data: URL/],
  ['image from another origin', svg('<image href="https://evil.example/p.png"/>'), /goes to evil\.example/],
  ['scheme-relative use', svg('<use xlink:href="//evil.example/s.svg#a"/>'), /evil\.example/],
  [
    'url() to another origin',
    svg('<rect fill="url(https://evil.example/f.svg#g)"/>'),
    /url\(https:\/\/evil\.example\/f\.svg#g\) is not on this site/,
  ],
  [
    'url() in style=, quoted',
    svg(`<rect style="filter:url('https://evil.example/f')"/>`),
    /style= on <rect>: url\(https:\/\/evil\.example\/f\)/,
  ],
  [
    'url() written with CSS escapes',
    svg('<rect fill="\\75 rl(https://evil.example/x)"/>'),
    /is not on this site/,
  ],
  [
    'url() in <style>',
    svg('<style>.a{cursor:url(https://evil.example/c.cur),auto}</style>'),
    /<style>: url\(/,
  ],
  [
    '@import in <style>',
    svg('<style>@import "https://evil.example/a.css";</style>'),
    /@import loads what it names/,
  ],
  [
    'image-set() in <style>',
    svg('<style>.a{fill:image-set("https://evil.example/a.png" 1x)}</style>'),
    /image-set\(/,
  ],
  [
    '<set> of href',
    svg('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'),
    /<set> animates href/,
  ],
  [
    '<animate> of xlink:href',
    svg('<a><animate attributeName="xlink:href" values="javascript:alert(1)"/></a>'),
    /animates xlink:href/,
  ],
  [
    'xml:base',
    svg('<g xml:base="https://evil.example/"><image href="p.png"/></g>'),
    /xml:base= on <g> moves where its links go/,
  ],
  [
    '<?xml-stylesheet?>',
    `<?xml-stylesheet href="https://evil.example/a.xsl" type="text/xsl"?>${svg('')}`,
    /xml-stylesheet/,
  ],
  [
    'entities that expand into markup',
    `<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">]>${svg('&x;')}`,
    /DOCTYPE declares entities/,
  ],
  [
    'an encoding that can hide markup',
    `<?xml version="1.0" encoding="UTF-7"?>${svg('')}`,
    /encoded in utf-7/,
  ],
  ['not well-formed', svg('<rect>'), /not well-formed XML/],
  [
    'HTML saved as .svg',
    '<html xmlns="http://www.w3.org/1999/xhtml"><body onload="alert(1)"/></html>',
    /root element is not <svg/,
  ],
];

/** Drawings as tools export them: each is published. */
const BENIGN: [string, string][] = [
  [
    'gradients, clip paths and markers by url(#id)',
    svg(
      '<defs><linearGradient id="g"/><clipPath id="c"/><marker id="m"/></defs><path d="M0 0" fill="url(#g)" clip-path="url( &quot;#c&quot; )" marker-end="url(#m)" style="stroke:url(\'#g\')"/>',
    ),
  ],
  [
    '<use> and links of this site',
    svg(
      '<symbol id="s"/><use xlink:href="#s"/><a href="/privacy/"><text>Privacy</text></a><a href="../other/#part"><text>x</text></a>',
    ),
  ],
  [
    'a style sheet of classes (Illustrator)',
    svg(
      '<style type="text/css"><![CDATA[ .st0{fill:#0078D4;font-family:\'Segoe UI\'} ]]></style><rect class="st0"/>',
    ),
  ],
  [
    'Inkscape metadata, a Windows export path',
    svg(
      '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><cc:Work xmlns:cc="http://creativecommons.org/ns#" rdf:about=""/></rdf:RDF></metadata><g xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:export-filename="C:\\Users\\me\\Diagram (1).png"/>',
    ),
  ],
  [
    'a PNG inside, as Visio exports it',
    svg('<image width="4" height="4" xlink:href="data:image/png;base64,\n  iVBORw0KGgo="/>'),
  ],
  [
    'the SVG 1.1 DOCTYPE and an XML declaration',
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n${svg('<title>A diagram &amp; its parts</title>')}`,
  ],
];

describe('svgProblems: what an SVG may not hold', () => {
  for (const [name, text, expect] of HOSTILE) {
    test(name, () => {
      const problems = svgProblems(text);
      assert.ok(problems.length > 0, 'refused');
      assert.match(problems.join('\n'), expect);
    });
  }
  for (const [name, text] of BENIGN) {
    test(`kept: ${name}`, () => {
      assert.deepEqual(svgProblems(text), []);
    });
  }
});

describe('the import copies no unsafe SVG', () => {
  const FRONT = '---\ntitle: A\ndescription: "About."\nauthor: a\nms.date: 01/01/2024\n---\n\n# A\n\n';
  const texts: Record<string, string> = {
    '/l/a.md': `${FRONT}:::image type="content" source="media/diagram.svg" alt-text="The diagram.":::\n\n![Chart](media/chart.svg)\n`,
    '/l/media/diagram.svg': svg('<rect onmouseover="alert(document.cookie)"/>'),
    '/l/media/chart.svg': svg('<rect fill="url(#g)"/>'),
  };
  const files: SourceFiles = {
    read: (path) => texts[path],
    exists: (path) => path in texts,
    bytes: (path) => (path in texts ? new TextEncoder().encode(texts[path]) : undefined),
  };
  const plan = planImport(['/l/a.md'], {}, files);

  test(':::image of an SVG with a handler is warned with file and line, and not copied', () => {
    assert.deepEqual(
      plan.copies.map((copy) => copy.from),
      ['/l/media/chart.svg'],
    );
    const warning = plan.warnings.find((note) => /diagram\.svg/.test(note.message));
    assert.equal(`${warning?.file ?? ''}:${String(warning?.line)}`, '/l/a.md:10');
    assert.match(
      warning?.message ?? '',
      /"media\/diagram\.svg" is an SVG that could run script .*onmouseover= on <rect> is an event handler.* Not copied/,
    );
  });
});

describe('the build fails on an unsafe SVG in dist/, naming it', () => {
  const PAGE =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>' +
    `<meta http-equiv="content-security-policy" content="default-src 'self'"></head><body><p>x</p></body></html>`;

  /** A built site with one page and the SVG files `svgs` (paths under dist/). */
  function site(svgs: Record<string, string>): string {
    const dir = tempDir('svg-stage-');
    writeFileSync(join(dir, 'index.html'), PAGE);
    for (const [file, text] of Object.entries(svgs)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    return dir;
  }

  test("public/'s and Astro's SVGs are checked; dist/ is removed", () => {
    const dir = site({
      'favicon.svg': svg('<circle r="4"/>'),
      'media/diagram.svg': svg('<script>alert(1)</script>'),
      '_astro/evil.B2x9Kq.svg': svg('<image href="https://evil.example/p.png"/>'),
      'media/UPPER.SVG': svg('<a href="javascript:alert(1)"><text>x</text></a>'),
    });
    assert.throws(
      () => runPostBuild(dir, defaultStages),
      (error: Error) => {
        assert.match(error.message, /An SVG the site publishes could run script/);
        assert.match(error.message, /dist\/media\/diagram\.svg: line 1: <script> runs script/);
        assert.match(error.message, /dist\/_astro\/evil\.B2x9Kq\.svg: .*goes to evil\.example/);
        assert.match(error.message, /dist\/media\/UPPER\.SVG: .*javascript: URL/);
        assert.doesNotMatch(error.message, /favicon/);
        return true;
      },
    );
    assert.equal(existsSync(dir), false);
  });

  test('safe SVGs pass', () => {
    const dir = site({ 'favicon.svg': svg('<circle r="4"/>'), '_astro/chart.x.svg': BENIGN[0]?.[1] ?? '' });
    runPostBuild(dir, defaultStages);
    assert.equal(existsSync(join(dir, 'favicon.svg')), true);
  });
});
