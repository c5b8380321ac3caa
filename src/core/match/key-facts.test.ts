import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldForm } from '../text/chars.js'
import { foldedHash, foldedKey, keyHash, keyWords } from './key-facts.js'

describe('foldedKey', () => {
  // The compile folds half a million written forms with it and takes the key's hash and words
  // from the same pass: they must be foldForm's key and keyHash's facts of that key, whatever the form.
  const check = (form: string) => {
    const key = foldedKey(form)
    const hash = foldedHash
    const words = keyWords
    expect(key).toBe(foldForm(form))
    expect(hash).toBe(keyHash(key))
    expect(words).toBe(keyWords)
  }

  it('is foldForm, with keyHash of the key, for any form', () => {
    const units = fc.constantFrom('A', 'z', 'Q', ' ', '  ', '-', "'", '’', 'É', 'ß', 'İ', '\t', '\u00a0', '.', '0', 'Ω', '\ud83d\ude00', '\u02bc', '~', '\u007f')
    fc.assert(fc.property(fc.array(units, { maxLength: 12 }).map((parts) => parts.join('')), check), { numRuns: 2000 })
    fc.assert(fc.property(fc.string({ maxLength: 16 }), check), { numRuns: 2000 })
  })

  it('folds the forms of a large glossary (printable ASCII, single spaces) as foldForm does', () => {
    for (const form of ['Kharkiv', 'Old Brakov Road', 'Port-au-Prince', "O'Neill", 'ZELENSKY', '', ' Kyiv', 'Kyiv ', 'Kyiv  Oblast', 'a.b', '@[`{']) check(form)
  })
})
