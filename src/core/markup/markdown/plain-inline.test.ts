import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createMarkdownParser } from './parser.js'
import { isPlainInline } from './plugin-plain-inline.js'

const withPlain = createMarkdownParser()
const parserOnly = createMarkdownParser({ plainInline: false })

/** Every printable ASCII character, the whitespace the inline rules look at, and a few beyond ASCII. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
const CHARS = [...ASCII, '\t', '\n', '\n', ' ', ' ', 'é', 'ł', 'К', '😀', '\u00a0', '\ufffd', '\u2019']
const PLAIN_CHARS = [...CHARS.filter((c) => isPlainInline(c)), 'Kiev', 'NATO', 'said', ', ', '. ']
const WORDS = ['Kiev', 'Zelenski', 'the', '*Kiev*', '_x_', '`code`', '[Kiev](https://k.example)', '![Kiev](k.png)', '<b>', '&amp;', '\\*', '~~s~~', 'www.kiev.example', 'a@b.example', '[^1]', '|']

const chunk = fc.oneof(
  fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join('')),
  fc.array(fc.constantFrom(...PLAIN_CHARS), { maxLength: 12 }).map((cs) => cs.join('')),
  fc.constantFrom(...WORDS),
)
const PREFIXES = ['', '', '', '# ', '## ', '> ', '- ', '1. ', '    ', '| ', 'Setext\n', '[^1]: ', '[ref]: /u "t"\n']
const block = fc.tuple(fc.constantFrom(...PREFIXES), fc.array(chunk, { minLength: 1, maxLength: 8 })).map(([p, cs]) => p + cs.join(''))
const TABLE = (a: string, b: string) => `| A | B |\n|---|---|\n| ${a} | ${b} |`
const document = fc.oneof(
  fc.array(block, { minLength: 1, maxLength: 5 }).map((bs) => bs.join('\n\n')),
  fc.array(block, { minLength: 1, maxLength: 5 }).map((bs) => bs.join('\n')),
  fc.tuple(block, block).map(([a, b]) => TABLE(a.replace(/\n/g, ' '), b.replace(/\n/g, ' '))),
)

describe('plain inline content skips the inline parser with the same tokens', () => {
  it('gives, for any document, the token stream of the parser alone', () => {
    fc.assert(fc.property(document, (md) => {
      expect(withPlain.parse(md)).toEqual(parserOnly.parse(md))
    }), { numRuns: 3000 })
  })

  it('gives plain paragraphs of any length and lines the parser\'s children', () => {
    const plain = fc.array(fc.constantFrom(...PLAIN_CHARS, '\n'), { minLength: 1, maxLength: 80 }).map((cs) => cs.join(''))
    fc.assert(fc.property(plain, (md) => {
      expect(withPlain.parse(md)).toEqual(parserOnly.parse(md))
    }), { numRuns: 2000 })
  })

  it('gives the same tokens on the fixtures and on news copy', () => {
    const article = readFileSync(new URL('../fixtures/article.md', import.meta.url), 'utf8')
    const seed = readFileSync(new URL('../../../../../shared/fixtures/seed-article-en.txt', import.meta.url), 'utf8')
    const hardWrapped = seed.replace(/(.{60,}?) /g, '$1\n')
    for (const md of [article, seed, hardWrapped]) expect(withPlain.parse(md)).toEqual(parserOnly.parse(md))
  })

  it('takes news prose as plain, and markup or trimmed line endings as not', () => {
    expect(isPlainInline('NATO\'s chief said: "Kyiv (Kiev) - 65% of $5bn", on 20/04 #1 = +3 {a} ^b @c.')).toBe(true)
    expect(isPlainInline('Kiev\nKharkov\t\nOdessa')).toBe(true)
    for (const s of ['*Kiev*', '_Kiev_', '`Kiev`', 'Ki\\ev', '~Kiev~', '[Kiev]', 'Kiev!', '<b>', '&amp;', 'Kiev \nKyiv', 'Kiev\n Kyiv', 'Kiev\n\tKyiv']) {
      expect(isPlainInline(s), s).toBe(false)
    }
  })
})
