/** Pieces concatenated into one chunk, which is then made flat, and its pieces die young. */
const CHUNK = 4096

/**
 * A long string made of many short pieces, without a rope of them all. `out += piece` in a
 * loop makes V8 keep every piece and a cons cell for each `+=` until the result is first read:
 * a megabyte of a repeated name is 400,000 pieces and as many cells, which survive long enough
 * to be promoted to the old generation and weigh there until a full collection (tens of MB of
 * a Worker's 128, docs/hardening.md, "Memory in workerd"). Here the pieces are concatenated
 * (the fastest way for the usual few: its reader flattens the rope once), and every CHUNK
 * pieces the rope is made flat by reading a unit of it (V8 flattens a rope in place when a unit
 * is read), so those pieces and cells die young; the flat chunks are joined once at the end.
 * A text with up to CHUNK pieces (an article with its changes) is copied once, a longer one
 * twice. (A rope of the first 1,024 pieces, then chunks of 1,024 joined from an array, returned
 * as a rope of both for the reader to flatten, copied a megabyte of dense copy three times, and
 * applying its changes took 1.6 ms, now 1.1; docs/performance-history.md, "Matcher, round 27".)
 */
/**
 * `rope`, flattened in place: a search reads it as one flat string, which V8 makes of a rope
 * and keeps in its place, freeing the cells and pieces under it. Its answer is kept, so that
 * the compiler cannot drop the read as unused (a bare read was: the ropes stayed).
 */
function flat(rope: string): string {
  flattened = rope.indexOf('\u0000', rope.length - 1)
  return rope
}
let flattened = -1

export class Pieces {
  private rope = ''
  private count = 0
  private chunks: string[] = []

  add(piece: string): void {
    if (piece === '') return
    this.rope += piece
    if (++this.count === CHUNK) {
      this.chunks.push(flat(this.rope))
      this.rope = ''
      this.count = 0
    }
  }

  /** The pieces added so far, in order, as one string. */
  toString(): string {
    if (this.chunks.length === 0) return this.rope
    if (this.count > 0) {
      this.chunks.push(this.rope)
      this.rope = ''
      this.count = 0
    }
    const joined = this.chunks.join('')
    this.chunks = [joined]
    return joined
  }
}
