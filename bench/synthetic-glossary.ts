import type { GlossarySource } from '../src/core/glossary/source.js'

const ONSETS = ['b', 'br', 'ch', 'd', 'dr', 'h', 'k', 'kh', 'l', 'm', 'n', 'p', 'r', 's', 'sh', 't', 'v', 'z', 'zh']
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'y', 'ia', 'iu']
const CODAS = ['', 'n', 'r', 'sk', 'v', 'k', 'l', 'ch']

/** A deterministic pseudo-random name generator (mulberry32), so runs are comparable. */
function names(seed: number) {
  let state = seed
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!
  return () => {
    let word = ''
    const syllables = 2 + Math.floor(next() * 3)
    for (let i = 0; i < syllables; i++) word += pick(ONSETS) + pick(NUCLEI) + pick(CODAS)
    return word[0]!.toUpperCase() + word.slice(1)
  }
}

/** A glossary of `count` invented place concepts, 3 variants and 1 exception each, in en. */
export function syntheticGlossary(count: number): GlossarySource {
  const name = names(42)
  const seen = new Set<string>()
  const fresh = () => {
    for (;;) {
      const n = name()
      if (!seen.has(n.toLowerCase())) {
        seen.add(n.toLowerCase())
        return n
      }
    }
  }
  const concepts = Array.from({ length: count }, (_, i) => {
    const preferred = fresh()
    return {
      id: `c${i}`,
      kind: 'place' as const,
      forms: { en: { preferred, variants: [fresh(), fresh(), `${fresh()} ${fresh()}`], exceptions: [`Old ${preferred} Road`] } },
    }
  })
  return { id: `synthetic-${count}`, name: 'Synthetic', fallbackLanguage: 'en', languages: ['en'], concepts }
}
