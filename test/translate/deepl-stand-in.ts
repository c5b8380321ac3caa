import { loopbackServer } from './support.js'

/**
 * A stand-in for the DeepL API on loopback, speaking the documented parts Copydesk calls
 * through deepl-node (https://developers.deepl.com/docs/api-reference): `GET /v2/languages`
 * (`type=source|target`), `GET /v2/glossary-language-pairs`, `GET /v2/glossaries`,
 * `POST /v2/glossaries` (`name`, `source_lang`, `target_lang`, `entries` as TSV,
 * `entries_format=tsv`), and `POST /v2/translate` (`text` repeated, `source_lang`,
 * `target_lang`, `tag_handling=xml`, `ignore_tags`, `glossary_id`) answering
 * `{"translations": [{"detected_source_language", "text"}]}`. Requests are authenticated with
 * `Authorization: DeepL-Auth-Key <key>`; the errors are DeepL's: 403 (key), 456 (quota),
 * 429 (too many requests), 5xx. Bodies are read as a form (what deepl-node sends) or JSON.
 *
 * Its "translation" is a word list, enough to see what went through the engine; the content of
 * ignored tags is never touched and glossary entries are applied whole-word, as DeepL does.
 * A text containing "DROP-TAGS" comes back with its tags removed (a broken protection); a request
 * with a text containing "SHORT-ANSWER" gets one translation fewer than it sent.
 */
export interface DeeplStandIn {
  url: string
  close(): Promise<void>
  /** Requests received, as "METHOD /path". */
  requests: string[]
  /** Glossaries created: name → TSV entries. */
  glossaries: Map<string, { id: string; entries: string; source: string; target: string }>
  /** What the next requests answer instead (403, 429, 456, 500), until set back to undefined. */
  failWith: number | undefined
  /** How long /v2/translate takes to answer, in milliseconds (0 unless set). */
  delayMs: number
  /** The translate requests' parameters. */
  translateParams: URLSearchParams[]
}

export const STAND_IN_KEY = 'stand-in-key-0123456789:fx'

const WORDS: Record<string, Record<string, string>> = {
  'es-en': { el: 'the', la: 'the', de: 'of', en: 'in', presidente: 'president', visitó: 'visited', alcalde: 'mayor', y: 'and', habló: 'spoke', con: 'with', ciudad: 'city', hoy: 'now', es: 'is', grande: 'big' },
  'en-es': { the: 'el', of: 'de', in: 'en', president: 'presidente', visited: 'visitó', mayor: 'alcalde', and: 'y', spoke: 'habló', with: 'con', city: 'ciudad' },
}

