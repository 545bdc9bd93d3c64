/**
 * Other words for the same thing, applied to the query (never to the index): a reader's `2fa` also
 * searches `mfa`, `hotkeys` also searches `keyboard shortcuts`. Two lists: the words of software
 * documentation any imported folder uses, and a few of this site's domain. With the acronyms the pages
 * define (acronyms.ts, learned at build time), they are what "other words" find. Pure, no DOM.
 */

/**
 * Groups of words that mean the same in any software documentation, written as `tokenize` splits them
 * (`log-in` is `log in`): what readers type for what the pages say, whatever the product.
 */
const SOFTWARE_GROUPS: readonly (readonly string[])[] = [
  ['sign in', 'log in', 'login', 'logon', 'log on', 'signin'],
  ['sign out', 'log out', 'logout', 'log off', 'logoff', 'signout'],
  ['keyboard shortcut', 'hotkey', 'shortcut key', 'key binding', 'keybinding'],
  ['delete', 'remove'],
  ['disable', 'deactivate', 'turn off'],
  ['enable', 'activate', 'turn on'],
  ['setup', 'set up'],
  ['config', 'configuration'],
  ['id', 'identifier'],
  ['pricing', 'price', 'cost', 'fee'],
  ['limit', 'maximum', 'max', 'quota'],
  ['prerequisite', 'requirement', 'spec', 'specification'],
  ['admin', 'administrator'],
  ['app', 'application'],
  ['folder', 'directory'],
  ['sync', 'synchronize', 'synchronization'],
  ['vm', 'virtual machine'],
  // Blind trial 23 (Azure Key Vault): "vnet service endpoints" found the pages saying "VNet" in passing above
  // the one titled "Virtual network service endpoints", which never abbreviates it.
  ['vnet', 'virtual network'],
  // Blind trial 26 (Azure Firewall Manager): "vwan hub versus vnet hub" found the pages saying "vWAN" in passing
  // fifth; the page comparing the two architectures says "Virtual WAN Hub".
  ['vwan', 'virtual wan'],
  ['os', 'operating system'],
  ['ui', 'user interface'],
  ['cli', 'command line'],
  ['faq', 'frequently asked questions'],
  ['email', 'e mail'],
  ['repo', 'repository'],
  ['pr', 'pull request'],
  ['vs code', 'visual studio code'],
  ['phone', 'telephone'],
  ['dial pad', 'dialpad', 'keypad'],
  // Hardware and operations words any IT folder may say either way (a blind trial on Windows Server storage
  // had none of them: readers typed disk, host, RAM, specs and rebuild for the pages' drive, node, memory,
  // requirements and resync).
  ['disk', 'drive'],
  ['node', 'server', 'host'],
  ['ram', 'memory'],
  ['rebuild', 'repair', 'resync', 'resynchronization'],
  ['reboot', 'restart'],
  // High availability and disaster recovery (a blind trial on SQL Server's availability groups: readers typed
  // switchover, outage and evict for the pages' failover, failure and remove).
  ['failover', 'switchover'],
  ['outage', 'failure', 'disaster', 'downtime'],
  // Build and release words (a blind trial on Azure Pipelines: readers typed prod for the pages' production).
  ['prod', 'production'],
  // A blind trial on PowerShell's remoting articles: a reader's cross-platform found the page on second hops
  // ("can't cross domains") above the one on remoting over SSH, which says multiplatform.
  ['cross platform', 'crossplatform', 'multiplatform', 'multi platform'],
  // A blind trial on Azure's cloud design patterns: "ssl offload" found the Gatekeeper page, which spells out
  // "Secure Sockets Layer (SSL)", above the page on offloading TLS termination to a gateway (the protocol's old
  // name and its new, which pages and readers use either way); "smooth bursty traffic" missed the page on
  // smoothing spikes in demand with a queue.
  ['ssl', 'tls'],
  ['burst', 'spike', 'surge'],
  // Blind trial 19 (Azure Bastion's articles): readers typed jump box, simultaneous and maximize for the pages'
  // jump servers, concurrent connections and full screen view.
  ['jump box', 'jumpbox', 'jump server', 'jump host'],
  ['concurrent', 'simultaneous'],
  ['full screen', 'fullscreen'],
  // Blind trial 27 (Power Platform's ALM articles for developers): the pages keep solution files in source control,
  // revision control on one page; readers say version control.
  ['source control', 'version control', 'revision control'],
];

