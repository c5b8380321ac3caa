import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { glossaries } from '../../src/generated/glossaries.js'
import type { ContextSource, GlossarySource } from '../../src/core/glossary/source.js'

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

/**
 * For each case, with `apply` confident and all: the output normalized again is the same text,
 * and reports, original, replacement and reason, exactly the findings the first run did not
 * apply (rounds 36 and 37: idempotence with a declared language).
 */
export function describeRerun(title: string, cases: readonly RealCopyCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      for (const apply of ['confident', 'all'] as const) {
        it(`${apply}: ${c.text}`, () => {
          const once = copydesk.normalize({ text: c.text, language: c.language, apply })
          const twice = copydesk.normalize({ text: once.text, language: c.language, apply })
          const left = (r: typeof once) => r.changes.filter((f) => f.status !== 'applied').map((f) => [f.original, f.replacement, f.reason])
          expect(twice.text).toBe(once.text)
          expect(twice.changes.map((f) => [f.original, f.replacement, f.reason])).toEqual(left(once))
        })
      }
    }
  })
}

/**
 * A glossary of Ukraine and Mykolaiv whose one variant, Nikolaev (French Nikolaïev), has the
 * `context` given: what the glossary format's checks of Nikolaev's context keys are fed. The
 * context is `unknown`, since those checks are fed what a YAML file may hold, valid or not.
 */
export function nikolaevGlossary(language: 'en' | 'fr', context: unknown): GlossarySource {
  const [ukraine, mykolaiv, nikolaev] = language === 'en' ? ['Ukraine', 'Mykolaiv', 'Nikolaev'] : ['Ukraine', 'Mykolaïv', 'Nikolaïev']
  return {
    id: 't', name: 'T', fallbackLanguage: language, languages: [language],
    concepts: [
      { id: 'ukraine', kind: 'place', file: 'ukraine.yaml', forms: { [language]: { preferred: ukraine } } },
      { id: 'mykolaiv', kind: 'place', file: 'mykolaiv.yaml', forms: { [language]: { preferred: mykolaiv, variants: [{ form: nikolaev, context: context as ContextSource }] } } },
    ],
  }
}
