import { describe, expect, it } from 'vitest'
import { configVariables, parseConfig } from '../../src/config.js'

describe('parseConfig', () => {
  it('has defaults for everything', () => {
    expect(parseConfig({})).toEqual({
      defaultGlossary: 'news',
      bodyLimit: 1_048_576,
      fallbackLanguage: undefined,
      host: '127.0.0.1',
      port: 8787,
      detector: 'eld',
    })
  })

  it('reads every variable', () => {
    expect(
      parseConfig({ DEFAULT_GLOSSARY: 'sports', BODY_LIMIT: '2048', FALLBACK_LANGUAGE: 'ES', HOST: '0.0.0.0', PORT: '0', DETECTOR: 'franc' }),
    ).toEqual({ defaultGlossary: 'sports', bodyLimit: 2048, fallbackLanguage: 'es', host: '0.0.0.0', port: 0, detector: 'franc' })
  })

  it('treats empty values as unset and trims values', () => {
    expect(parseConfig({ PORT: '', HOST: ' ', BODY_LIMIT: ' 100 ', FALLBACK_LANGUAGE: '' })).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      bodyLimit: 100,
      fallbackLanguage: undefined,
    })
  })

  it('ignores unrelated variables', () => {
    expect(parseConfig({ PATH: '/usr/bin', NODE_ENV: 'production' })).toEqual(parseConfig({}))
  })

  it.each([
    [{ PORT: 'abc' }, 'PORT must be an integer from 0 to 65535, got "abc"'],
    [{ PORT: '65536' }, 'PORT must be an integer from 0 to 65535, got "65536"'],
    [{ PORT: '-1' }, 'PORT must be an integer from 0 to 65535, got "-1"'],
    [{ PORT: '80.5' }, 'PORT must be an integer from 0 to 65535, got "80.5"'],
    [{ PORT: '0x50' }, 'PORT must be an integer from 0 to 65535, got "0x50"'],
    [{ BODY_LIMIT: '0' }, 'BODY_LIMIT must be a positive integer (bytes), got "0"'],
    [{ BODY_LIMIT: '1MB' }, 'BODY_LIMIT must be a positive integer (bytes), got "1MB"'],
    [{ BODY_LIMIT: '1e6' }, 'BODY_LIMIT must be a positive integer (bytes), got "1e6"'],
    [{ BODY_LIMIT: '99999999999999999999' }, 'BODY_LIMIT must be a positive integer (bytes), got "99999999999999999999"'],
    [{ FALLBACK_LANGUAGE: 'english' }, 'FALLBACK_LANGUAGE must be a language code of 2 or 3 letters such as "en", got "english"'],
    [{ FALLBACK_LANGUAGE: 'en-GB' }, 'FALLBACK_LANGUAGE must be a language code of 2 or 3 letters such as "en", got "en-GB"'],
    [{ DEFAULT_GLOSSARY: 'my glossary' }, 'DEFAULT_GLOSSARY must be a glossary id (letters, digits, ".", "_" or "-"), got "my glossary"'],
    [{ DETECTOR: 'cld3' }, 'DETECTOR must be one of "eld", "franc", got "cld3"'],
    [{ HOST: 'http://localhost' }, 'HOST must be a host name or IP address such as "127.0.0.1", got "http://localhost"'],
  ])('refuses %j', (source, message) => {
    expect(() => parseConfig(source)).toThrow(new Error(message))
  })
})

describe('configVariables', () => {
  it('lists every variable parseConfig reads, and only those', () => {
    for (const name of configVariables) expect(() => parseConfig({ [name]: 'not valid here!' }), name).toThrow(new RegExp(`^${name} must be`))
    const others = { DEFAULTGLOSSARY: '!', BODYLIMIT: '!', FALLBACK: '!', LANGUAGE: '!', DETECTORS: '!', ADDRESS: '!' }
    expect(() => parseConfig(others)).not.toThrow()
  })
})
