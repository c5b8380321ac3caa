import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Hono } from 'hono'
import { createCopydesk } from '../../src/core/copydesk.js'
import { glossaries } from '../../src/generated/glossaries.js'
import { createApp, type AppEnv } from '../../src/http/index.js'
import type { ProviderFactory } from '../../src/translate/provider.js'
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
