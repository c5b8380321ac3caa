import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Hono } from 'hono'
import { afterAll, beforeAll, expect } from 'vitest'
import { startApy, type Apy } from '../../scripts/apertium/apy.js'
import { createCopydesk } from '../../src/core/copydesk.js'
import { glossaries } from '../../src/generated/glossaries.js'
import { createApp, type AppEnv } from '../../src/http/index.js'
import type { ProviderFactory } from '../../src/translate/provider.js'
import { apertium } from '../../src/translate/providers/apertium/index.js'
import { translatorFromEnv } from '../../src/translate/registry.js'
import type { Translator } from '../../src/translate/translate.js'
import { requestInit } from '../http/support/request-init.js'

export const copydesk = createCopydesk({ glossaries })

/** The HTTP app with a translator configured from `env` (as src/runtime/node.ts does), and a caller. */
export function translateApp(env: Record<string, string>, registry: readonly ProviderFactory[], apertiumUrl?: string) {
  const { translator } = translatorFromEnv(env, copydesk, { registry, apertiumUrl })
  const app: Hono<AppEnv> = createApp({ copydesk, translator, log: () => {} })
  const call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => app.request(path, requestInit(method, body, headers))
  return { app, call, translator: translator as Translator }
}

/**
 * A real Apertium for the calling test file: APy from Debian (apertium, apertium-apy,
 * apertium-eng-spa; .ci/run installs them), started on a free loopback port before the file's
 * tests and stopped after them, and the app translating through it. `url` and `call` are read
 * in the tests, once it has started.
 */
export function realApertium(): { readonly url: string; call: ReturnType<typeof translateApp>['call'] } {
  let apy: Apy | undefined
  let app: ReturnType<typeof translateApp> | undefined
  beforeAll(async () => {
    apy = await startApy({ readyTimeoutMs: 60_000 })
    app = translateApp({ APERTIUM_URL: apy.url }, [apertium])
  }, 70_000)
  afterAll(async () => {
    await apy?.stop()
  })
  const started = () => {
    if (apy === undefined || app === undefined) throw new Error('realApertium: APy is not started (use it inside a test)')
    return { apy, app }
  }
  return {
    get url() {
      return started().apy.url
    },
    call: (...args) => started().app.call(...args),
  }
}

/** What /v1/translate answers, as the real-copy tests read it. */
export interface TranslateAnswer {
  text: string
  machineTranslation: string
  protected: { original: string; form: string }[]
  changes: { original: string; replacement: string; status: string }[]
  warnings: unknown[]
}

/** `text` translated from Spanish to English through `call` (realApertium's), the answer's status checked. */
export async function spanishToEnglish(call: ReturnType<typeof translateApp>['call'], text: string): Promise<TranslateAnswer> {
  const res = await call('POST', '/v1/translate', { text, from: 'es', to: 'en' })
  expect(res.status).toBe(200)
  return (await res.json()) as TranslateAnswer
}

/** The names an answer protected from the engine, as `original→form`. */
export const protectedNames = (body: TranslateAnswer): string[] => body.protected.map((p) => `${p.original}→${p.form}`)

/** A loopback HTTP server for the test's own answers; `close` ends it and its connections. */
export async function loopbackServer(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<{ url: string; close(): Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => handler(req, res, body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<string> {
  const s = await loopbackServer(() => {})
  await s.close()
  return s.url
}
