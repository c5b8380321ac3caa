/** Median milliseconds per call of `fn`, after a warm-up, within a time budget. */
export function measure(fn: () => unknown, { minRuns = 5, maxRuns = 200, budgetMs = 1500, warmupMs = 300 } = {}): number {
  // Warm up until the JIT has settled (at least 3 calls), so the first figure of a run is not penalized.
  const warm = performance.now() + warmupMs
  for (let i = 0; i < 3 || performance.now() < warm; i++) fn()
  const times: number[] = []
  const until = performance.now() + budgetMs
  while (times.length < maxRuns && (times.length < minRuns || performance.now() < until)) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

/** Megabytes (UTF-16 length / 2^20, i.e. characters) per second at `ms` per call. */
export function mbPerSecond(chars: number, ms: number): number {
  return chars / (1024 * 1024) / (ms / 1000)
}

export function table(rows: Record<string, string | number>[]): string {
  const keys = Object.keys(rows[0] ?? {})
  const cells = rows.map((r) => keys.map((k) => (typeof r[k] === 'number' ? fmt(r[k] as number) : String(r[k]))))
  const widths = keys.map((k, i) => Math.max(k.length, ...cells.map((c) => c[i]!.length)))
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ')
  return [line(keys), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')
}

function fmt(n: number): string {
  if (n >= 100) return n.toFixed(0)
  if (n >= 10) return n.toFixed(1)
  return n.toFixed(3)
}

/**
 * Full collections until what is dead is gone (with --expose-gc; else nothing). Twice: V8 frees
 * the memory of the array buffers a collection found dead on a background sweeper, which only
 * the next collection waits for. Until then they count as memory in use: in heap figures (the
 * 10,000 concepts' retained heap read 13 MB in most runs, 19.5 in one; one collection gave 8.4
 * or 9.9 MB of array buffers for the same compile, two always 8.4), and to V8 itself, which
 * collects more often while it holds them: after the 100,000-concept section, with one
 * collection, V8's regex search over the bench corpus ran at 122-128 MB/s, after two at 310-350.
 */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  gc?.()
}