/** Groups of words that mean the same in this site's domain (endpoint security). */
const DOMAIN_GROUPS: readonly (readonly string[])[] = [
  ['mfa', '2fa', 'multifactor', 'two factor'],
  ['av', 'antivirus', 'anti virus'],
  ['asr', 'attack surface reduction'],
  ['mtd', 'mobile threat defense'],
  ['tvm', 'vulnerability management'],
  ['edr', 'endpoint detection and response'],
  ['ngp', 'next generation protection'],
];

/** Every group of words that search as each other (the acronyms the pages define come on top). */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [...SOFTWARE_GROUPS, ...DOMAIN_GROUPS];

/**
 * The words that ask for a comparison of the things a query names ("difference between managed and unmanaged
 * solutions", "vnet hub vs secured hub"): results.ts's namedFirst needs no heading to name them.
 */
export const COMPARISON_WORDS: ReadonlySet<string> = new Set([
  'difference',
  'differences',
  'between',
  'versus',
  'vs',
  'compare',
  'compared',
  'comparison',
]);

/** Readers' words the pages say otherwise, one way only: `laptop` also searches `device`, not the reverse. */
export const READER_WORDS: Readonly<Record<string, readonly string[]>> = {
  laptop: ['device'],
  computer: ['device'],
  pc: ['device', 'computer'],
  machine: ['device'],
  phone: ['mobile'],
  smartphone: ['mobile'],
  url: ['web'],
  mail: ['email'],
  iphone: ['ios'],
  ipad: ['ipados', 'ios'],
  website: ['web'],
  uninstall: ['remove'],
  spreadsheet: ['excel', 'csv'],
  enroll: ['onboard'],
  unenroll: ['offboard'],
  decommission: ['offboard', 'remove', 'retire'],
  evict: ['remove'],
  rights: ['permissions', 'privileges'],
  privileges: ['permissions'],
  rbac: ['roles'],
  undelete: ['restore', 'recover'],
  // What a reader erases, the pages delete, remove or wipe (blind trial 16, Intune: "erase user information GDPR"
  // found the page on deleting personal data third, erase on no page).
  erase: ['delete', 'remove', 'wipe'],
  // What a reader edits, the pages update or modify (a blind trial on Microsoft Teams' bot articles: "edit sent
  // message" found the pages on editing a manifest above the one on updating a sent message).
  edit: ['update', 'modify'],
  // Identity words readers use for the pages' own (a blind trial on Entra's Conditional Access articles).
  'two step verification': ['multifactor', 'mfa'],
  '2 step verification': ['multifactor', 'mfa'],
  visitor: ['guest'],
  // Build and release words any CI/CD documentation says one way and readers another (a blind trial on Azure
  // Pipelines: its timer, sign-off, runner, glossary and speed up found nothing, or the wrong page).
  timer: ['schedule', 'scheduled'],
  cron: ['schedule', 'scheduled'],
  'sign off': ['approval', 'approvals', 'approve'],
  signoff: ['approval', 'approvals', 'approve'],
  runner: ['agent'],
  // Blind trial 15 (Azure Pipelines' process articles): readers typed recurring, if else and gradual rollout for
  // the pages' schedule, conditional and rolling deployments.
  recurring: ['schedule', 'scheduled'],
  'if else': ['conditional', 'condition'],
  gradual: ['incremental', 'progressive', 'rolling'],
  rollout: ['rolling', 'roll out'],
  // What a shell, an editor or a form calls completion (the same trial: autocomplete was on no page, and dropped).
  autocomplete: ['completion', 'complete', 'tab completion'],
  glossary: ['terminology', 'concepts', 'terms'],
  // What a reader speeds up, the pages make faster or raise the throughput of (blind trial 23: "speed up key vault
  // requests" ranked a FAQ saying "performance" above the throttling guide on maximizing throughput).
  'speed up': ['faster', 'performance', 'optimize', 'throughput'],
  // What a reader calls speed, networking and storage pages call throughput or bandwidth (blind trial 13: "nat
  // gateway max speed" missed the page on a NAT gateway's 50 Gbps of throughput).
  speed: ['throughput', 'bandwidth', 'performance'],
  // Windows and deployment words readers use for the pages' own (blind trial 17, Windows' User State Migration
  // Tool articles: "zipped migration store", "admin rights needed for scanstate", "wallpaper missing after
  // loadstate" and "does the pc need to be joined to the domain" found the pages on compressed stores, privileges,
  // the desktop background and computers second to fourth). Tried there and left out, moving no rank: `username`
  // for user name.
  zip: ['compressed', 'compression'],
  zipped: ['compressed', 'compression'],
  wallpaper: ['desktop background', 'background'],
  temp: ['temporary'],
  // Blind trial 18 (Remote Desktop Services' troubleshooting articles): "fps cap remote session" found the page on
  // Caps Lock (Pagefind's `cap` matches "caps") above the one on the frame rate limit, and "rdp session timeout
  // popup" missed the page on the idle session's warning message. A reader's cap is the pages' limit or maximum;
  // a pop-up is their dialog, prompt or message.
  cap: ['limit', 'maximum'],
  popup: ['dialog', 'prompt', 'message'],
  'pop up': ['dialog', 'prompt', 'message'],
  // Blind trial 19 (Azure Bastion's articles): "replay user sessions" had become "relay user sessions", "kick a
  // user off the vm", "sftp to vm" and "cheapest bastion tier" dropped their word, and "maximize vm window" found
  // the pages saying "maximize" your investment. What a reader replays was recorded; one kicked off is
  // disconnected (to kick off a task is to start it); sftp is the pages' scp and file transfer.
  replay: ['playback', 'play back', 'recording', 'recorded'],
  kick: ['disconnect', 'sign out', 'remove'],
  'kick off': ['start', 'run'],
  sftp: ['scp', 'file transfer', 'upload'],
  cheap: ['cost', 'pricing', 'free'],
  cheaper: ['cost', 'pricing', 'free'],
  cheapest: ['cost', 'pricing', 'free'],
  inexpensive: ['cost', 'pricing', 'free'],
  // Whether a thing is free is a question of its pricing (blind trial 26: "is firewall policy free" linked the
  // table row saying "Free" of classic rules above the section "Pricing": a policy of one firewall costs nothing).
  free: ['pricing', 'cost'],
  maximize: ['full screen', 'fullscreen'],
  maximise: ['full screen', 'fullscreen'],
  // Blind trial 20 (Defender for Office 365's protection articles): "sandbox email attachments" found the page on
  // setting up Safe Attachments policies above the one saying attachments open in a virtual environment (its
  // detonation); "spam rating number" missed the page on the spam score, and "how long are quarantined messages
  // kept" linked the section on quarantine policies, not "Quarantine retention". What a reader runs in a sandbox
  // the pages detonate in a virtual environment; a rating is their score; what is kept, retained.
  sandbox: ['virtual environment', 'detonation'],
  sandboxing: ['virtual environment', 'detonation'],
  rating: ['score'],
  kept: ['retention', 'retained'],
  // Blind trial 21 (Windows' security articles: Windows Firewall, BitLocker, Credential Guard): "ping blocked by
  // firewall" missed the section on inbound ICMP rules, and "escrow bitlocker key to active directory" showed the
  // page on Network Unlock above those backing the recovery key up to it. A ping is an ICMP echo; a key held in
  // escrow is backed up.
  ping: ['icmp'],
  escrow: ['backup', 'back up'],
  escrowed: ['backup', 'back up'],
  // Blind trial 22 (Intune's app protection articles): "prevent screenshots in work apps" missed the Android
  // settings' "Screen capture and Google Assistant"; the pages' "screenshot" is the alt text of their images.
  screenshot: ['screen capture'],
  // Blind trial 24 (Azure DDoS Protection's articles): "dashboard to visualize ddos attacks" showed a partner page
  // saying "dashboard" in passing above the page on the attack analytics workbook. Microsoft's products put
  // what a reader calls a dashboard in workbooks (Azure Monitor, Sentinel, Entra).
  dashboard: ['workbook'],
  // A reader asking for the difference between two things wants the pages' comparison (blind trial 26, Azure
  // Firewall Manager: "what is the difference between secured virtual hub and hub virtual network" showed the
  // page comparing them sixth, below pages saying "difference" of other things).
  difference: ['comparison', 'compare'],
  versus: ['comparison', 'compare'],
  vs: ['comparison', 'compare'],
  // The long form a reader types for what firewall pages name by IDPS (the same trial: "intrusion detection" found
  // no page on Azure Firewall Premium's IDPS, which no page spells out). Not `ids` nor `ips`: IDs and IPs.
  'intrusion detection': ['idps'],
  'intrusion prevention': ['idps'],
  // Terms documentation has replaced: readers still type them.
  blacklist: ['block', 'blocklist', 'block list'],
  whitelist: ['allow', 'allowlist', 'allow list'],
  // Found before stop words drop out (`more` and `than` are stop words).
  'more than one': ['multiple'],
  'how many': ['maximum', 'limit', 'number'],
  // A reader who can't do something has a problem the pages troubleshoot (blind trial 25: "why can't I connect
  // to my private endpoint" showed the page on managing connections above "Troubleshoot Private Endpoint
  // connectivity problems"; "can't" is two stop words).
  'can t': ['troubleshoot'],
  cannot: ['troubleshoot'],
  unable: ['troubleshoot'],
  'not working': ['troubleshoot'],
  // A question's length of time is the pages' period or duration (blind trial 23: "how long are deleted secrets
  // kept" ranked the page saying "long" in passing above the one on the retention period).
  'how long': ['period', 'duration', 'time'],
  // Blind trial 27 (Power Platform's ALM articles for developers): "internationalization" found nothing and
  // "multilingual solution" pages saying "solution", not the one on solutions supporting multiple languages (its
  // localization and translations); "hotfix for a solution" showed the SDK page above the one on patches; "store
  // solution in git" missed the page on source control, "solution linter" the checker's static analysis, and "unzip
  // solution into files" showed the SolutionPackager, which extracts a solution's .zip file, fourth.
  internationalization: ['localization', 'translation', 'multiple languages'],
  internationalisation: ['localization', 'translation', 'multiple languages'],
  i18n: ['localization', 'translation', 'multiple languages'],
  multilingual: ['multiple languages', 'localization', 'translation'],
  hotfix: ['patch'],
  'hot fix': ['patch'],
  git: ['source control', 'version control'],
  lint: ['static analysis', 'code analysis'],
  linter: ['static analysis', 'code analysis'],
  linting: ['static analysis', 'code analysis'],
  unzip: ['extract', 'unpack', 'decompress'],
  // Blind trial 28 (Power BI's modeling and DAX guidance): "return zero instead of empty" found the page on
  // DIVIDE above the one on BLANKs; "shrink pbix file size" the page on auto date/time above the one on data
  // reduction; "m:n relationship" and "two-way filter" the pages saying "many" and "filter" above those on
  // many-to-many and bi-directional relationships; "lookup table" and "dq model slow" the pages on dimension tables
  // and DirectQuery fourth and fifth. Data and BI readers' words for the pages' own.
  empty: ['blank'],
  shrink: ['reduce', 'reduction', 'smaller'],
  slow: ['performance'],
  'two way': ['bidirectional', 'bi directional', 'both directions'],
  // Cardinalities as readers write them; Pagefind holds `many-to-many` whole, its words apart are stop words.
  'many to many': ['many-to-many'],
  'one to one': ['one-to-one'],
  'one to many': ['one-to-many'],
  'many to one': ['many-to-one'],
  'm n': ['many-to-many'],
  'n m': ['many-to-many'],
  m2m: ['many-to-many'],
  '1 1': ['one-to-one'],
  '1 n': ['one-to-many'],
  '1 m': ['one-to-many'],
  'lookup table': ['dimension table'],
  dq: ['directquery', 'direct query'],
  // Blind trial 29 (Fabric Data Warehouse's articles): "warehouse backup" showed the page on collation above the
  // one on restore points, "auto increment column" missed the page on identity columns' workaround, "rate
  // limiting" the page on throttling, "referential integrity" the one on foreign keys, and "query a table as it
  // was yesterday" showed the page on time travel (data as it existed in the past) sixth. A database or cloud
  // reader's words for the pages' own.
  backup: ['restore point', 'recovery point'],
  'back up': ['restore point', 'recovery point'],
  'auto increment': ['identity'],
  autoincrement: ['identity'],
  'rate limit': ['throttling', 'throttled'],
  'rate limiting': ['throttling', 'throttled'],
  'rate limited': ['throttling', 'throttled'],
  'referential integrity': ['foreign key'],
  yesterday: ['past'],
  // Blind trial 30 (Microsoft 365 Business Premium's security guides): "data leak prevention" showed the Copilot
  // page ("leaking data") above the one on data loss prevention, "run virus scan" the page on viruses above the one
  // on antivirus scans, "fake sender address" the phishing page, on spoofing, third, and "which preset policy wins
  // if a user has several" linked the section on assigning them, not "Policy order of priority" (multiple policies).
  'data leak': ['data loss'],
  'data leakage': ['data loss'],
  'virus scan': ['antivirus scan'],
  fake: ['spoofing', 'spoof', 'impersonation'],
  wins: ['priority', 'precedence'],
  several: ['multiple'],
};

