import { env } from 'cloudflare:workers'
import { createApp } from '../http/index.js'
import { createService } from './service.js'

// Cloudflare Workers entry (wrangler.toml `main`): the same Hono app as on Node, built once per
// isolate from the `[vars]` bindings (copied into a plain record, as process.env is on Node)
// when the isolate starts. So compiling the glossaries counts against the start-up limit, not
// the CPU time of a request, and an invalid variable stops the Worker from starting, as on Node.
const app = createApp(createService({ ...env }))

export default { fetch: app.fetch }
