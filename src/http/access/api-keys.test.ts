import { describe, expect, it } from 'vitest'
import { apiKeys, keyId } from './api-keys.js'

const KEY = 'first-key-0123456789abcdef'
const OTHER = 'second-key-0123456789abcdef'

describe('apiKeys', () => {
  const keys = apiKeys([KEY, OTHER])

  it('identifies a configured key by its id, never by the key', async () => {
    const id = await keyId(KEY)
    expect(id).toMatch(/^[0-9a-f]{12}$/)
    expect(await keys.identify(`Bearer ${KEY}`)).toEqual({ ok: true, keyId: id })
    expect(await keys.identify(`bearer   ${OTHER} `)).toEqual({ ok: true, keyId: await keyId(OTHER) })
    expect(id).not.toBe(await keyId(OTHER))
  })

  it.each([
    [undefined, 'missing'],
    ['', 'missing'],
    ['   ', 'missing'],
    [`Basic ${KEY}`, 'scheme'],
    [KEY, 'scheme'],
    ['Bearer', 'invalid'],
    ['Bearer ', 'invalid'],
    [`Bearer ${KEY} extra`, 'invalid'],
    [`Bearer ${KEY}x`, 'invalid'],
    [`Bearer ${KEY.slice(1)}`, 'invalid'],
    [`Bearer ${KEY.toUpperCase()}`, 'invalid'],
    [`Bearer ${'a'.repeat(2000)}`, 'invalid'],
  ])('refuses %j: %s', async (authorization, reason) => {
    expect(await keys.identify(authorization)).toEqual({ ok: false, reason })
  })

  it('has no keys when none are configured', () => {
    expect(apiKeys([]).size).toBe(0)
    expect(keys.size).toBe(2)
  })
})
