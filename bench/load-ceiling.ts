// The ceiling of bench/load.ts: what this machine serves, with the load generator on it, when a
// request costs only the platform's part (a bare Hono app on @hono/node-server, as ours) or the
// platform's part and the parts of our work that no implementation can skip. Started by
// bench/load.ts as a child process: `node --import tsx bench/load-ceiling.ts <mode>`, it listens
// on 127.0.0.1 and an ephemeral port, prints `listening on <url>`, and stops on SIGTERM.
//
// Modes, for `POST /v1/normalize` with a JSON body `{ "text": ... }`:
// - `bytes`: reads and parses the body, answers the bytes of our real answer for the bench's
//   5 KB article (normalizeToJson, made once at start) with our response headers: the floor.
// - `app`: our whole app as `npm start` serves it (startNodeServer: every middleware, the body
//   read and validated, the request log written to stdout), with the normalization replaced by
//   its precomputed output: what our HTTP layer costs above the floor.
// - `detect+json`: the `bytes` server, plus detecting the language of the body's text and
//   serializing our real answer's object to UTF-8 per request (`jsonUtf8`, the bytes of
//   `JSON.stringify` + `TextEncoder`, without the catalog's serialized notes): the floor with the
//   mandatory parts of an `auto` answer, but no matching, rendering or diff.
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import type { AddressInfo } from 'node:net'
import { defaultConfig } from '../src/config/index.js'
import { detectLanguage } from '../src/core/detect/index.js'
import { glossaryCatalog, normalizeToJson } from '../src/http/index.js'
import { jsonUtf8 } from '../src/http/json-utf8.js'
import { renderNormalizeResult } from '../src/http/render/index.js'
import { batchedLog } from '../src/runtime/node/batched-log.js'
import { startNodeServer } from '../src/runtime/node/start.js'
import { createCore } from '../src/runtime/service.js'
import { articleOfSize } from './corpus.js'
import { CEILING_MODES, type CeilingMode } from './load.js'

const mode = process.argv[2] as CeilingMode
if (!CEILING_MODES.includes(mode)) throw new Error(`usage: load-ceiling.ts ${CEILING_MODES.join('|')}`)

// Our answer for the article bench/load.ts sends, as `npm start` would make it (default glossary, `auto`, English).
const copydesk = createCore(defaultConfig)
const catalog = glossaryCatalog(copydesk)
const text = articleOfSize(5 * 1024)
const result = copydesk.normalize({ text, language: 'auto' })
const rendered = renderNormalizeResult(result, catalog.get(copydesk.defaultGlossary)!.notes, 'en', { input: text, format: 'text', include: undefined })
const output = normalizeToJson(copydesk, catalog, { text, language: 'auto', glossary: copydesk.defaultGlossary }, Number.POSITIVE_INFINITY, 'en')
const headers = { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' }

const app = new Hono()
app.post('/v1/normalize', async (c) => {
  const body = (await c.req.json()) as { text: string }
  if (mode === 'bytes') return new Response(output.bytes, { headers: { ...headers, 'content-length': String(output.bytes.byteLength) } })
  detectLanguage(body.text)
  const bytes = jsonUtf8(rendered)
  return new Response(bytes, { headers: { ...headers, 'content-length': String(bytes.byteLength) } })
})

if (mode === 'app') {
  const server = await startNodeServer({ ...defaultConfig, host: '127.0.0.1', port: 0, rateLimit: 0 }, { copydesk, runNormalize: async () => output, log: batchedLog() })
  console.log(`listening on ${server.url}`)
  process.once('SIGTERM', () => server.close().then(() => process.exit(0)))
} else {
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
    console.log(`listening on http://127.0.0.1:${info.port}`)
  })
  process.once('SIGTERM', () => server.close(() => process.exit(0)))
}
