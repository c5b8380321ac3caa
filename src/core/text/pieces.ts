/** Pieces joined at a time: their strings die young, only each chunk's join is kept. */
const CHUNK = 1024

/**
 * A long string made of many short pieces, without a rope of them. `out += piece` in a loop
 * makes V8 keep every piece and a cons cell for each `+=` until the result is first read: a
 * megabyte of a repeated name is 400,000 pieces and as many cells, which survive long enough
 * to be promoted to the old generation and weigh there until a full collection (tens of MB of
 * a Worker's 128, docs/hardening.md, "Memory in workerd"). Here every CHUNK pieces are joined
 * into one flat string, so the pieces die young, and the result is one join of those.
 */
export class Pieces {
  private pieces: string[] = []
  private chunks: string[] = []

  add(piece: string): void {
    this.pieces.push(piece)
    if (this.pieces.length === CHUNK) {
      this.chunks.push(this.pieces.join(''))
      this.pieces.length = 0
    }
  }

  /** The pieces added so far, in order, as one string. */
  toString(): string {
    if (this.chunks.length === 0) return this.pieces.join('')
    this.chunks.push(this.pieces.join(''))
    this.pieces.length = 0
    const whole = this.chunks.join('')
    this.chunks = [whole]
    return whole
  }
}
