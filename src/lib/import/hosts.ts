/** The outbound-host allowlist as data (src/data/outbound-hosts.json: one line a host, with its Links-page group). */

/** Host → the group it is listed under on the Links page; groups in the order they first appear. */
export type HostList = Record<string, string>;

export function parseHostList(text: string, file: string): HostList {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    !Object.values(data).every((group) => typeof group === 'string')
  )
    throw new Error(`${file}: must be one object, each line "host": "Links-page group".`);
  return data as HostList;
}

/** `list` with `hosts` added (sorted) under `group`, after the hosts already there. */
export function addHosts(list: HostList, hosts: readonly string[], group: string): HostList {
  const added = [...hosts].filter((host) => !(host in list)).sort();
  return { ...list, ...Object.fromEntries(added.map((host) => [host, group])) };
}

/** The list as its file: one host a line, as Prettier writes it. */
export function renderHostList(list: HostList): string {
  return `${JSON.stringify(list, null, 2)}\n`;
}
