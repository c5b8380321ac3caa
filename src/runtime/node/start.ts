import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import type { Config } from '../../config/index.js'
import { protocolErrorResponse, type ProtocolErrorStatus } from '../../http/protocol-error.js'
import { glossaryCatalog, normalizeToJson, type NormalizeRunner } from '../../http/index.js'
import { createNodeApp, type NodeAppDeps } from './app.js'
import { NormalizePool } from './normalize-pool.js'
import { withNodeSqlite } from './node-sqlite.js'

export type NodeServerDeps = NodeAppDeps & {
  /** The worker-thread pool, when the caller made it (to share it with its translator). Default: a new one; closed with the server either way. */
  pool?: NormalizePool
}

export interface NodeServer {
  /** Base URL with the port actually bound (PORT=0 picks a free one). */
  url: string
  port: number
  /**
   * Stops accepting connections, lets requests in flight finish for up to `shutdownTimeoutMs`
   * (default: the configuration's SHUTDOWN_TIMEOUT_MS), then closes the connections still open;
   * resolves once none is left.
   */
  close(shutdownTimeoutMs?: number): Promise<void>
}

/**
 * Serves the Copydesk app on Node at `config.host`:`config.port`, with the timeouts and the
 * connection cap of the configuration (src/config/server.ts). Node's own answers to malformed,
 * slow or oversized requests (400, 408, 431) get our JSON error body and security headers.
 */
export async function startNodeServer(config: Config, deps: NodeServerDeps): Promise<NodeServer> {
  // The webhook answers' SQLite file is opened (created) now, so a bad path stops the start.
  const file = deps.store === undefined ? config.idempotencyDbFile : undefined
  const database = file === undefined ? undefined : await openIdempotencyFile(file)
  // Large texts are normalized on worker threads, so the event loop stays free (threads start on first use).
  const { pool = new NormalizePool(config, deps.copydesk, deps.glossaryStore !== undefined), ...appDeps } = deps
  const catalog = glossaryCatalog(deps.copydesk)
  const inline: NormalizeRunner = async (input, maxChanges, locale) => normalizeToJson(deps.copydesk, catalog, input, maxChanges, locale)
  const app = createNodeApp(config, {
    ...appDeps,
    ...(database ? { store: database } : {}),
    runNormalize: deps.runNormalize ?? pool.runner(inline),
    normalizeOffThread: deps.normalizeOffThread ?? pool.normalizer(),
  })
  const protocolAnswers = await renderProtocolErrors()
  const server = createServer(
    {
      headersTimeout: config.headersTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
      keepAliveTimeout: config.keepAliveTimeoutMs,
      // Node checks the two timeouts above every 30 s by default, so a 10 s timeout could wait 40 s.
      connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs, config.requestTimeoutMs),
    },
    getRequestListener(app.fetch),
  )
  server.maxConnections = config.maxConnections
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => answerClientError(error, socket, protocolAnswers))

  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => {
      database?.close()
      reject(error)
    }
    server.once('error', failed)
    server.listen(config.port, config.host, () => {
      server.off('error', failed)
      resolve()
    })
  })
  const info = server.address() as AddressInfo
  const host = info.address.includes(':') ? `[${info.address}]` : info.address
  return {
    url: `http://${host}:${info.port}`,
    port: info.port,
    close: async (timeoutMs = config.shutdownTimeoutMs) => {
      await shutDown(server, timeoutMs)
      await pool.close()
      database?.close()
    },
  }
}

/**
 * `server.close()` stops accepting; a connection is closed as soon as it is idle (between two
 * keep-alive requests, or once its request in flight is answered); at the deadline the rest are
 * closed, answered or not, so a slow client cannot hold the process (and a supervisor's SIGKILL
 * cannot land at a moment we did not choose).
 */
function shutDown(server: Server, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const idle = setInterval(() => server.closeIdleConnections(), 50)
    const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs)
    server.close((error) => {
      clearInterval(idle)
      clearTimeout(deadline)
      if (error) reject(error)
      else resolve()
    })
    server.closeIdleConnections()
  })
}

type ProtocolAnswers = Readonly<Record<ProtocolErrorStatus, Buffer>>

const reasons: Readonly<Record<ProtocolErrorStatus, string>> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }

/** The raw HTTP/1.1 bytes of each protocol error, made once at start. */
async function renderProtocolErrors(): Promise<ProtocolAnswers> {
  const entries = await Promise.all(
    ([400, 408, 431] as const).map(async (status) => {
      const response = await protocolErrorResponse(status)
      const body = Buffer.from(await response.arrayBuffer())
      let head = `HTTP/1.1 ${status} ${reasons[status]}\r\n`
      response.headers.forEach((value, name) => {
        if (name !== 'content-length' && name !== 'connection') head += `${name}: ${value}\r\n`
      })
      head += `content-length: ${body.byteLength}\r\nconnection: close\r\n\r\n`
      return [status, Buffer.concat([Buffer.from(head, 'latin1'), body])] as const
    }),
  )
  return Object.fromEntries(entries) as Record<ProtocolErrorStatus, Buffer>
}

/**
 * Node's `clientError` (https://nodejs.org/api/http.html#event-clienterror): the request could not
 * be parsed (400), its headers are too large (431), or it did not arrive within the headers or
 * request timeout (408). With a listener, Node writes nothing itself: we answer and close.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket, answers: ProtocolAnswers): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const status: ProtocolErrorStatus = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400
  socket.end(answers[status])
}

/** IDEMPOTENCY_DB_FILE, through node:sqlite (a clear error on a Node without it). */
async function openIdempotencyFile(file: string) {
  const { SqliteIdempotencyStore } = await withNodeSqlite('IDEMPOTENCY_DB_FILE', 'unset IDEMPOTENCY_DB_FILE (answers kept in memory)', () => import('./sqlite-idempotency-store.js'))
  return new SqliteIdempotencyStore(file)
}
