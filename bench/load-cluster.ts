// A measurement for bench/load.ts, not a supported way to run Copydesk: two processes of the
// server `npm start` runs (build/node/main.js, the same environment) sharing one port through
// node:cluster, the primary handing connections out in turn. It answers what a second core
// would give our server on this machine with the load generator on it. Copydesk does not run
// so (docs/performance-history.md, "Several processes": the rate limiter and the webhook answers kept
// for replays live in one process's memory). The workers write to this process's stdout (their start
// lines, the request log); once every worker listens it prints `cluster of N listening on <url>
// pids <primary>,<worker>,...`; SIGTERM stops the workers, then the primary.
import cluster from 'node:cluster'

const workers = Number(process.argv[2] ?? 2)
cluster.setupPrimary({ exec: 'build/node/main.js', execArgv: ['--enable-source-maps'] })
const forked = Array.from({ length: workers }, () => cluster.fork({ ...process.env, HOST: '127.0.0.1', PORT: process.env.PORT ?? '0' }))
let listening = 0
cluster.on('listening', (_worker, address) => {
  if (++listening !== workers) return
  console.log(`cluster of ${workers} listening on http://127.0.0.1:${address.port} pids ${[process.pid, ...forked.map((worker) => worker.process.pid)].join(',')}`)
})
cluster.on('exit', (worker, code) => {
  if (listening < workers) {
    console.error(`load-cluster: worker ${worker.process.pid} exited with ${code} before listening`)
    process.exit(1)
  }
})
process.once('SIGTERM', () => {
  cluster.removeAllListeners('exit')
  // Only the workers still alive will say they exited.
  let left = forked.filter((worker) => !worker.isDead()).length
  if (left === 0) process.exit(0)
  cluster.on('exit', () => --left === 0 && process.exit(0))
  for (const worker of forked) if (!worker.isDead()) worker.kill('SIGTERM')
})
