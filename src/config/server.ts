import type { ConfigReader } from './reader.js'

/**
 * How the Node server treats its connections (Node only: on Workers, Cloudflare's edge owns the
 * sockets). Node's defaults (headers 60 s, a whole request 300 s, no connection cap) let a client
 * that sends slowly hold a socket for five minutes, and enough of them exhaust the process's file
 * descriptors; these are tighter, and each can be set.
 * https://nodejs.org/api/http.html#serverheaderstimeout
 */
export interface ServerConfig {
  /** HEADERS_TIMEOUT_MS: time to receive a request's headers, from its first byte. Default 10000. */
  headersTimeoutMs: number
  /** REQUEST_TIMEOUT_MS: time to receive a whole request (headers and body). Default 30000. */
  requestTimeoutMs: number
  /** KEEP_ALIVE_TIMEOUT_MS: how long an idle keep-alive connection stays open. Default 5000. */
  keepAliveTimeoutMs: number
  /** MAX_CONNECTIONS: open connections at most; more are closed as soon as they are accepted. Default 1000. */
  maxConnections: number
  /** SHUTDOWN_TIMEOUT_MS: after SIGTERM or SIGINT, how long requests in flight may still take before their connections are closed. Default 10000. */
  shutdownTimeoutMs: number
}

export const serverVariables = ['HEADERS_TIMEOUT_MS', 'REQUEST_TIMEOUT_MS', 'KEEP_ALIVE_TIMEOUT_MS', 'MAX_CONNECTIONS', 'SHUTDOWN_TIMEOUT_MS'] as const

const milliseconds = (max: number) => `an integer from 1 to ${max} (milliseconds)`

export function readServer(read: ConfigReader, defaults: ServerConfig): ServerConfig {
  const config: ServerConfig = {
    headersTimeoutMs: read.integer('HEADERS_TIMEOUT_MS', 1, 600_000, milliseconds(600_000)) ?? defaults.headersTimeoutMs,
    requestTimeoutMs: read.integer('REQUEST_TIMEOUT_MS', 1, 3_600_000, milliseconds(3_600_000)) ?? defaults.requestTimeoutMs,
    keepAliveTimeoutMs: read.integer('KEEP_ALIVE_TIMEOUT_MS', 1, 600_000, milliseconds(600_000)) ?? defaults.keepAliveTimeoutMs,
    maxConnections: read.integer('MAX_CONNECTIONS', 1, 1_000_000, 'an integer from 1 to 1000000 (open connections)') ?? defaults.maxConnections,
    shutdownTimeoutMs: read.integer('SHUTDOWN_TIMEOUT_MS', 0, 3_600_000, 'an integer from 0 to 3600000 (milliseconds)') ?? defaults.shutdownTimeoutMs,
  }
  // Node refuses a headers timeout longer than the request's (the headers are part of the request).
  if (config.headersTimeoutMs > config.requestTimeoutMs) {
    read.problem(`HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS (${config.headersTimeoutMs} > ${config.requestTimeoutMs})`)
  }
  return config
}
