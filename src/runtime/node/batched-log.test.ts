import { setImmediate as nextTurn } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { batchedLog } from './batched-log.js'

function sink() {
  const writes: string[] = []
  return { writes, write: (chunk: string) => writes.push(chunk) }
}

describe('batchedLog', () => {
  it('writes the lines of one turn of the event loop in one write, in order, each ending in a newline', async () => {
    const out = sink()
    const log = batchedLog({ sink: out })
    log('{"n":1}')
    log('{"n":2}')
    log('{"n":3}')
    expect(out.writes).toEqual([])
    await nextTurn()
    expect(out.writes).toEqual(['{"n":1}\n{"n":2}\n{"n":3}\n'])
    log('{"n":4}')
    await nextTurn()
    expect(out.writes).toEqual(['{"n":1}\n{"n":2}\n{"n":3}\n', '{"n":4}\n'])
  })

  it('writes at once when maxPending units wait, and on flush(); nothing is written twice or lost', async () => {
    const out = sink()
    const log = batchedLog({ sink: out, maxPending: 10 })
    log('12345')
    expect(out.writes).toEqual([])
    log('6789') // 6 + 5 units: over the bound
    expect(out.writes).toEqual(['12345\n6789\n'])
    log('tail')
    log.flush()
    expect(out.writes).toEqual(['12345\n6789\n', 'tail\n'])
    await nextTurn()
    log.flush()
    expect(out.writes.join('')).toBe('12345\n6789\ntail\n')
  })

  // The lines waiting at exit are written by the exit listener; a log with nothing waiting holds none.
  it('listens for the exit only while lines wait, so logs made and dropped leave no listener', async () => {
    const before = process.listenerCount('exit')
    const logs = Array.from({ length: 20 }, () => batchedLog({ sink: sink() }))
    expect(process.listenerCount('exit')).toBe(before)
    const out = sink()
    const log = batchedLog({ sink: out })
    log('a')
    log('b')
    expect(process.listenerCount('exit')).toBe(before + 1)
    process.listeners('exit').at(-1)!.call(process, 0)
    expect(out.writes).toEqual(['a\nb\n'])
    expect(process.listenerCount('exit')).toBe(before)
    await nextTurn()
    expect(out.writes).toEqual(['a\nb\n'])
    expect(logs).toHaveLength(20)
  })
})
