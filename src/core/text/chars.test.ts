import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SPACE, foldForm, foldUnit, isSpaceUnit } from './chars.js'

/** foldForm by its definition, one code unit at a time. */
function byUnits(form: string): string {
  let out = ''
  let inSpace = false
  for (const unit of form.split('').map((c) => c.charCodeAt(0))) {
    if (isSpaceUnit(unit)) {
      inSpace = true
      continue
    }
    if (inSpace && out.length > 0) out += String.fromCharCode(SPACE)
    inSpace = false
    out += String.fromCharCode(foldUnit(unit))
  }
  return out
}

describe('foldForm', () => {
  it('lowers case, folds apostrophes and hyphens, and makes each whitespace run one space', () => {
    expect(foldForm('  Volodímir \u00a0\n Zelenski ')).toBe('volodímir zelenski')
    expect(foldForm('Kharkiv’s Kiev\u2011based')).toBe("kharkiv's kiev-based")
    expect(foldForm('DYNAMO\tKYIV')).toBe('dynamo kyiv')
  })

  it('folds ASCII and any other text exactly as the matcher walks it, unit by unit', () => {
    const units = fc.constantFrom('a', 'Z', ' ', '\t', '\n', '\u000b', '\u001f', '\u00a0', 'É', 'İ', 'ß', '’', '\u2011', 'Σ', '\u3000', '\ud83d', '-', "'")
    fc.assert(fc.property(fc.array(units, { maxLength: 30 }).map((u) => u.join('')), (form) => {
      expect(foldForm(form)).toBe(byUnits(form))
    }), { numRuns: 500 })
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (form) => {
      expect(foldForm(form)).toBe(byUnits(form))
    }), { numRuns: 500 })
  })
})
