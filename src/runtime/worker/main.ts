import { env } from 'cloudflare:workers'
import { startLines } from '../start-lines.js'
import { createWorkerApp } from './app.js'

// Cloudflare Workers entry (wrangler.toml `main`): the same Hono app as on Node, built once per
// isolate from the Worker's bindings ([vars], secrets, the rate limiter) when the isolate
// starts. So compiling the glossaries counts against the start-up limit, not the CPU time of a
// request, and an invalid variable or webhook configuration stops the Worker from starting, as
// on Node. The start lines ("Copydesk is open…") go to the Worker's logs once per isolate.
const { app, service } = createWorkerApp({ ...env })
for (const line of startLines(service)) console.log(line)

export default { fetch: app.fetch }
