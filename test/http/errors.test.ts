import { describe, expect, it } from 'vitest'
import { call, type ErrorBody, json } from './support/call.js'

/** The error of a response, checked for its shape; `retryable` is false for every error here (4xx). */
async function error(res: Response): Promise<Omit<ErrorBody['error'], 'retryable'>> {
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
  const body = (await json(res)) as ErrorBody
  expect(Object.keys(body)).toEqual(['error'])
  expect(Object.keys(body.error)).toEqual(['code', 'message', 'retryable'])
  const { retryable, ...rest } = body.error
  expect(retryable).toBe(false)
  return rest
}

describe('routing errors', () => {
  it('is 404 not_found for an unknown route', async () => {
    const res = await call('GET', '/v2/normalize')
    expect(res.status).toBe(404)
    expect(await error(res)).toEqual({ code: 'not_found', message: 'No route for GET /v2/normalize' })
  })

  it.each([
    ['GET', '/v1/normalize', 'POST'],
    ['PUT', '/v1/detect', 'POST'],
    ['POST', '/healthz', 'GET, HEAD'],
    ['DELETE', '/v1/glossaries', 'GET, HEAD'],
    ['POST', '/v1/glossaries/news', 'GET, HEAD, PUT'],
    ['DELETE', '/v1/glossaries/news/versions/0123456789abcd/activate', 'POST'],
  ])('is 405 method_not_allowed for %s %s, with Allow: %s', async (method, path, allow) => {
    const res = await call(method, path)
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe(allow)
    const { code, message } = await error(res)
    expect(code).toBe('method_not_allowed')
    expect(message).toContain(`${method} is not allowed on ${path}`)
  })
})

describe('400 invalid_json', () => {
  it.each([
    ['malformed JSON', '{"text": "Kiev"'],
    ['an empty body', ''],
    ['trailing garbage', '{"text": "Kiev"} x'],
    ['a JavaScript literal', "{text: 'Kiev'}"],
  ])('for %s', async (_, body) => {
    const res = await call('POST', '/v1/normalize', body)
    expect(res.status).toBe(400)
    expect(await error(res)).toEqual({ code: 'invalid_json', message: 'The request body must be valid JSON encoded as UTF-8' })
  })

  it('for bytes that are not UTF-8', async () => {
    const res = await call('POST', '/v1/normalize', new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]))
    expect(res.status).toBe(400)
    expect((await error(res)).code).toBe('invalid_json')
  })
})

describe('400 invalid_request', () => {
  it.each([['an array', [{ text: 'Kiev' }]], ['a string', 'Kiev'], ['null', null], ['a number', 42], ['a boolean', true]])(
    'when the body is %s',
    async (_, body) => {
      const res = await call('POST', '/v1/normalize', JSON.stringify(body))
      expect(res.status).toBe(400)
      expect(await error(res)).toEqual({ code: 'invalid_request', message: 'The request body must be a JSON object' })
    },
  )
})

describe('400 invalid_field', () => {
  it.each([
    ['text missing', {}, '"text" must be a string'],
    ['text a number', { text: 1 }, '"text" must be a string'],
    ['text null', { text: null }, '"text" must be a string'],
    ['text an array', { text: ['Kiev'] }, '"text" must be a string'],
    ['text with a lone surrogate', '{"text": "Kiev \\ud800"}', '"text" must be well-formed Unicode text (it contains a lone surrogate)'],
    ['text with a lone low surrogate', '{"text": "\\udc00Kiev"}', '"text" must be well-formed Unicode text (it contains a lone surrogate)'],
    ['text with reversed surrogates', '{"text": "\\udc00\\ud800"}', '"text" must be well-formed Unicode text (it contains a lone surrogate)'],
  ])('for %s', async (_, body, message) => {
    const res = await call('POST', '/v1/normalize', body)
    expect(res.status).toBe(400)
    expect(await error(res)).toEqual({ code: 'invalid_field', message })
  })

  const languageMessage =
    '"language" must be "auto" or a BCP 47 language tag whose primary subtag has 2 or 3 letters, such as "en" or "pt-BR"'
  it.each([['e n'], ['english'], [''], ['en-'], ['x-private'], ['i-klingon'], ['Auto'], ['en_US'], [`en-${'a'.repeat(80)}`]])(
    'for the language tag %j',
    async (language) => {
      const res = await call('POST', '/v1/normalize', { text: 'Kiev', language })
      expect(res.status).toBe(400)
      expect(await error(res)).toEqual({ code: 'invalid_field', message: languageMessage })
    },
  )

  it.each([[null], [1], [['en']], [{ code: 'en' }]])('for the language %j', async (language) => {
    const res = await call('POST', '/v1/normalize', { text: 'Kiev', language })
    expect(res.status).toBe(400)
    expect(await error(res)).toEqual({ code: 'invalid_field', message: languageMessage })
  })

  it.each([[''], [null], [42], ['x'.repeat(129)]])('for the glossary %j', async (glossary) => {
    const res = await call('POST', '/v1/normalize', { text: 'Kiev', glossary })
    expect(res.status).toBe(400)
    expect(await error(res)).toEqual({
      code: 'invalid_field',
      message: '"glossary" must be a glossary id: a non-empty string of at most 128 characters (see GET /v1/glossaries)',
    })
  })

  it('reports text before language before glossary', async () => {
    const res = await call('POST', '/v1/normalize', { text: 1, language: 1, glossary: 1 })
    expect((await error(res)).message).toBe('"text" must be a string')
  })
})

describe('404 unknown_glossary', () => {
  it('names the glossary and the available ones', async () => {
    const res = await call('POST', '/v1/normalize', { text: 'Kiev', glossary: 'sports' })
    expect(res.status).toBe(404)
    const { code, message } = await error(res)
    expect(code).toBe('unknown_glossary')
    expect(message).toMatch(/^Unknown glossary “sports”; available: .*news/)
  })

  it('is not confused by names of Object.prototype', async () => {
    for (const glossary of ['__proto__', 'constructor', 'toString']) {
      const res = await call('POST', '/v1/normalize', { text: 'Kiev', glossary })
      expect(res.status).toBe(404)
    }
  })
})

describe('422 unsupported_language', () => {
  it('lists the supported languages', async () => {
    const { glossaries } = await json(await call('GET', '/v1/glossaries'))
    const news = glossaries.find((g: { id: string }) => g.id === 'news')
    const res = await call('POST', '/v1/normalize', { text: 'Kiev', language: 'zu' })
    expect(res.status).toBe(422)
    const { code, message } = await error(res)
    expect(code).toBe('unsupported_language')
    expect(message).toMatch(/^The “news” glossary does not normalize “zu”; supported languages: /)
    for (const language of news.languages) expect(message).toContain(language)
  })

  it('applies to und, which is a valid tag but no language', async () => {
    const res = await call('POST', '/v1/normalize', { text: 'Kiev', language: 'und' })
    expect(res.status).toBe(422)
  })
})
