import { readdirSync, readFileSync } from 'node:fs'
import { getPriority } from 'node:os'
import { describe, expect, it } from 'vitest'
import { parseConfig, type ConfigSource } from '../../src/config/index.js'
import type { Copydesk } from '../../src/core/api.js'
import { NormalizePool } from '../../src/runtime/node/normalize-pool.js'
import { startNodeServer, type NodeServer } from '../../src/runtime/node/start.js'
import { createCore } from '../../src/runtime/service.js'
import { placeholders } from '../../src/translate/protect.js'
import { createTranslator } from '../../src/translate/translate.js'
import { parseIntegrations } from '../../src/webhooks/index.js'
import { signGeneric } from '../http/support/sign.js'
import { probeHealthzDuring } from './support/probe-healthz.js'

// Webhook deliveries and translations go through the same worker-thread pool as POST
// /v1/normalize on Node: a megabyte of names in a CMS field must not hold the event loop either.

const SECRET = 'heavy-webhook-secret-0123456789abcdef0123456789abcdef'
const WEBHOOKS = { integrations: [{ name: 'wire', provider: 'generic', secrets: [SECRET], fields: [{ name: 'body', format: 'text' }] }] }
/** A name-dense text: every sentence has a name the news glossary changes. */
const denseText = (bytes: number) => 'Officials in Kiev met the mayor. '.repeat(Math.floor(bytes / 33))
const MEGABYTE_SENTENCES = Math.floor(1_030_000 / 33)

async function serve(env: ConfigSource): Promise<NodeServer> {
  const config = parseConfig({ PORT: '0', RATE_LIMIT: '0', ...env })
  return startNodeServer(config, { copydesk: createCore(config), integrations: parseIntegrations(WEBHOOKS, {}), log: () => {} })
}

async function deliverMegabyte(server: NodeServer): Promise<Response> {
  const body = JSON.stringify({ id: 'heavy-story', locale: 'en', fields: { body: denseText(1_030_000) } })
  expect(body.length).toBeLessThan(1_048_576) // under BODY_LIMIT
  return fetch(`${server.url}/v1/webhooks/wire`, { method: 'POST', headers: { 'content-type': 'application/json', 'copydesk-signature': await signGeneric(body, SECRET) }, body })
}

interface Report {
  fields: { field: string; value: string; changes: unknown[]; changeCount?: number }[]
  warnings?: { code: string; total: number; listed: number; message: string }[]
}

function expectCappedReport(report: Report) {
  const [field] = report.fields
  expect(field!.value).not.toContain('Kiev') // the value carries every change
  expect(field!.changes).toHaveLength(5000)
  expect(field!.changeCount).toBe(MEGABYTE_SENTENCES)
  expect(report.warnings).toEqual([{ code: 'changes-truncated', total: MEGABYTE_SENTENCES, listed: 5000, message: expect.stringMatching(/first 5,000 of 31,212 changes/) }])
}

describe('a 1 MiB webhook delivery on Node', () => {
  it('is normalized on a worker thread: /healthz is answered while it runs, and its report lists at most MAX_CHANGES changes', async () => {
    const server = await serve({ NORMALIZE_THREADS: '1' })
    try {
      const heavy = deliverMegabyte(server).then(async (res) => ({ status: res.status, json: (await res.json()) as Report }))
      const { answer, answeredBefore } = await probeHealthzDuring(server, heavy)
      expect(answer.status).toBe(200)
      expect(answeredBefore).toBeGreaterThan(10)
      expectCappedReport(answer.json)
    } finally {
      await server.close()
    }
  }, 60_000)

  it('is answered the same without the pool (NORMALIZE_THREADS=0)', async () => {
    const server = await serve({ NORMALIZE_THREADS: '0' })
    try {
      const res = await deliverMegabyte(server)
      expect(res.status).toBe(200)
      expectCappedReport((await res.json()) as Report)
    } finally {
      await server.close()
    }
  }, 60_000)
})

/** The served core, counting the normalizations made on this (the main) thread. */
function countingCore(copydesk: Copydesk): { copydesk: Copydesk; calls: () => number } {
  let calls = 0
  const counted: Copydesk = Object.create(copydesk) as Copydesk
  counted.normalize = (input) => {
    calls++
    return copydesk.normalize(input)
  }
  return { copydesk: counted, calls: () => calls }
}

describe('the pool for webhooks and translation (normalizer)', () => {
  const config = parseConfig({ NORMALIZE_THREADS: '1' })
  const core = createCore(config)

  it('normalizes large texts on a thread, capped there, and small ones on the calling thread', async () => {
    const served = countingCore(core)
    const pool = new NormalizePool(config, served.copydesk, false)
    try {
      const normalize = pool.normalizer()
      const large = await normalize({ text: denseText(70_000), language: 'en', glossary: 'news' }, 100)
      expect(served.calls()).toBe(0)
      expect(large.changes).toHaveLength(100)
      expect(large.warnings).toContainEqual({ code: 'changes-truncated', total: Math.floor(70_000 / 33), listed: 100 })
      expect(large.text).not.toContain('Kiev')
      // Linux: the thread runs 10 nice steps below the main thread, which keeps its own priority.
      if (process.platform === 'linux') {
        const nice = (task: string) => Number(readFileSync(`/proc/self/task/${task}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[16])
        const main = nice(String(process.pid))
        expect(main).toBe(getPriority())
        expect(readdirSync('/proc/self/task').map(nice)).toContain(Math.min(19, main + 10))
      }
      const small = await normalize({ text: 'Officials in Kiev.', language: 'en', glossary: 'news' })
      expect(served.calls()).toBe(1)
      expect(small.text).toBe('Officials in Kyiv.')
    } finally {
      await pool.close()
    }
  }, 60_000)

  it("runs a translation's normalization through it", async () => {
    const served = countingCore(core)
    const pool = new NormalizePool(config, served.copydesk, false)
    try {
      // An engine that adds an unprotected name of its own: only the normalization after it can fix that one.
      const engine = { id: 'echo', engine: 'echo', protection: placeholders, pairs: async () => [{ from: 'en', to: 'en' }], translate: async (request: { texts: readonly string[] }) => ({ texts: request.texts.map((text) => `${text} Back in Kiev.`) }) }
      const translator = createTranslator({ copydesk: served.copydesk, providers: [engine], normalize: pool.normalizer() })
      const result = await translator.translate({ text: denseText(70_000), from: 'en', to: 'en', glossary: 'news' })
      expect(served.calls()).toBe(0)
      expect(result.text).not.toContain('Kiev')
      expect(result.machineTranslation).toContain('Back in Kiev.')
      expect(result.changes.map((change) => change.original)).toContain('Kiev')
    } finally {
      await pool.close()
    }
  }, 60_000)
})
