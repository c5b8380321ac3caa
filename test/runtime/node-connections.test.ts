import { spawn } from 'node:child_process'
import { connect, type Socket } from 'node:net'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseConfig, type ConfigSource } from '../../src/config/index.js'
import { createCopydesk } from '../../src/core/copydesk.js'
import { startNodeServer, type NodeServer } from '../../src/runtime/node/start.js'
import { tinyGlossary } from '../http/support/tiny-glossary.js'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

async function serve(env: ConfigSource): Promise<NodeServer> {
  const copydesk = createCopydesk({ glossaries: [tinyGlossary()], defaultGlossary: 'tiny' })
  return startNodeServer(parseConfig({ PORT: '0', DEFAULT_GLOSSARY: 'tiny', ...env }), { copydesk, log: () => {} })
}

/** A raw TCP client: what it was sent back, and when the server closed it. */
function rawClient(port: number): { socket: Socket; received: () => string; closed: Promise<number> } {
  const socket = connect(port, '127.0.0.1')
  let received = ''
  socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk))
  socket.on('error', () => {})
  const opened = Date.now()
  const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - opened)))
  return { socket, received: () => received, closed }
}

function parseRaw(raw: string): { status: number; headers: Map<string, string>; body: unknown } {
  const [head = '', body = ''] = raw.split('\r\n\r\n')
  const [statusLine = '', ...lines] = head.split('\r\n')
  const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]))
  return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) }
}

const started = (body: string, { expectContinue = false } = {}) =>
  `POST /v1/normalize HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${expectContinue ? 'Expect: 100-continue\r\n' : ''}\r\n`

/** The interim answer to "Expect: 100-continue": the server has read the request's headers. */
const CONTINUE = 'HTTP/1.1 100 Continue\r\n\r\n'

/** Resolves once `client` has been sent at least `text` (polled; fails the test after 10 s). */
async function receivedAtLeast(client: { received: () => string }, text: string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!client.received().startsWith(text)) {
    if (Date.now() > deadline) throw new Error(`not received: ${JSON.stringify(text)}; got ${JSON.stringify(client.received())}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('the Node server under slow and malformed clients', () => {
  it('answers a stalled body with 408 in our JSON error shape once REQUEST_TIMEOUT_MS has passed', async () => {
    const server = await serve({ HEADERS_TIMEOUT_MS: '300', REQUEST_TIMEOUT_MS: '600' })
    try {
      const client = rawClient(server.port)
      const body = JSON.stringify({ text: 'They flew to Kiev.' })
      client.socket.write(started(body) + body.slice(0, 5)) // and then nothing
      const closedAfter = await client.closed
      expect(closedAfter).toBeLessThan(10_000) // Node's default would hold it for 300 s
      const answer = parseRaw(client.received())
      expect(answer.status).toBe(408)
      expect(answer.body).toEqual({ error: { code: 'request_timeout', message: expect.stringMatching(/not received in time/), retryable: false } })
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/)
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
      expect(answer.headers.get('connection')).toBe('close')
      // The server is still there for everyone else.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it('answers headers that never end with 408, oversized headers with 431 and garbage with 400, all in JSON', async () => {
    const server = await serve({ HEADERS_TIMEOUT_MS: '300', REQUEST_TIMEOUT_MS: '5000' })
    try {
      const slow = rawClient(server.port)
      slow.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n')
      await slow.closed
      expect(parseRaw(slow.received()).status).toBe(408)

      const large = rawClient(server.port)
      large.socket.write(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: ${'a'.repeat(20_000)}\r\n\r\n`)
      await large.closed
      const tooLarge = parseRaw(large.received())
      expect(tooLarge.status).toBe(431)
      expect(tooLarge.body).toMatchObject({ error: { code: 'headers_too_large', retryable: false } })

      const garbage = rawClient(server.port)
      garbage.socket.write('HELLO\r\n\r\n')
      await garbage.closed
      const bad = parseRaw(garbage.received())
      expect(bad.status).toBe(400)
      expect(bad.body).toMatchObject({ error: { code: 'bad_request', retryable: false } })
      expect(bad.headers.get('content-security-policy')).toContain("default-src 'none'")
    } finally {
      await server.close()
    }
  })

  it('closes connections beyond MAX_CONNECTIONS as soon as they are accepted', async () => {
    const server = await serve({ MAX_CONNECTIONS: '2' })
    const clients = [rawClient(server.port), rawClient(server.port)]
    try {
      await Promise.all(clients.map((client) => new Promise((resolve) => client.socket.once('connect', resolve))))
      await new Promise((resolve) => setTimeout(resolve, 100))
      const third = rawClient(server.port)
      expect(await third.closed).toBeLessThan(5_000)
      expect(third.received()).toBe('')
      for (const client of clients) client.socket.destroy()
      await Promise.all(clients.map((client) => client.closed))
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it('on close, finishes a request in flight within the deadline and cuts a stalled one at it', async () => {
    const server = await serve({ REQUEST_TIMEOUT_MS: '60000', HEADERS_TIMEOUT_MS: '60000' })
    const body = JSON.stringify({ text: 'They flew to Kiev.' })
    const finishing = rawClient(server.port)
    const stalled = rawClient(server.port)
    // Both requests in flight before the shutdown begins: with "Expect: 100-continue" Node answers
    // "100 Continue" once it has read a request's headers (RFC 9110, 10.1.1). A fixed 100 ms wait
    // was not enough on a loaded machine (a run took 243 ms, not 800): after a stall of the event
    // loop its timers run before its reads, so the shutdown likely began before the server had
    // read the stalled request's headers, and it closed that connection as idle.
    for (const client of [finishing, stalled]) client.socket.write(started(body, { expectContinue: true }))
    await Promise.all([finishing, stalled].map((client) => receivedAtLeast(client, CONTINUE)))
    finishing.socket.write(body.slice(0, 5))
    stalled.socket.write(body.slice(0, 5))
    const closing = Date.now()
    const closed = server.close(800)
    // The first client sends the rest after the shutdown began: it is answered.
    await new Promise((resolve) => setTimeout(resolve, 200))
    finishing.socket.write(body.slice(5))
    await finishing.closed
    expect(finishing.received().slice(CONTINUE.length)).toMatch(/^HTTP\/1\.1 200 /)
    expect(finishing.received()).toContain('Kyiv')
    await closed
    const took = Date.now() - closing
    expect(took).toBeGreaterThanOrEqual(700)
    expect(took).toBeLessThan(5_000)
    await stalled.closed
    expect(stalled.received()).toBe(CONTINUE)
  })
})

describe('src/runtime/node/main.ts on SIGTERM', () => {
  it('exits 0 at SHUTDOWN_TIMEOUT_MS although a client stalls', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/runtime/node/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SHUTDOWN_TIMEOUT_MS: '1000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      let stdout = ''
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      const deadline = Date.now() + 30_000
      let match: RegExpExecArray | null
      while (!(match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stdout))) {
        if (Date.now() > deadline) throw new Error(`no listening line: ${stdout}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      const stalled = rawClient(Number(match[1]))
      const body = JSON.stringify({ text: 'They flew to Kiev.' })
      stalled.socket.write(started(body) + body.slice(0, 5))
      await new Promise((resolve) => setTimeout(resolve, 200))
      const signalled = Date.now()
      child.kill('SIGTERM')
      expect(await exit).toBe(0)
      const took = Date.now() - signalled
      expect(took).toBeGreaterThanOrEqual(900)
      expect(took).toBeLessThan(10_000)
      await stalled.closed
    } finally {
      child.kill('SIGKILL')
    }
  }, 60_000)
})
