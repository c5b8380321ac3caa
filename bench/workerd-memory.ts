// The workerd memory section of `npm run bench` (`npx tsx bench/workerd-memory.ts` prints only
// this): the peak memory one valid 1 MiB request of each shape adds to a fresh workerd running
// the Worker (scripts/workerd-memory.ts: the bundle `wrangler deploy` would upload, local workerd
// on 127.0.0.1, Linux's VmHWM). A Worker has 128 MB; test/runtime/workerd-memory.test.ts holds
// each shape to it.
import { loadavg } from 'node:os'
import { measureWorkerdMemory, type WorkerdMemory } from '../scripts/workerd-memory.js'
import { table } from './timing.js'

export async function benchWorkerdMemory(): Promise<{ rows: WorkerdMemory[]; load: number[] }> {
  return { rows: await measureWorkerdMemory(), load: loadavg() }
}

export function printWorkerdMemory({ rows, load }: { rows: WorkerdMemory[]; load: number[] }): void {
  console.log(`\n## Memory of one 1 MiB request in workerd (a fresh process per shape; a Worker has 128 MB; load average ${load.map((l) => l.toFixed(1)).join(' ')})\n`)
  console.log(
    table(
      rows.map((r) => ({
        shape: r.shape,
        status: r.status,
        'answer MB': r.answerBytes / 1e6,
        'idle RSS MB': r.idleMb,
        'peak above idle MB': r.peakAboveIdleMb,
      })),
    ),
  )
}

if (import.meta.url === `file://${process.argv[1]}`) printWorkerdMemory(await benchWorkerdMemory())
