/** Pieces concatenated as one rope first, then joined this many at a time. */
const CHUNK = 1024

/**
 * A long string made of many short pieces, without a rope of them all. `out += piece` in a
 * loop makes V8 keep every piece and a cons cell for each `+=` until the result is first read:
 * a megabyte of a repeated name is 400,000 pieces and as many cells, which survive long enough
 * to be promoted to the old generation and weigh there until a full collection (tens of MB of
 * a Worker's 128, docs/hardening.md, "Memory in workerd"). Here the first CHUNK pieces are
 * concatenated as before (the fastest way for the usual few), and beyond them every CHUNK
 * pieces are joined into one flat string, so those pieces die young.
 */
export class Pieces {
  private head = ''
  private count = 0
  private pieces: string[] = []
  private chunks: string[] = []

  add(piece: string): void {
    if (piece === '') return
    if (this.count < CHUNK) {
      this.head += piece
      this.count++
      return
    }
    this.pieces.push(piece)
    if (this.pieces.length === CHUNK) {
      this.chunks.push(this.pieces.join(''))
      this.pieces = []
    }
  }

  /** The pieces added so far, in order, as one string. */
  toString(): string {
    if (this.pieces.length > 0) {
      this.chunks.push(this.pieces.join(''))
      this.pieces = []
    }
    if (this.chunks.length > 0) {
      this.head += this.chunks.join('')
      this.chunks = []
    }
    return this.head
  }
}
