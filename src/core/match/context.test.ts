import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isWordUnit } from '../text/chars.js'
import { holdingWords, neighboursAllow } from './context.js'
import type { Context } from './entry.js'

/** The words a reader sees, lower-cased, with their starts, up to `count`, to the end of the sentence: the rule as first written. */
function readerWords(context: Context, text: string, from: number, step: 1 | -1): [word: string, start: number][] {
  const out: [string, number][] = []
  let i = step > 0 ? from : from - 1
  while (i >= 0 && i < text.length && out.length < context.window) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      const at = i
      while (i >= 0 && i < text.length && isWordUnit(text.charCodeAt(i))) i += step
      out.push(step > 0 ? [text.slice(at, i).toLowerCase(), at] : [text.slice(i + 1, at + 1).toLowerCase(), i + 1])
      continue
    }
    // A sentence's end, a blank line, or a dateline's dash: a dash after a closing bracket, then a space.
    if ('.!?;…'.includes(text[i]!) || (code === 0x0a && text.charCodeAt(i + step) === 0x0a) || /\) *[-–—] $/u.test(text.slice(0, i + 2))) break
    i += step
  }
  return out
}

/** The starts of the words that hold the change, read as `reference` reads them. */
function referenceHolders(context: Context, text: string, start: number, end: number): number[] {
  const after = context.notFollowedBy ? readerWords(context, text, end, 1).filter(([w]) => context.notFollowedBy!.has(w)) : []
  const before = context.notPrecededBy ? readerWords(context, text, start, -1).filter(([w]) => context.notPrecededBy!.has(w)) : []
  return [...after, ...before].map(([, at]) => at)
}

function reference(context: Context, text: string, start: number, end: number): boolean {
  return referenceHolders(context, text, start, end).length === 0
}

// Words whose lower case is longer (İ → i̇) or differs by position (Σ), next to plain ones, and
// words as long as a word of the set with another first letter (turned away by it unread).
const word = fc.constantFrom('region', 'Region', 'REGION', 'rEGION', 'legion', 'Series', '2egion', 'oblast', 'İzmir', 'izmir', 'i̇zmir', 'ΟΔΟΣ', 'οδος', 'οδοσ', 'Kyiv', '\u212Ayiv', 'kyiv', 'said', 'a', 'İ', 'i̇', '_x', '1st')
const gap = fc.constantFrom(' ', ', ', '. ', '\n\n', ' - ', "'", '’', ' (AP) — ', ') - ', ')- ', ') -', ' – ')

describe('neighboursAllow', () => {
  it('answers as reading every word, lower-cased, would', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(word, gap), { maxLength: 12 }), fc.nat(12), fc.integer({ min: 1, max: 5 }),
      fc.array(word, { maxLength: 3 }), fc.array(word, { maxLength: 3 }),
      (parts, at, window, followed, preceded) => {
        const text = parts.flat().join('')
        const cut = Math.min(at, parts.length)
        const start = parts.slice(0, cut).flat().join('').length
        const end = Math.min(text.length, start + (parts[cut]?.[0].length ?? 0))
        const context: Context = {
          window,
          ...(followed.length > 0 ? { notFollowedBy: new Set(followed.map((w) => w.toLowerCase())) } : {}),
          ...(preceded.length > 0 ? { notPrecededBy: new Set(preceded.map((w) => w.toLowerCase())) } : {}),
        }
        expect(neighboursAllow(context, text, start, end)).toBe(reference(context, text, start, end))
        // Asked of a held name only, to tell its own other form from a word that says it is
        // something else (decide.ts): every holding word, after it, then before it nearest first.
        expect(holdingWords(context, text, start, end)).toEqual(referenceHolders(context, text, start, end))
      },
    ), { numRuns: 2000 })
  })

  it('holds a name before a word of the set in any case, a dotted capital I included', () => {
    const context: Context = { window: 2, notFollowedBy: new Set(['i̇zmir', 'region']) }
    expect(neighboursAllow(context, 'Kiev İzmir', 0, 4)).toBe(false)
    expect(neighboursAllow(context, 'Kiev REGION', 0, 4)).toBe(false)
    expect(neighboursAllow(context, 'Kiev said. Region', 0, 4)).toBe(true)
  })
})
