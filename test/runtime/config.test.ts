import { describe, expect, it } from 'vitest'
import { configVariables, parseConfig } from '../../src/config/index.js'

describe('parseConfig', () => {
  it('has defaults for everything', () => {
    expect(parseConfig({})).toEqual({
      defaultGlossary: 'news',
      bodyLimit: 1_048_576,
      fallbackLanguage: undefined,
      host: '127.0.0.1',
      port: 8787,
      detector: 'eld',
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1_000,
      shutdownTimeoutMs: 10_000,
      maxChanges: 5_000,
      maxResponseBytes: 16 * 1024 * 1024,
      normalizeThreads: undefined,
      apiKeys: [],
      adminApiKeys: [],
      rateLimit: 120,
      rateLimitPeriod: 60,
      corsOrigins: [],
      webhooks: undefined,
      webhooksFile: undefined,
      glossaryDb: 'data/copydesk.db',
      glossaryRefreshMs: 10_000,
      idempotencyDbFile: undefined,
      idempotencyClaimSeconds: 120,
    })
  })

  it('reads the glossary store settings', () => {
    expect(parseConfig({})).toMatchObject({ adminApiKeys: [], glossaryDb: 'data/copydesk.db', glossaryRefreshMs: 10_000 })
    expect(parseConfig({ GLOSSARY_DB: 'none' }).glossaryDb).toBeUndefined()
    expect(parseConfig({ GLOSSARY_DB: '/var/lib/copydesk/g.db', GLOSSARY_REFRESH_MS: '0', ADMIN_API_KEYS: 'admin-0123456789abcdef' })).toMatchObject({
      glossaryDb: '/var/lib/copydesk/g.db', glossaryRefreshMs: 0, adminApiKeys: ['admin-0123456789abcdef'],
    })
  })

  it('reads the Node server\'s timeouts and connection cap, and keeps the headers timeout within the request\'s', () => {
    expect(
      parseConfig({ HEADERS_TIMEOUT_MS: '2000', REQUEST_TIMEOUT_MS: '4000', KEEP_ALIVE_TIMEOUT_MS: '1000', MAX_CONNECTIONS: '50', SHUTDOWN_TIMEOUT_MS: '0' }),
    ).toMatchObject({ headersTimeoutMs: 2000, requestTimeoutMs: 4000, keepAliveTimeoutMs: 1000, maxConnections: 50, shutdownTimeoutMs: 0 })
    expect(() => parseConfig({ HEADERS_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '4000' })).toThrow(
      'HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS (5000 > 4000)',
    )
    expect(() => parseConfig({ MAX_CONNECTIONS: '0' })).toThrow('MAX_CONNECTIONS must be an integer from 1 to 1000000 (open connections), got "0"')
  })

  it('reads every variable', () => {
    expect(
      parseConfig({ DEFAULT_GLOSSARY: 'sports', BODY_LIMIT: '2048', FALLBACK_LANGUAGE: 'ES', HOST: '0.0.0.0', PORT: '0', DETECTOR: 'franc' }),
    ).toMatchObject({ defaultGlossary: 'sports', bodyLimit: 2048, fallbackLanguage: 'es', host: '0.0.0.0', port: 0, detector: 'franc' })
    expect(
      parseConfig({
        API_KEYS: 'k1-0123456789abcdef, k2_0123456789abcdef/+~.==',
        RATE_LIMIT: '0',
        RATE_LIMIT_PERIOD: '10',
        CORS_ORIGINS: 'https://cms.example.com,http://localhost:5173',
        WEBHOOKS: '{"integrations": []}',
      }),
    ).toMatchObject({
      apiKeys: ['k1-0123456789abcdef', 'k2_0123456789abcdef/+~.=='],
      rateLimit: 0,
      rateLimitPeriod: 10,
      corsOrigins: ['https://cms.example.com', 'http://localhost:5173'],
      webhooks: { integrations: [] },
    })
    expect(parseConfig({ WEBHOOKS_FILE: '/etc/copydesk/webhooks.json', CORS_ORIGINS: '*' })).toMatchObject({ webhooksFile: '/etc/copydesk/webhooks.json', corsOrigins: ['*'] })
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
    [{ API_KEYS: 'k1-0123456789abcdef,,k3-0123456789abcdef' }, 'API_KEYS must be a comma-separated list of keys without empty entries (entry 2 of 3 is empty)'],
    [{ API_KEYS: 'k1-0123456789abcdef,' }, 'API_KEYS must be a comma-separated list of keys without empty entries (entry 2 of 2 is empty)'],
    [{ API_KEYS: 'short-key' }, 'API_KEYS must be keys of at least 16 characters (entry 1 of 1 has 9)'],
    [{ API_KEYS: 'k1-0123456789abcdef,key with spaces 0123' }, 'API_KEYS must be keys of letters, digits, "-", ".", "_", "~", "+" or "/" (entry 2 of 2 has another character)'],
    [{ API_KEYS: 'k1-0123456789abcdef,k1-0123456789abcdef' }, 'API_KEYS must be different keys (entry 2 of 2 repeats entry 1)'],
    [{ ADMIN_API_KEYS: 'short-admin' }, 'ADMIN_API_KEYS must be keys of at least 16 characters (entry 1 of 1 has 11)'],
    [{ API_KEYS: 'k1-0123456789abcdef', ADMIN_API_KEYS: 'k1-0123456789abcdef' }, 'ADMIN_API_KEYS must not repeat a key of API_KEYS (an admin key is accepted wherever an API key is)'],
    [{ GLOSSARY_REFRESH_MS: '10s' }, 'GLOSSARY_REFRESH_MS must be an integer from 0 to 3600000 (milliseconds), got "10s"'],
    [{ RATE_LIMIT: '-1' }, 'RATE_LIMIT must be an integer from 0 (no limit) to 1000000 (requests per RATE_LIMIT_PERIOD), got "-1"'],
    [{ RATE_LIMIT: '10/min' }, 'RATE_LIMIT must be an integer from 0 (no limit) to 1000000 (requests per RATE_LIMIT_PERIOD), got "10/min"'],
    [{ RATE_LIMIT_PERIOD: '0' }, 'RATE_LIMIT_PERIOD must be an integer from 1 to 86400 (seconds), got "0"'],
    [{ CORS_ORIGINS: 'https://cms.example.com/' }, 'CORS_ORIGINS must be "*" or a comma-separated list of origins such as "https://cms.example.com" (scheme, host and port only), got "https://cms.example.com/"'],
    [{ CORS_ORIGINS: 'cms.example.com' }, 'CORS_ORIGINS must be "*" or a comma-separated list of origins such as "https://cms.example.com" (scheme, host and port only), got "cms.example.com"'],
    [{ CORS_ORIGINS: 'https://CMS.example.com' }, 'CORS_ORIGINS must be "*" or a comma-separated list of origins such as "https://cms.example.com" (scheme, host and port only), got "https://CMS.example.com"'],
    [{ CORS_ORIGINS: 'ftp://cms.example.com' }, 'CORS_ORIGINS must be "*" or a comma-separated list of origins such as "https://cms.example.com" (scheme, host and port only), got "ftp://cms.example.com"'],
    [{ CORS_ORIGINS: '*,https://cms.example.com' }, 'CORS_ORIGINS must be "*" alone or a list of origins, got "*,https://cms.example.com"'],
    [{ CORS_ORIGINS: '*', API_KEYS: 'k1-0123456789abcdef' }, 'CORS_ORIGINS must list the allowed origins when API_KEYS is set, got "*"'],
    [{ WEBHOOKS: '{"integrations": [' }, 'WEBHOOKS must be a JSON document {"integrations": [...]}; it is not valid JSON (line 1, column 19)'],
    [{ WEBHOOKS: '{\n  "integrations": [],\n  "x": nope\n}' }, 'WEBHOOKS must be a JSON document {"integrations": [...]}; it is not valid JSON (line 3, column 8)'],
    [{ WEBHOOKS_FILE: 'webhooks.yaml' }, 'WEBHOOKS_FILE must be the path of a .json file, got "webhooks.yaml"'],
    [{ WEBHOOKS: '{}', WEBHOOKS_FILE: 'webhooks.json' }, 'WEBHOOKS and WEBHOOKS_FILE must not both be set: use one of them'],
  ])('refuses %j', (source, message) => {
    expect(() => parseConfig(source)).toThrow(new Error(message))
  })

  it('reports every problem at once, one a line, in the order of configVariables', () => {
    expect(() => parseConfig({ PORT: 'abc', API_KEYS: 'short-key', DETECTOR: 'cld3', WEBHOOKS: '{', WEBHOOKS_FILE: 'w.json' })).toThrow(
      new Error(
        [
          'DETECTOR must be one of "eld", "franc", got "cld3"',
          'PORT must be an integer from 0 to 65535, got "abc"',
          'API_KEYS must be keys of at least 16 characters (entry 1 of 1 has 9)',
          'WEBHOOKS and WEBHOOKS_FILE must not both be set: use one of them',
        ].join('\n'),
      ),
    )
  })

  it('never repeats an API key or the WEBHOOKS text in an error', () => {
    const secret = 'SECRET-0123456789abcdef'
    for (const source of [{ API_KEYS: `${secret},${secret}` }, { API_KEYS: `${secret},${secret.slice(0, 10)}` }, { WEBHOOKS: `{"integrations": [{"secrets": ["${secret}"]}` }]) {
      expect(() => parseConfig(source)).toThrow()
      try {
        parseConfig(source)
      } catch (error) {
        expect((error as Error).message).not.toContain('SECRET')
      }
    }
  })
})

describe('configVariables', () => {
  it('lists every variable parseConfig reads, and only those', () => {
    for (const name of configVariables) expect(() => parseConfig({ [name]: 'not valid here!' }), name).toThrow(new RegExp(`^${name} must be`))
    const others = { DEFAULTGLOSSARY: '!', BODYLIMIT: '!', FALLBACK: '!', LANGUAGE: '!', DETECTORS: '!', ADDRESS: '!' }
    expect(() => parseConfig(others)).not.toThrow()
  })
})
