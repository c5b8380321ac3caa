// Preloaded into the server that bench/heavy.ts starts (`node --import`): records how long the
// main thread's event loop was held (Node's monitorEventLoopDelay) and, on SIGUSR2, writes the
// figures since the last signal to BENCH_EVENT_LOOP_FILE as JSON. The delay counts the main
// thread's own work (parsing, garbage collection) and the time it waits for a core; the probes'
// latency adds the network and the probing thread's own waits.
import { writeFileSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'

const file = process.env.BENCH_EVENT_LOOP_FILE
if (file) {
  const histogram = monitorEventLoopDelay({ resolution: 5 })
  histogram.enable()
  process.on('SIGUSR2', () => {
    const ms = (ns: number) => Math.round(ns / 1e5) / 10
    writeFileSync(file, JSON.stringify({ p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) }))
    histogram.reset()
  })
}