export async function startDeeplStandIn(): Promise<DeeplStandIn> {
  const state = { requests: [] as string[], glossaries: new Map<string, { id: string; entries: string; source: string; target: string }>(), failWith: undefined as number | undefined, delayMs: 0, translateParams: [] as URLSearchParams[] }
  const server = await loopbackServer((req, res, body) => {
    const url = new URL(req.url ?? '/', 'http://x')
    state.requests.push(`${req.method} ${url.pathname}`)
    const send = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(value))
    }
    if (req.headers.authorization !== `DeepL-Auth-Key ${STAND_IN_KEY}`) return send(403, { message: 'Wrong auth key' })
    if (state.failWith !== undefined) return send(state.failWith, { message: `stand-in answers ${state.failWith}` })
    const params = req.headers['content-type']?.includes('json') ? new URLSearchParams(Object.entries(JSON.parse(body) as Record<string, string>)) : new URLSearchParams(body)
    if (req.method === 'GET' && url.pathname === '/v2/languages') {
      const target = url.searchParams.get('type') === 'target'
      const langs = target ? [['DE', 'German'], ['EN-GB', 'English (British)'], ['EN-US', 'English (American)'], ['ES', 'Spanish']] : [['DE', 'German'], ['EN', 'English'], ['ES', 'Spanish']]
      return send(200, langs.map(([language, name]) => ({ language, name, ...(target ? { supports_formality: false } : {}) })))
    }
    if (req.method === 'GET' && url.pathname === '/v2/glossary-language-pairs') {
      return send(200, { supported_languages: [{ source_lang: 'es', target_lang: 'en' }, { source_lang: 'en', target_lang: 'es' }, { source_lang: 'en', target_lang: 'de' }] })
    }
    const info = (name: string, g: { id: string; entries: string; source: string; target: string }) => ({
      glossary_id: g.id, name, ready: true, source_lang: g.source, target_lang: g.target, creation_time: '2026-12-04T22:00:00.000Z', entry_count: g.entries.split('\n').length,
    })
    if (req.method === 'GET' && url.pathname === '/v2/glossaries') {
      return send(200, { glossaries: [...state.glossaries].map(([name, g]) => info(name, g)) })
    }
    if (req.method === 'POST' && url.pathname === '/v2/glossaries') {
      const name = params.get('name') ?? ''
      const entries = params.get('entries') ?? ''
      if (params.get('entries_format') !== 'tsv' || !entries.split('\n').every((line) => line.split('\t').length === 2)) return send(400, { message: 'Invalid glossary entries' })
      const g = { id: `glossary-${state.glossaries.size + 1}`, entries, source: params.get('source_lang') ?? '', target: params.get('target_lang') ?? '' }
      state.glossaries.set(name, g)
      return send(201, info(name, g))
    }
    if (req.method === 'POST' && url.pathname === '/v2/translate') {
      state.translateParams.push(params)
      const from = (params.get('source_lang') ?? '').toLowerCase()
      const to = (params.get('target_lang') ?? '').toLowerCase().split('-')[0]!
      const words = WORDS[`${from}-${to}`] ?? {}
      const glossaryId = params.get('glossary_id')
      const glossary = [...state.glossaries.values()].find((g) => g.id === glossaryId)
      if (glossaryId && !glossary) return send(404, { message: 'Glossary not found' })
      const entries = (glossary?.entries.split('\n') ?? []).map((line) => line.split('\t') as [string, string]).sort((a, b) => b[0].length - a[0].length)
      const ignored = new Set((params.get('ignore_tags') ?? '').split(',').filter(Boolean))
      const translateOne = (text: string) => {
        // Outside ignored elements only: glossary entries whole-word first, then the word list.
        const parts = params.get('tag_handling') === 'xml' ? text.split(/(<(\w+)[^>]*>[^<]*<\/\2>)/u) : [text]
        let out = ''
        for (let i = 0; i < parts.length; i++) {
          const part = parts[i]!
          const tag = /^<(\w+)/u.exec(part)?.[1]
          if (tag !== undefined && ignored.has(tag)) {
            out += part
            i++ // the captured tag name
            continue
          }
          let translated = part
          for (const [source, target] of entries) translated = translated.replace(new RegExp(`(?<![\\p{L}\\p{N}])${source.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'), `\u0001${target}\u0002`)
          translated = translated.replace(/\u0001[^\u0002]*\u0002|\p{L}+/gu, (w) => {
            if (w.startsWith('\u0001')) return w.slice(1, -1)
            const t = words[w.toLowerCase()]
            return t === undefined ? w : w[0] === w[0]!.toUpperCase() ? t[0]!.toUpperCase() + t.slice(1) : t
          })
          out += translated
        }
        return text.includes('DROP-TAGS') ? out.replace(/<[^>]+>/gu, '') : out
      }
      const translations = params.getAll('text').map((t) => ({ detected_source_language: from.toUpperCase(), text: translateOne(t) }))
      // SHORT-ANSWER: one translation fewer than texts asked for (an engine's broken answer).
      if (params.getAll('text').some((t) => t.includes('SHORT-ANSWER'))) translations.pop()
      if (state.delayMs > 0) return void setTimeout(() => send(200, { translations }), state.delayMs)
      return send(200, { translations })
    }
    send(404, { message: 'Not found' })
  })
  return Object.assign(state, { url: server.url, close: server.close })
}
