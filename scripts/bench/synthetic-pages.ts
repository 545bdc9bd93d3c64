/** Deterministic synthetic content for the benchmark: realistic pages of ~600 words with headings, links and lists. */

/** mulberry32: a tiny seeded PRNG, so the same seed always writes the same site. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'security privacy compliance device onboarding policy tenant admin endpoint threat protection ' +
  'firewall antivirus identity access review audit retention encryption key vault incident alert ' +
  'response investigation remediation report dashboard baseline configuration business premium ' +
  'partner guidance trust center data residency certification standard control customer service ' +
  'hardening operational practice defense depth monitoring vulnerability management exposure score ' +
  'attack surface reduction rule web filtering network isolation automated investigation license'
).split(' ');

const LEARN_PATHS = [
  '/microsoft-365/business-premium/secure-your-business-data',
  '/security/zero-trust/guidance-smb-partner',
  '/compliance/assurance/assurance-privacy',
  '/defender-business/mdb-setup-configuration',
];

export interface SyntheticPage {
  slug: string;
  title: string;
  description: string;
  /** Position in the sidebar, 1 for the overview. */
  order: number;
  /** Sidebar group label (`Topic 3`); the overview has none. */
  group: string | undefined;
  /** The Markdown below the front matter, the same for every generator that builds these pages. */
  body: string;
  /** The page as this site's content file: front matter and body. */
  mdx: string;
}

/** Pages per sidebar group, as a Learn folder's TOC groups its articles. */
export const GROUP_SIZE = 25;

/**
 * `count` pages: an `index` overview and `page-2`… `page-N` in sidebar groups of GROUP_SIZE, each linking
 * to a neighbour and to Learn.
 */
export function syntheticPages(count: number, seed = 42): SyntheticPage[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sentence = (min: number, max: number) => {
    const length = min + Math.floor(random() * (max - min));
    const words = Array.from({ length }, () => pick(WORDS));
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 5 }, () => sentence(11, 19)).join(' ');
  const title = () => {
    const text = Array.from({ length: 3 }, () => pick(WORDS)).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  };
  const slugOf = (n: number) => (n === 1 ? 'index' : `page-${n}`);

  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const neighbour = slugOf((n % count) + 1);
    const sections = [1, 2, 3].map(
      (section) =>
        `## ${title()} ${section}\n\n${paragraph()}\n\n` +
        `- ${sentence(5, 9)}\n- ${sentence(5, 9)}\n- See [${title()}](${pick(LEARN_PATHS)}).\n\n` +
        `${paragraph()} Read on in [${title()}](${neighbour}.md).\n`,
    );
    const group = n === 1 ? undefined : `Topic ${Math.floor((n - 2) / GROUP_SIZE) + 1}`;
    const pageTitle = `${title()} ${n}`;
    const description = sentence(8, 12);
    const body = `${paragraph()}\n\n${sections.join('\n')}`;
    const mdx =
      `---\ntitle: ${pageTitle}\ndescription: ${description}\norder: ${n}\n${group ? `group: ${group}\n` : ''}` +
      `updated: 2024-05-31\nauthor: bench\n---\n\n${body}`;
    return { slug: slugOf(n), title: pageTitle, description, order: n, group, body, mdx };
  });
}
