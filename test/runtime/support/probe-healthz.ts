import { expect } from 'vitest'
import type { NodeServer } from '../../../src/runtime/node/start.js'

/**
 * Sends `/healthz` every 20 ms while `heavy` runs (at most 200 probes) and says how many were
 * answered before it settled: the event loop was free if they were. Every probe must be a 200.
 */
export async function probeHealthzDuring<T>(server: NodeServer, heavy: Promise<T>): Promise<{ answer: T; answeredBefore: number }> {
  let done = false
  const settled = heavy.finally(() => {
    done = true
  })
  let answeredBefore = 0
  for (let probes = 0; !done && probes < 200; probes++) {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    if (!done) answeredBefore += 1
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return { answer: await settled, answeredBefore }
}
