import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../../bench/detect-accuracy.js'
import { countLetters, MAX_SCAN_CHARS, NOISE, prepareText, removeNoise, SAMPLE_CHARS } from './prepare.js'

describe('prepareText', () => {
  it('removes URLs, e-mail addresses, handles, hashtags and words with digits', () => {
    const { sample } = prepareText(
      'Read https://example.com/news?id=1 and www.bbc.co.uk, write to desk@paper.org or @copy_desk, #Wahl2025 #breaking, A320 5G 10km bbc.com/news in 2024',
    )
    expect(sample).toBe('Read and write to or in')
  })

  it('keeps letters of every script, accents, and apostrophes inside words only', () => {
    expect(prepareText("«L'État», c'est… ‘Київ’ — Zürich!").sample).toBe("L'État c'est Київ Zürich")
  })

  it('counts letters, not spaces or marks of punctuation', () => {
    expect(prepareText('  Ab, cd!  ')).toEqual({ sample: 'Ab cd', letters: 4 })
  })

  it('composes decomposed accents (NFC), so detectors see the usual characters', () => {
    expect(prepareText('cafe\u0301').sample).toBe('café')
  })

  it('bounds the sample, cutting between words', () => {
    const { sample } = prepareText('word '.repeat(10_000))
    expect(sample.length).toBeLessThanOrEqual(SAMPLE_CHARS)
    expect(sample.length).toBeGreaterThan(SAMPLE_CHARS - 6)
    expect(sample.endsWith('word')).toBe(true)
  })

  it('finds prose after a long run of non-letters, but scans a bounded prefix only', () => {
    expect(prepareText(`${'1234 '.repeat(1_000)}The text starts here`).sample).toBe('The text starts here')
    expect(prepareText(`${'1 '.repeat(MAX_SCAN_CHARS)}Too far`).letters).toBe(0)
  })

  it('never leaves half of a surrogate pair, even when cutting a long word', () => {
    const { sample } = prepareText('𝒜'.repeat(5_000))
    expect(sample.length).toBeLessThanOrEqual(SAMPLE_CHARS)
    expect(sample).toMatch(/^(?:\uD835\uDC9C)+$/)
  })

  it('removes noise token by token exactly as NOISE over the whole text', () => {
    // Every character NOISE's alternatives and lookarounds care about, spaces of several kinds between.
    const pieces = ['a', 'Z', 'é', 'ж', 'Ї', '5', '0', '.', '@', '#', ':', '/', '-', '_', "'", 'www.', 'http://', 'https://', '.com', '.uk', ' ', ' ', '\n', '\u00a0', '\t', 'x.y', 'A320']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(removeNoise(text)).toBe(text.replace(NOISE, ' '))
      }),
      { numRuns: 2000 },
    )
    for (const { text } of loadDataset()) expect(removeNoise(text)).toBe(text.replace(NOISE, ' '))
  })
})

describe('countLetters', () => {
  const byRegex = (text: string) => text.length - text.replace(/\p{L}/gu, '').length

  it('counts the UTF-16 units of letters as removing every \\p{L} does', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0, max: 0xffff }),
      fc.constantFrom(0x40, 0x5b, 0x60, 0x7b, 0x41, 0x5a, 0x61, 0x7a, 0xaa, 0xb5, 0xdf, 0xd7, 0x2bc, 0x301, 0xd835, 0xdc00),
    ).map((code) => String.fromCharCode(code))
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit }), fc.string({ unit: 'grapheme' }), fc.string()), (text) => {
        expect(countLetters(text)).toBe(byRegex(text))
      }),
      { numRuns: 3000 },
    )
    for (const text of ['', 'Kyiv', "l'État d’Odesa", '𝐀𝐁 math letters', 'Київ і Харків', '123 @#']) expect(countLetters(text)).toBe(byRegex(text))
  })
})

describe('prepareText without names (names: false)', () => {
  it('leaves out every word from its first capital on, and no lower-case word after a hyphen', () => {
    expect(prepareText('KYIV (Reuters) - President Zelensky said the Kyiv-based firm’s staff were safe.', 600, false).sample).toBe('said the based firm’s staff were safe')
    // The same sample whatever the names are: "Lvov-in-Kharkov" and "Lviv-in-Kharkiv" both keep "in".
    expect(prepareText('Lvov-in-Kharkov', 600, false).sample).toBe('in')
    expect(prepareText('Lviv-in-Kharkiv', 600, false).sample).toBe('in')
    expect(prepareText('of Dnipro’s', 600, false).sample).toBe('of s')
  })
})
