import { describe, expect, it } from 'vitest'
import { fromBase64Url, fromHex, hmacSha256, timingSafeEqualText, toHex, utf8, verifyHmacSha256 } from './crypto.js'

describe('crypto', () => {
  it('computes HMAC-SHA256 (RFC 4231 test case 2)', async () => {
    const mac = await hmacSha256('Jefe', utf8('what do ya want for nothing?'))
    expect(toHex(mac)).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843')
    expect(await verifyHmacSha256(['other', 'Jefe'], utf8('what do ya want for nothing?'), mac)).toBe(true)
    expect(await verifyHmacSha256(['other'], utf8('what do ya want for nothing?'), mac)).toBe(false)
    expect(await verifyHmacSha256(['Jefe'], utf8('what do ya want for nothing?'), mac.slice(0, 31))).toBe(false)
  })

  it('decodes hex and canonical base64url only', () => {
    expect(fromHex('00ff')).toEqual(new Uint8Array([0, 255]))
    expect(fromHex('0g')).toBeUndefined()
    expect(fromHex('abc')).toBeUndefined()
    expect(fromBase64Url('_-8')).toEqual(new Uint8Array([255, 239]))
    expect(fromBase64Url('_-9')).toBeUndefined()
    expect(fromBase64Url('a+b=')).toBeUndefined()
  })

  it('compares strings of any length', async () => {
    expect(await timingSafeEqualText('Bearer abc', 'Bearer abc')).toBe(true)
    expect(await timingSafeEqualText('Bearer abc', 'Bearer abcd')).toBe(false)
    expect(await timingSafeEqualText('', 'x')).toBe(false)
  })
})