/**
 * Other ways to say `phrase` (one or more words, lowercase): its groups' other words and its reader-word
 * map; for a regular plural the map does not hold (`phones`), those of its singular (`phone`).
 */
export function synonymsOf(
  phrase: string,
  groups: readonly (readonly string[])[] = SYNONYM_GROUPS,
): string[] {
  const index = groupIndex(groups);
  for (const form of [phrase, ...singularsOf(phrase)]) {
    const found = new Set<string>(Object.hasOwn(READER_WORDS, form) ? READER_WORDS[form] : []);
    for (const other of index.get(form) ?? []) found.add(other);
    if (found.size > 0) return [...found].slice(0, MAX_SYNONYMS);
  }
  return [];
}

/** The most other words one word or phrase is searched by: each is a Pagefind search of its own. */
export const MAX_SYNONYMS = 6;

/** Each list of groups' words, each with the other words of its groups: made once per list. */
const groupIndexes = new WeakMap<readonly (readonly string[])[], Map<string, Set<string>>>();

function groupIndex(groups: readonly (readonly string[])[]): Map<string, Set<string>> {
  let index = groupIndexes.get(groups);
  if (index) return index;
  index = new Map();
  for (const group of groups) {
    for (const word of group) {
      const others = index.get(word) ?? new Set();
      for (const other of group) if (other !== word) others.add(other);
      index.set(word, others);
    }
  }
  groupIndexes.set(groups, index);
  return index;
}

