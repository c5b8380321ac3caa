/**
 * `parts` one after the other in one new buffer. `byteLength`, when the caller has already
 * counted it while collecting the parts, saves the second pass; it must be their sum.
 */
export function concatBytes(parts: readonly Uint8Array[], byteLength?: number): Uint8Array<ArrayBuffer> {
  let length = byteLength
  if (length === undefined) {
    length = 0
    for (const part of parts) length += part.byteLength
  }
  const out = new Uint8Array(length)
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.byteLength
  }
  return out
}
