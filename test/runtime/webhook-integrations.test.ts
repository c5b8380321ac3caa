import { mkdtempSync, writeFileSync } from 'node:fs'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createService } from '../../src/runtime/service.js'
import { startLines } from '../../src/runtime/start-lines.js'

const readFile = (path: string) => readFileSync(path, 'utf8')
const wire = { name: 'wire', provider: 'generic', secrets: [{ env: 'WIRE_SECRET' }], fields: [{ name: 'headline', format: 'text' }] }

function file(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'copydesk-')), 'webhooks.json')
  writeFileSync(path, content)
  return path
}

describe('webhook integrations at start', () => {
  it('come from WEBHOOKS, secrets from the environment', () => {
    const { integrations } = createService({ WEBHOOKS: JSON.stringify({ integrations: [wire] }), WIRE_SECRET: 's3cret-value' })
    expect(integrations).toMatchObject([{ name: 'wire', provider: 'generic', secrets: ['s3cret-value'], mode: 'report' }])
  })

  it('come from WEBHOOKS_FILE on Node', () => {
    const path = file(JSON.stringify({ integrations: [wire, { ...wire, name: 'wire-2', glossary: 'news' }] }))
    const { integrations } = createService({ WEBHOOKS_FILE: path, WIRE_SECRET: 's3cret-value' }, { readFile })
    expect(integrations.map((i) => i.name)).toEqual(['wire', 'wire-2'])
  })

  it('are none without WEBHOOKS or WEBHOOKS_FILE', () => {
    expect(createService({}).integrations).toEqual([])
  })

  it.each([
    [
      'every mistake, one a line',
      { WEBHOOKS: JSON.stringify({ integrations: [{ ...wire, mode: 'push' }, { name: 'x y', provider: 'drupal' }] }), WIRE_SECRET: 's' },
      'WEBHOOKS is invalid:\nintegrations[0] "wire": "mode" must be "report" or "write-back", got "push"\nintegrations[1]: "name" must be letters, digits, ".", "_" or "-" (at most 64), starting with a letter or digit, got "x y"\nintegrations[1]: "provider" must be one of "generic", "contentful", "sanity" or "strapi", got "drupal"\nintegrations[1]: "secrets" must be a non-empty array of secrets (strings or {"env": "NAME"}); several during a rotation\nintegrations[1]: "fields" must be a non-empty array of {"name", "format"}',
    ],
    ['a glossary that is not loaded', { WEBHOOKS: JSON.stringify({ integrations: [{ ...wire, glossary: 'sports' }] }), WIRE_SECRET: 's' }, 'WEBHOOKS is invalid:\nintegrations[0] "wire": "glossary" names "sports", which is not loaded (loaded: ap, bbc, news, reuters)'],
    ['JSON of another shape', { WEBHOOKS: '[]' }, 'WEBHOOKS is invalid:\nwebhook integrations config: must be an object {"integrations": [...]}'],
  ])('stop the service with %s', (_, env, message) => {
    expect(() => createService(env, { readFile })).toThrow(new Error(message))
  })

  it('are reported with the other configuration problems, all at once', () => {
    const env = { PORT: 'eighty', WEBHOOKS: JSON.stringify({ integrations: [{ ...wire, mode: 'push' }] }), WIRE_SECRET: 's' }
    expect(() => createService(env)).toThrow(
      new Error('PORT must be an integer from 0 to 65535, got "eighty"\nWEBHOOKS is invalid:\nintegrations[0] "wire": "mode" must be "report" or "write-back", got "push"'),
    )
  })

  it('stop the service when WEBHOOKS_FILE cannot be read or is not JSON', () => {
    expect(() => createService({ WEBHOOKS_FILE: '/nonexistent/webhooks.json' }, { readFile })).toThrow(new Error('WEBHOOKS_FILE "/nonexistent/webhooks.json" could not be read (ENOENT)'))
    const path = file('{\n  "integrations": [\n    {"name": "wire",}\n  ]\n}')
    expect(() => createService({ WEBHOOKS_FILE: path }, { readFile })).toThrow(new Error(`WEBHOOKS_FILE (${path}) must be a JSON document {"integrations": [...]}; it is not valid JSON (line 3, column 21)`))
    const invalid = file(JSON.stringify({ integrations: [{ ...wire, fields: [] }] }))
    expect(() => createService({ WEBHOOKS_FILE: invalid, WIRE_SECRET: 's' }, { readFile })).toThrow(new Error(`WEBHOOKS_FILE (${invalid}) is invalid:\nintegrations[0] "wire": "fields" must be a non-empty array of {"name", "format"}`))
  })
})

describe('start lines', () => {
  // Three services, each compiling the glossaries (seconds on a busy machine): no 5 s default.
  it('say whether the service is open, and name the integrations', { timeout: 60_000 }, () => {
    expect(startLines(createService({}))).toEqual(['Copydesk is open: API_KEYS is not set, every /v1 route answers without a key'])
    expect(startLines(createService({ API_KEYS: 'only-key-0123456789abcdef' }))).toEqual(['Copydesk requires an API key (1 key)'])
    const service = createService({ API_KEYS: 'key-one-0123456789abcdef,key-two-0123456789abcdef', WEBHOOKS: JSON.stringify({ integrations: [wire] }), WIRE_SECRET: 's3cret-value' })
    const lines = startLines(service)
    expect(lines).toEqual(['Copydesk requires an API key (2 keys)', 'Copydesk webhooks: wire (generic, report)'])
    expect(lines.join('\n')).not.toMatch(/key-one|s3cret/)
  })
})
