import type { Entry, VariantEntry } from '../match/entry.js'
import { SPACE, foldForm, foldUnit, isSpaceUnit, isWordUnit } from '../text/chars.js'
import { FNV_SEED, fnvStep } from '../text/hash.js'

/** A 32-bit hash of a sequence of folded code units (FNV-1a, unmixed): only a cheap, exact-if-different filter. */
function hashKey(key: string): number {
  let hash = FNV_SEED
  for (let i = 0; i < key.length; i++) hash = fnvStep(hash, key.charCodeAt(i))
  return hash
}

/** 2^20 bits (128 KB): a few per cent full with 100,000 replacements. */
const HASH_BITS = 1 << 20
const setBit = (set: Uint32Array, hash: number) => {
  const bit = hash & (HASH_BITS - 1)
  set[bit >>> 5]! |= 1 << (bit & 31)
}
const hasBit = (set: Uint32Array, hash: number): boolean => {
  const bit = hash & (HASH_BITS - 1)
  return (set[bit >>> 5]! & (1 << (bit & 31))) !== 0
}

const isWordEnd = (form: string, i: number): boolean =>
  isWordUnit(form.charCodeAt(i)) && (i === form.length - 1 || !isWordUnit(form.charCodeAt(i + 1)))

/**
 * Makes normalization idempotent where one change would complete a longer variant: German
 * "Kiew" becomes "Kyiv" in English, and "Dynamo-Kiew" would become "Dynamo-Kyiv" — itself a
 * variant of Dynamo Kyiv, changed only on a second run. For every variant that contains
 * another concept's replacement as whole words ("Dynamo-Kiew": Dynamo, Dynamo-Kiew, Kiew),
 * the forms with that replacement's variants in its place are added as variants too, so the
 * longest match takes it in one run.
 *
 * `keys[i]` is `foldForm(entries[i].form)`; the result has the keys of the added forms too.
 * Each run of whole words is folded and hashed as it is walked, allocating nothing: only a
 * run whose hash is some replacement's is sliced, folded and looked up (a few in a glossary of
 * 100,000 concepts, not millions).
 */
export function closeUnderReplacement(entries: Entry[], keys: string[] = entries.map((e) => foldForm(e.form))): { entries: Entry[]; keys: string[] } {
  const byReplacement = new Map<string, VariantEntry[]>()
  // The replacements' hashes as a bit set: a probe allocates nothing (a Set of 32-bit hashes
  // boxed most of them, one heap number per word end of half a million forms) and a false
  // positive only costs the exact lookup below.
  const hashes = new Uint32Array(HASH_BITS >>> 5)
  // A concept's variants come together and share its replacement, the same string: folded
  // and looked up once.
  let replacement: string | undefined
  let list: VariantEntry[] = []
  // Indexed loops over the half million entries: no iterator steps before the loop is optimized.
  const variants: VariantEntry[] = []
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!
    if (entry.kind !== 'variant') continue
    variants.push(entry)
    if (entry.replacement === replacement) {
      list.push(entry)
      continue
    }
    const key = foldForm((replacement = entry.replacement))
    const known = byReplacement.get(key)
    if (known !== undefined) (list = known).push(entry)
    else {
      byReplacement.set(key, (list = [entry]))
      setBit(hashes, hashKey(key))
    }
  }
  // Every key, for the rare form the closure spells: built when the first one is.
  let known: Set<string> | undefined
  const out = [...entries]
  const outKeys = [...keys]
  let frontier = variants
  for (let round = 0; round < 3 && frontier.length > 0; round++) {
    const added: VariantEntry[] = []
    for (let v = 0; v < frontier.length; v++) {
      const variant = frontier[v]!
      const form = variant.form
      for (let start = 0; start < form.length; start++) {
        if (!isWordUnit(form.charCodeAt(start)) || (start > 0 && isWordUnit(form.charCodeAt(start - 1)))) continue
        // Hash form[start, end) as foldForm would fold it (a whitespace run is one space) and
        // try each word end, in order.
        let hash = FNV_SEED
        let inSpace = false
        for (let i = start; i < form.length; i++) {
          const code = form.charCodeAt(i)
          if (isSpaceUnit(code)) {
            inSpace = true
            continue
          }
          if (inSpace) hash = fnvStep(hash, SPACE)
          inSpace = false
          hash = fnvStep(hash, foldUnit(code))
          if (!isWordEnd(form, i) || !hasBit(hashes, hash)) continue
          const end = i + 1
          const inner = byReplacement.get(foldForm(form.slice(start, end)))
          if (inner === undefined) continue
          for (const source of inner) {
            if (source.concept === variant.concept) continue
            const spelled = form.slice(0, start) + source.form + form.slice(end)
            const key = foldForm(spelled)
            known ??= new Set(keys)
            if (known.has(key)) continue
            known.add(key)
            added.push({ ...variant, form: spelled })
            outKeys.push(key)
          }
        }
      }
    }
    for (const entry of added) out.push(entry)
    frontier = added
  }
  return { entries: out, keys: outKeys }
}
