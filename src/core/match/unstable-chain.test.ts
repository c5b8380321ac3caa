import { describe, expect, it, vi } from 'vitest'
import { createCopydesk } from '../copydesk.js'
import type { GlossarySource } from '../glossary/source.js'

// A chain of unstable boundaries: "Vee" → "Rho" beside the forms "Zed Rho" and "Vee Rho". On
// "Zed Vee Vee Vee…" each change held exposes the next, and the check took a pass of the whole
// text a link: 16 KB took 3 s. Past MAX_UNSTABLE_PASSES (decide.ts) every change left is held.
// The units the candidate search reads are counted here (tests do not time).
const searched = vi.hoisted(() => ({ units: 0 }))
vi.mock('./decide.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./decide.js')>()
  return {
    ...actual,
    decide: (...args: Parameters<typeof actual.decide>) => {
      const [text, hits, language, rules, options] = args
      const rescan = options?.rescan
      const counted = rescan && { scan: (t: string) => ((searched.units += t.length), rescan.scan(t)), reach: rescan.reach.bind(rescan) }
      return actual.decide(text, hits, language, rules, { ...options, rescan: counted })
    },
  }
})

const chain: GlossarySource = {
  id: 'chain', name: 'Chain', fallbackLanguage: 'en', languages: ['en'],
  concepts: [
    { id: 'a', kind: 'organization', forms: { en: { preferred: 'Rho', variants: ['Vee'] } } },
    { id: 'z', kind: 'organization', forms: { en: { preferred: 'Zed Rho' } } },
    { id: 'h', kind: 'organization', forms: { en: { preferred: 'Vee Rho' } } },
  ],
}
const copydesk = createCopydesk({ glossaries: [chain], defaultGlossary: 'chain' })

function run(links: number) {
  const text = `Zed ${'Vee '.repeat(links)}`
  searched.units = 0
  const result = copydesk.normalize({ text, language: 'en' })
  return { text, result, units: searched.units }
}

describe('a chain of unstable boundaries', () => {
  it('holds every link, short or long, and the text normalizes to itself', () => {
    for (const links of [3, 31, 40, 300]) {
      const { text, result } = run(links)
      expect(result.text).toBe(text)
      expect(result.changes).toHaveLength(links)
      expect(result.changes.every((c) => c.status === 'suggested' && c.reason === 'unstable-boundary')).toBe(true)
    }
  })

  // Round 38: past the last pass every change left was held, those of other paragraphs too. No
  // form crosses a blank line, so only the chain's paragraph is held; the rest stays applied.
  it('holds what is left of the chain in its paragraph only', () => {
    const chainText = `Zed ${'Vee '.repeat(40)}`
    const text = `Vee was here.\n\n${chainText}\n\nVee again.`
    const result = copydesk.normalize({ text, language: 'en' })
    expect(result.text).toBe(`Rho was here.\n\n${chainText}\n\nRho again.`)
    expect(result.changes.map((c) => c.status)).toEqual(['applied', ...Array<string>(40).fill('suggested'), 'applied'])
    expect(copydesk.normalize({ text: result.text, language: 'en' }).text).toBe(result.text)
  })

  it('reads the text a bounded number of times, not once a link', () => {
    const short = run(400).units
    const long = run(1600).units
    // Four times the links: about four times the units read (sixteen when it was a pass a link).
    expect(long / short).toBeLessThan(6)
  })
})
