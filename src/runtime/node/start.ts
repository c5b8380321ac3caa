import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import type { Config } from '../../config/index.js'
import { createNodeApp, type NodeAppDeps } from './app.js'

export type NodeServerDeps = NodeAppDeps

export interface NodeServer {
  /** Base URL with the port actually bound (PORT=0 picks a free one). */
  url: string
  port: number
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  close(): Promise<void>
}

/** Serves the Copydesk app on Node at `config.host`:`config.port`. */
export function startNodeServer(config: Config, deps: NodeServerDeps): Promise<NodeServer> {
  const app = createNodeApp(config, deps)
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info: AddressInfo) => {
      server.off('error', reject)
      const host = info.address.includes(':') ? `[${info.address}]` : info.address
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()))
            // Idle keep-alive connections would hold close() open; requests in flight still finish.
            if ('closeIdleConnections' in server) server.closeIdleConnections()
          }),
      })
    })
    server.once('error', reject)
  })
}
