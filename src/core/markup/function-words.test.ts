import { describe, expect, it } from 'vitest'
import { functionWordLead } from './function-words.js'

describe('functionWordLead', () => {
  // A span's names are what normalizing it changes: its first run skips the ones that are the
  // copy's findings, its second reads the names they became, which are findings no more.
  it('stops after the same words whether the span’s names are skipped or read', () => {
    const names = 'Kiev, Kharkov, Odessa, Lvov, Nikolaev, Lugansk, Artemovsk, Donbass. '.repeat(3)
    const text = `"${names}the people of the city said that the army was there."`
    const skip = [...text.matchAll(/\p{Lu}\p{L}+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
    expect(functionWordLead(text, 'es', 0, text.length, skip)).toBe('en')
    // Read with them, 24 names used up the words it reads before "the" (undefined).
    expect(functionWordLead(text, 'es')).toBe('en')
  })
})
