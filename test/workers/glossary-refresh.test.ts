import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { createWorkerApp } from '../../src/runtime/worker/app.js'
import { STORE, storeEnv } from '../http/support/store-env.js'

// The test-only bindings of vitest.config.ts are not in Cloudflare.Env: read by name, as unknown.
const bindings: Readonly<Record<string, unknown>> = { ...env }

// Two isolates of one Worker: two apps built by the Workers wiring over one D1 database
// (REFRESH_DB of vitest.config.ts). An activation through one reaches the other within
// GLOSSARY_REFRESH_MS: here 400 ms, by default 10 s.
const REFRESH_MS = 400
const isolate = () =>
  createWorkerApp({ ...env, ...storeEnv(), GLOSSARY_REFRESH_MS: String(REFRESH_MS), GLOSSARY_DB: bindings.REFRESH_DB }).app
const admin = { authorization: `Bearer ${STORE.admin}`, 'content-type': 'application/json' }
const request = (path: string, method = 'GET', body?: unknown) =>
  new Request(new URL(path, 'http://copydesk.test'), { method, headers: admin, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
const versionOf = async (app: ReturnType<typeof isolate>) =>
  ((await (await app.fetch(request('/v1/normalize', 'POST', { text: 'Kiev', language: 'en' }))).json()) as { glossary: { version: string } }).glossary.version

describe('a new active version reaches every isolate within GLOSSARY_REFRESH_MS', () => {
  it('is served by the other isolate once its refresh period has passed', async () => {
    const a = isolate()
    const b = isolate()
    const builtIn = await versionOf(a)
    expect(await versionOf(b)).toBe(builtIn)

    const glossary = (await (await a.fetch(request('/v1/glossaries/news'))).json()) as { name: string }
    const put = await a.fetch(request('/v1/glossaries/news', 'PUT', { ...glossary, name: 'News (desk edit)' }))
    const { version } = (await put.json()) as { version: string }
    expect((await a.fetch(request(`/v1/glossaries/news/versions/${version}/activate`, 'POST'))).status).toBe(200)

    expect(await versionOf(a)).toBe(version) // the isolate that activated serves it at once
    // The other, at the latest once its refresh period has passed. (That it keeps the version it
    // read until then is tested with a controlled clock in src/store/store.test.ts: a test here
    // cannot tell how much of the period the steps above took.)
    await new Promise((resolve) => setTimeout(resolve, REFRESH_MS + 50))
    expect(await versionOf(b)).toBe(version)
    // Two isolates each compile the glossary on their first request and again on the new
    // version: seconds of CPU on a loaded machine, past vitest's default 5 s.
  }, 60_000)
})
