import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { glossaries } from '../../src/generated/glossaries.js'

/**
 * A piece of real copy an audit ran through the service that came out wrong (a false positive,
 * a wrong suggestion, a leak left in silence) and now comes out right, adapted from the page it
 * cites (shortened, names kept). The findings are listed whole, suggestions included, since a
 * wrong suggestion is a wrong answer too.
 */
export interface RealCopyCase {
  /** Where the copy comes from and what went wrong. */
  why: string
  text: string
  language: string
  glossary?: string
  /** The normalized text. */
  expect: string
  /** Every finding: original, replacement, status and reason (suggestions only). */
  findings: [string, string, 'applied' | 'suggested', string?][]
}

const copydesk = createCopydesk({ glossaries })

/**
 * One test per case (and per glossary of `glossaries` where the case names none; default: the
 * service's default): the normalized text, every finding, and that the output normalized again
 * applies nothing.
 */
export function describeRealCopy(title: string, cases: readonly RealCopyCase[], glossaries: readonly (string | undefined)[] = [undefined]): void {
  describe(title, () => {
    for (const c of cases) {
      for (const glossary of c.glossary === undefined ? glossaries : [c.glossary]) {
        it(glossaries.length > 1 && c.glossary === undefined ? `${c.why} (${glossary})` : c.why, () => {
          const result = copydesk.normalize({ text: c.text, language: c.language, glossary })
          expect(result.text).toBe(c.expect)
          expect(result.changes.map((f) => [f.original, f.replacement, f.status, ...(f.reason === undefined ? [] : [f.reason])])).toEqual(c.findings)
          expect(copydesk.normalize({ text: result.text, language: c.language, glossary }).changes.filter((f) => f.status === 'applied')).toEqual([])
        })
      }
    }
  })
}