/** The phrase with its last word made singular as regular English plurals are (`phones`, `boxes`), likeliest first. */
export function singularsOf(phrase: string): string[] {
  if (!/[^s]s$/.test(phrase)) return [];
  return [phrase.slice(0, -1), ...(phrase.endsWith('es') ? [phrase.slice(0, -2)] : [])];
}

/** A phrase of the query (`length` words from word `start`) and the other terms it is searched by. */
export interface SynonymPhrase {
  phrase: string;
  start: number;
  length: number;
  alternatives: string[];
}

/**
 * The query's phrases of up to three words that have synonyms, longest first, each with its alternatives.
 * `usable`: which alternatives count (plan.ts keeps those the index holds); a phrase with none is left to
 * its words, as if the map did not know it.
 */
export function findSynonyms(
  words: readonly string[],
  groups: readonly (readonly string[])[] = SYNONYM_GROUPS,
  usable: (alternative: string) => boolean = () => true,
): SynonymPhrase[] {
  const found: SynonymPhrase[] = [];
  const taken = new Set<number>();
  for (let length = 3; length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const positions = Array.from({ length }, (_, offset) => start + offset);
      if (positions.some((position) => taken.has(position))) continue;
      const phrase = words.slice(start, start + length).join(' ');
      const alternatives = synonymsOf(phrase, groups).filter(usable);
      if (alternatives.length === 0) continue;
      positions.forEach((position) => taken.add(position));
      found.push({ phrase, start, length, alternatives });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
