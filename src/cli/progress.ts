/** A progress bar on a stream (stderr), redrawn in place; nothing when off. */
export function progressBar(stream: { write(text: string): unknown }, total: number, on: boolean) {
  const width = 30
  let last = -1
  return {
    tick(done: number): void {
      if (!on) return
      const filled = Math.round((done / total) * width)
      if (filled === last && done !== total) return
      last = filled
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files`)
      if (done === total) stream.write('\n')
    },
  }
}
