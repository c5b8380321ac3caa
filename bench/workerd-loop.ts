// Our route's own work in workerd, call after call (bench/workerd-cpu.ts): the core built as the
// Worker builds it (`createCore` with [vars]' defaults, the precompiled glossaries), and GET
// /?calls=N runs `normalizeToJson` on the TEXT binding N times in one request. The CPU of a
// request with N calls less that of one with none, over N, is what bench/worker-cpu.ts measures
// in Node: the work itself back to back, warm, without Hono, the middleware or the body. Built by
// `wrangler deploy --dry-run` like the real worker; a bench's worker, never deployed.
import { parseConfig } from '../src/config/index.js'
import { glossaryCatalog, normalizeToJson } from '../src/http/index.js'
import { createCore } from '../src/runtime/service.js'

const copydesk = createCore(parseConfig({}))
const catalog = glossaryCatalog(copydesk)

export default {
  fetch(request: Request, env: { TEXT: string }): Response {
    const calls = Number(new URL(request.url).searchParams.get('calls') ?? 0)
    let bytes = 0
    for (let i = 0; i < calls; i++) {
      bytes += normalizeToJson(copydesk, catalog, { text: env.TEXT, language: 'auto', glossary: copydesk.defaultGlossary }, Number.POSITIVE_INFINITY, 'en').bytes.byteLength
    }
    return new Response(String(bytes))
  },
}
