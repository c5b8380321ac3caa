import type { Entry, VariantEntry } from '../match/entry.js'
import { foldForm, isWordUnit } from '../text/chars.js'

/** [start, end) of every run of whole words in `form` ("Dynamo-Kyiv" → Dynamo, Dynamo-Kyiv, Kyiv). */
function wordSpans(form: string): [number, number][] {
  const starts: number[] = []
  const ends: number[] = []
  for (let i = 0; i < form.length; i++) {
    const word = isWordUnit(form.charCodeAt(i))
    if (word && (i === 0 || !isWordUnit(form.charCodeAt(i - 1)))) starts.push(i)
    if (word && (i === form.length - 1 || !isWordUnit(form.charCodeAt(i + 1)))) ends.push(i + 1)
  }
  return starts.flatMap((s) => ends.filter((e) => e > s).map((e): [number, number] => [s, e]))
}

/**
 * Makes normalization idempotent where one change would complete a longer variant: German
 * "Kiew" becomes "Kyiv" in English, and "Dynamo-Kiew" would become "Dynamo-Kyiv" — itself a
 * variant of Dynamo Kyiv, changed only on a second run. For every variant that contains
 * another concept's replacement as whole words, the forms with that replacement's variants
 * in its place are added as variants too, so the longest match takes it in one run.
 */
export function closeUnderReplacement(entries: Entry[]): Entry[] {
  const byReplacement = new Map<string, VariantEntry[]>()
  const known = new Set(entries.map((e) => foldForm(e.form)))
  for (const entry of entries) {
    if (entry.kind !== 'variant') continue
    const key = foldForm(entry.replacement)
    const list = byReplacement.get(key)
    if (list) list.push(entry)
    else byReplacement.set(key, [entry])
  }
  const out = [...entries]
  let frontier = entries.filter((e): e is VariantEntry => e.kind === 'variant')
  for (let round = 0; round < 3 && frontier.length > 0; round++) {
    const added: VariantEntry[] = []
    for (const variant of frontier) {
      for (const [start, end] of wordSpans(variant.form)) {
        const inner = byReplacement.get(foldForm(variant.form.slice(start, end)))
        for (const source of inner ?? []) {
          if (source.concept === variant.concept) continue
          const form = variant.form.slice(0, start) + source.form + variant.form.slice(end)
          const key = foldForm(form)
          if (known.has(key)) continue
          known.add(key)
          added.push({ ...variant, form })
        }
      }
    }
    for (const entry of added) out.push(entry)
    frontier = added
  }
  return out
}
