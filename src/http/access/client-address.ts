/**
 * The part of a client address that identifies one client for rate limiting: an IPv4 address
 * as it is, an IPv6 address by its /64 prefix (one subscriber usually holds a whole /64, so
 * counting single addresses would let it rotate through them). Anything else (a missing or
 * unparsable address) is "unknown": those clients share one budget.
 */
export function clientBucket(address: string | undefined): string {
  const value = address?.trim().toLowerCase() ?? ''
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value)
  if (mapped) return mapped[1]!
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) return value
  if (/^[0-9a-f:]+$/.test(value) && value.includes(':')) return `${ipv6Groups(value).slice(0, 4).join(':')}::/64`
  return 'unknown'
}

/** The eight groups of an IPv6 address, `::` expanded, without leading zeros. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::', 2)
  const left = head === '' ? [] : head.split(':')
  const right = tail === undefined || tail === '' ? [] : tail.split(':')
  const middle = tail === undefined ? [] : Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0')
  return [...left, ...middle, ...right].map((group) => group.replace(/^0+(?=.)/, '') || '0')
}
