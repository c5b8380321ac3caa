import type { Change } from '../../../src/core/api.js'
import type { NormalizedValue, TextFormat, WebhookDeps } from '../../../src/webhooks/index.js'

/**
 * A stand-in for the real core in unit tests: a few house-style replacements per language,
 * applied to the whole text ("text", "markdown") or to the text between HTML tags ("html").
 * "auto" detects Spanish by a few function words, English otherwise.
 */
const RULES: Record<string, [string, string][]> = {
  en: [['Kiev', 'Kyiv'], ['Zelenskyy', 'Zelensky']],
  es: [['Kyiv', 'Kiev'], ['Zelenskyy', 'Zelenski']],
  de: [['Kiew', 'Kyjiw']],
}

export const coveredLanguages = Object.keys(RULES)

export function fakeNormalize(value: string, format: TextFormat, language: string): NormalizedValue {
  const code = language === 'auto' ? (/\b(el|la|los|de la)\b/.test(value) ? 'es' : 'en') : language
  const rules = RULES[code] ?? []
  const changes: Change[] = []
  const prose = format === 'html' ? /<[^>]*>|[^<]+/g : /[\s\S]+/g
  let out = ''
  for (const match of value.matchAll(prose)) {
    const segment = match[0]
    const at = match.index
    if (segment.startsWith('<') && format === 'html') {
      out += segment
      continue
    }
    out += segment.replace(new RegExp(`\\b(${rules.map(([from]) => from).join('|') || '(?!)'})\\b`, 'g'), (original, _g, offset: number) => {
      const replacement = rules.find(([from]) => from === original)![1]
      changes.push({ start: at + offset, end: at + offset + original.length, original, replacement, concept: replacement.toLowerCase(), rule: 'preferred-form', language: code, preferred: replacement, status: 'applied' })
      return replacement
    })
  }
  return { value: out, changes, language: code }
}

export function fakeSupports(language: string): boolean {
  return coveredLanguages.includes(language)
}

export const fakeCore: Pick<WebhookDeps, 'normalize' | 'supports'> = { normalize: fakeNormalize, supports: fakeSupports }
