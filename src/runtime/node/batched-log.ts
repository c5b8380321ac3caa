import type { Log } from '../../http/index.js'

/** Where the lines go: `process.stdout`, or any stream with a `write` (tests). */
export interface LineSink {
  write(chunk: string): unknown
}

export interface BatchedLogOptions {
  /** Default: `process.stdout`. */
  sink?: LineSink
  /** Written at once when this many UTF-16 units are waiting, without waiting for the turn to end. Default: 64 Ki. */
  maxPending?: number
}

/**
 * The request log for `npm start`: one JSON line per request, as with `console.log`, but the
 * lines of one turn of the event loop go to stdout in one write. Node writes to a pipe or a
 * file synchronously (https://nodejs.org/api/process.html#a-note-on-process-io), one system
 * call per `console.log`; under load several requests end in the same turn, and a write per
 * line was ~8 % of the server's CPU for the 5 KB article (docs/performance-history.md, "HTTP").
 * Lines are never dropped: what waits is written at the end of the turn (`setImmediate`), when
 * `maxPending` is reached, and when the process exits (`process.on('exit')`, which also runs
 * after an uncaught exception); only a SIGKILL can lose the lines of the current turn. The exit
 * listener is there only while lines wait, so a log made and dropped (a test, an embedder)
 * leaves no listener behind.
 */
export function batchedLog({ sink = process.stdout, maxPending = 64 * 1024 }: BatchedLogOptions = {}): Log & { flush(): void } {
  let pending = ''
  let scheduled = false
  const flush = () => {
    scheduled = false
    if (pending === '') return
    process.off('exit', flush)
    const lines = pending
    pending = ''
    sink.write(lines)
  }
  const log = (line: string) => {
    if (pending === '') process.on('exit', flush)
    pending += `${line}\n`
    if (pending.length >= maxPending) flush()
    else if (!scheduled) {
      scheduled = true
      setImmediate(flush)
    }
  }
  return Object.assign(log, { flush })
}
