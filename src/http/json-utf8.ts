/**
 * `new TextEncoder().encode(JSON.stringify(value))`, the same bytes, cheaper for our answers.
 *
 * JSON.stringify builds one string for the whole answer, and a single character beyond Latin-1
 * (a message's curly quotes, a note's "ł") makes it a two-byte string from there on: the 5 KB
 * article's 30 KB answer was then serialized and encoded in ~0.095 ms, a fifth of the request's
 * work (docs/performance-history.md, "HTTP"). Here each member of a plain top-level object is
 * serialized by JSON.stringify on its own, so the members without such a character (the text,
 * the diff: half of an answer) stay one-byte strings, which V8 writes and encodes several times
 * faster, and every piece is encoded straight into one reused buffer (`encodeInto`: one pass,
 * where `encode` measures the UTF-8 length first), of which the answer is one copy.
 *
 * The bytes are JSON.stringify's (json-utf8.test.ts checks it by property): an object is `{`,
 * then for each of its own enumerable string keys, in order (`Object.keys`), whose value
 * serializes (not `undefined`, a function or a symbol), the key as a JSON string, `:` and the
 * value, separated by `,`, then `}`. A value with its own `toJSON` (which JSON.stringify calls
 * with the member's key) and anything but a plain object at the top go to JSON.stringify whole.
 */


const encoder = new TextEncoder()

/** The buffer kept between calls grows up to this; a larger answer is written into a buffer of its own, of its exact size. */
const KEEP_BYTES = 1 << 20

let scratch = new Uint8Array(64 * 1024)

/**
 * `encoded`: members of `value` already serialized, as the UTF-8 bytes of their JSON, in parts to
 * be written one after the other (an answer's concepts, whose notes are the glossary's and are
 * serialized once: CatalogEntry.conceptsJson). The caller vouches that they are the bytes of
 * JSON.stringify(value[key]).
 */
export function jsonUtf8(value: unknown, encoded?: Readonly<Record<string, readonly Uint8Array[]>>): Uint8Array<ArrayBuffer> {
  if (!isPlainObject(value)) return encoder.encode(JSON.stringify(value))
  const keys = Object.keys(value)
  // Heads (`{"key":`, `,"key":`) and values, alternating; the closing brace last.
  const pieces: Array<string | Uint8Array> = []
  let units = 1
  let bytes = 0
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    const member = (value as Record<string, unknown>)[key]
    const parts = encoded !== undefined && Object.hasOwn(encoded, key) ? encoded[key] : undefined
    if (parts !== undefined && member !== undefined) {
      const head = `${pieces.length === 0 ? '{' : ','}${JSON.stringify(key)}:`
      pieces.push(head)
      units += head.length
      for (const part of parts) {
        pieces.push(part)
        bytes += part.byteLength
      }
      continue
    }
    if (hasToJson(member)) return encoder.encode(JSON.stringify(value))
    let json: string | undefined
    try {
      json = JSON.stringify(member) as string | undefined
    } catch {
      // A cycle or a bigint: JSON.stringify's own error, as it words it for the whole value.
      return encoder.encode(JSON.stringify(value))
    }
    if (json === undefined) continue
    const head = `${pieces.length === 0 ? '{' : ','}${JSON.stringify(key)}:`
    pieces.push(head, json)
    units += head.length + json.length
  }
  pieces.push(pieces.length === 0 ? '{}' : '}')
  // A UTF-16 code unit is at most 3 bytes of UTF-8 (a pair of them, 4).
  const bound = units * 3 + bytes
  if (bound > KEEP_BYTES) {
    // Counted first and written straight into a buffer of the answer's size: encoding each piece
    // and then joining them held the answer's bytes twice (megabytes of a 1 MiB request's peak
    // in a Worker, docs/hardening.md, "Memory in workerd").
    let length = bytes
    for (const piece of pieces) if (typeof piece === 'string') length += utf8Length(piece)
    const out = new Uint8Array(length)
    writePieces(pieces, out)
    return out
  }
  if (bound > scratch.length) scratch = new Uint8Array(Math.min(KEEP_BYTES, Math.max(bound, scratch.length * 2)))
  return scratch.slice(0, writePieces(pieces, scratch))
}

/** Writes the pieces one after the other from the start of `into` (room enough); the bytes written. */
function writePieces(pieces: readonly (string | Uint8Array)[], into: Uint8Array): number {
  let written = 0
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      written += encoder.encodeInto(piece, written === 0 ? into : into.subarray(written)).written
    } else {
      into.set(piece, written)
      written += piece.byteLength
    }
  }
  return written
}

const NOT_ASCII = /[^\0-\x7f]/u

/** The length of `text` in UTF-8 as TextEncoder writes it (a lone surrogate becomes U+FFFD, 3 bytes). */
function utf8Length(text: string): number {
  if (!NOT_ASCII.test(text)) return text.length
  let length = text.length
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) continue
    if (code < 0x800) length += 1
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      length += 2 // the pair's two units are four bytes
      i++
    } else length += 2
  }
  return length
}

/** An object JSON.stringify writes by its own keys: an object literal's, `Object.fromEntries`'s, or one without a prototype. */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || hasToJson(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function hasToJson(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function'
}
