/**
 * Which addresses a link may reach: public ones only. Private, loopback, link-local, carrier-grade NAT,
 * multicast and reserved ranges (IPv4 and IPv6, IPv4-mapped IPv6 included) are refused, so that a link sent
 * in chat cannot make the server read its own network (SSRF). Loopback opens only when a test asks.
 */
import { BlockList, isIP } from "node:net";

/** [network, prefix length, family] of every range a link may not reach. */
const NON_PUBLIC: Array<[string, number, "ipv4" | "ipv6"]> = [
  ["0.0.0.0", 8, "ipv4"], // "this" network
  ["10.0.0.0", 8, "ipv4"], // private
  ["100.64.0.0", 10, "ipv4"], // carrier-grade NAT
  ["169.254.0.0", 16, "ipv4"], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12, "ipv4"], // private
  ["192.0.0.0", 24, "ipv4"], // IETF protocol assignments
  ["192.0.2.0", 24, "ipv4"], // documentation
  ["192.168.0.0", 16, "ipv4"], // private
  ["198.18.0.0", 15, "ipv4"], // benchmarking
  ["198.51.100.0", 24, "ipv4"], // documentation
  ["203.0.113.0", 24, "ipv4"], // documentation
  ["224.0.0.0", 4, "ipv4"], // multicast
  ["240.0.0.0", 4, "ipv4"], // reserved, broadcast
  ["::", 128, "ipv6"], // unspecified
  ["64:ff9b::", 96, "ipv6"], // NAT64 to IPv4 (its IPv4 part could be private)
  ["100::", 64, "ipv6"], // discard
  ["2001:db8::", 32, "ipv6"], // documentation
  ["fc00::", 7, "ipv6"], // unique local
  ["fe80::", 10, "ipv6"], // link-local
  ["ff00::", 8, "ipv6"], // multicast
];
const LOOPBACK: Array<[string, number, "ipv4" | "ipv6"]> = [["127.0.0.0", 8, "ipv4"], ["::1", 128, "ipv6"]];

function blockList(ranges: Array<[string, number, "ipv4" | "ipv6"]>): BlockList {
  const list = new BlockList();
  for (const [net, prefix, family] of ranges) list.addSubnet(net, prefix, family);
  return list;
}

const NON_PUBLIC_LIST = blockList(NON_PUBLIC);
const LOOPBACK_LIST = blockList(LOOPBACK);

/** "::ffff:10.0.0.1" → "10.0.0.1": an IPv4 address written as IPv6 is judged as IPv4. */
function unmapped(address: string): string {
  const m = /^::ffff:(?:0:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m ? m[1]! : address;
}

/** True when `address` (an IP literal) is one a link may reach. `allowLoopback` only in tests. */
export function isPublicAddress(address: string, allowLoopback = false): boolean {
  const a = unmapped(address);
  const family = isIP(a);
  if (family === 0) return false;
  const type = family === 4 ? "ipv4" : "ipv6";
  if (LOOPBACK_LIST.check(a, type)) return allowLoopback;
  return !NON_PUBLIC_LIST.check(a, type);
}
