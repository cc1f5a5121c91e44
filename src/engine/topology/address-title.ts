// Tells a box titled only by a machine's address ("8.8.8.8", "web-01 · 10.0.0.3") from one titled by a network.

/** A dotted-quad IPv4 address, with what follows it so a "/24" mask can be seen. */
const IPV4 = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])(\s*\/\s*\d+)?/g;

/**
 * True when the title holds one host address and at most one other word (a host name such as "srv-01"):
 * a box so titled is a machine. A network ("10.0.0.0/24", "Private network 10.0.0.5") is not a machine,
 * nor is an address with an octet over 255.
 */
export function titledByAddress(title: string): boolean {
  const found = [...title.matchAll(IPV4)];
  if (found.length !== 1) return false;
  const [match] = found;
  if (match === undefined || match[5] !== undefined) return false;
  const octets = match.slice(1, 5).map(Number);
  if (octets.some((o) => o > 255) || octets[3] === 0) return false;
  const rest = title.replace(match[0], ' ').match(/[\p{L}\p{N}][\p{L}\p{N}_-]*/gu) ?? [];
  return rest.length <= 1;
}
