import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Segment } from '../../src/core/markup/index.js'
import { joinUnits, segmentAt, splitUnits } from '../../src/translate/units.js'

describe('segmentAt', () => {
  // It searched from the first segment for every offset asked: 400 KB of HTML prose with
  // thousands of character references before thousands of names took 1.6 s to translate.
  it('finds the segment the search from the first one found, for every offset of a run', () => {
    // Runs are contiguous; gaps too, so that the answer is the search's for any run in order.
    const lengths = fc.array(fc.tuple(fc.nat({ max: 4 }), fc.constantFrom(0, 0, 0, 1, 2)), { minLength: 1, maxLength: 30 })
    fc.assert(fc.property(lengths, fc.nat({ max: 5 }), (sizes, base) => {
      let at = base
      const run: Segment[] = sizes.map(([n, gap], k) => {
        const segment: Segment = { kind: k % 2 === 0 ? 'text' : 'ref', start: at * 2, end: at * 2 + n * 2, text: 'x'.repeat(n), at }
        at += n + gap
        return segment
      })
      for (let p = base; p <= at + 1; p++) {
        expect(segmentAt(run, p)).toBe(run.find((s) => p >= s.at && p < s.at + s.text.length) ?? run[run.length - 1]!)
      }
    }), { numRuns: 2000 })
  })
})

describe('splitUnits', () => {
  it('maps every offset of a long HTML unit of character references back to its source', () => {
    const source = `<p>${'Kiev &amp; '.repeat(3000)}Kiev</p>`
    const [unit] = splitUnits(source, 'html')
    expect(unit!.text).toBe(`${'Kiev & '.repeat(3000)}Kiev`)
    for (let k = 0; k <= 3000; k++) {
      const i = k * 'Kiev & '.length
      expect(source.slice(unit!.sourceOffset(i), unit!.sourceOffset(i + 4))).toBe('Kiev')
    }
    // Inside a reference: its start; after the text: the unit's end.
    expect(unit!.sourceOffset(5)).toBe(3 + 5)
    expect(unit!.sourceOffset(unit!.text.length)).toBe(source.length - '</p>'.length)
  })

  // "**Kiev**'s city hall" in Spanish came back "**Kiev**sala de ciudad": the possessive is a run
  // of its own, and the language has none.
  it('writes a run that lost its opening possessive apart from the markup before it', () => {
    const source = "**Kiev**'s city hall and **Kyiv**’s mayor, **Kiev**'s."
    const units = splitUnits(source, 'markdown')
    expect(units.map((u) => u.text)).toEqual(['Kiev', "'s city hall and", 'Kyiv', '’s mayor,', 'Kiev', "'s."])
    expect(joinUnits(source, units, ['Kiev', 'sala de ciudad y', 'Kiev', '’s alcalde,', 'Kiev', '.'])).toBe('**Kiev** sala de ciudad y **Kiev**’s alcalde, **Kiev**.')
  })

  it('lists the units in source order, attributes before the text of their element', () => {
    const source = '<p>By <a title="Posts by Kiev" href="/k">the Kiev desk</a>, <img src="x.jpg" alt="Kiev"> ok</p>'
    const units = splitUnits(source, 'html')
    expect(units.map((u) => source.slice(u.start, u.end))).toEqual(['By', 'Posts by Kiev', 'the Kiev desk', 'Kiev', 'ok'])
  })

  // Apertium wrote "The **Mayor** Of Kharkiv": each run went as if it started a sentence.
  it('says which units continue a sentence begun before them in their block', () => {
    const continues = (source: string, format: 'markdown' | 'html' | 'text') => splitUnits(source, format).map((u) => [u.text, u.continues])
    expect(continues('El **alcalde** de Járkov dijo. **Kiev** resiste.', 'markdown')).toEqual([
      ['El', false], ['alcalde', true], ['de Járkov dijo.', true], ['Kiev', false], ['resiste.', true],
    ])
    expect(continues('<p>The <b>mayor</b> said “no.” <a href="/x">City</a> hall</p><p><i>Kyiv</i> is</p>', 'html')).toEqual([
      ['The', false], ['mayor', true], ['said “no.”', true], ['City', false], ['hall', true], ['Kyiv', false], ['is', true],
    ])
    // Markup without prose before it starts nothing; a new block starts afresh; plain text never continues.
    expect(continues('# Kyiv `x` now\n\n`y` Kharkiv', 'markdown')).toEqual([['Kyiv', false], ['now', true], ['Kharkiv', false]])
    expect(continues('Kyiv\n\nKharkiv', 'text')).toEqual([['Kyiv', false], ['Kharkiv', false]])
  })
})
