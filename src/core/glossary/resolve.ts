import type { Entry } from '../match/entry.js'
import type { Candidate } from './expand.js'
import type { GlossaryIssue } from './glossary-error.js'

/**
 * Decides, per folded form, which candidates the matcher gets:
 * - two concepts claiming the same variant, or a variant that is another concept's
 *   preferred form, is an error (the editor must decide);
 * - a form derived from another language gives way to any form written for this language;
 * - two derived forms of different concepts colliding is an error too.
 */
export function resolveCandidates(
  byForm: Map<string, Candidate[]>,
  language: string,
  fileOf: (concept: string) => string,
  issues: GlossaryIssue[],
  /** Filled, when given, with each entry's folded form (keys[i] for entries[i]). */
  keys?: string[],
): Entry[] {
  const entries: Entry[] = []
  const report = (c: Candidate, message: string) =>
    issues.push({ file: fileOf(c.entry.concept), path: c.path, message: `${message} (${language})` })
  for (const [key, candidates] of byForm) {
    // Almost every form has one candidate, and one candidate has no rival: it is the entry.
    if (candidates.length === 1) {
      entries.push(candidates[0]!.entry)
      keys?.push(key)
      continue
    }
    const length = entries.length
    const exceptions = candidates.filter((c) => c.entry.kind === 'exception')
    const variants = candidates.filter((c) => c.entry.kind === 'variant')
    const keeps = candidates.filter((c) => c.entry.kind === 'keep')
    const explicitOwners = new Set(candidates.filter((c) => c.explicit).map((c) => c.entry.concept))
    const explicitVariants = variants.filter((c) => c.explicit)
    const preferredKeeps = keeps.filter((c) => c.preferred)
    for (const v of explicitVariants) {
      const rival = explicitVariants.find((o) => o.entry.concept !== v.entry.concept)
      if (rival && v.entry.concept < rival.entry.concept) report(v, `variant "${v.entry.form}" is also claimed by concept ${rival.entry.concept}`)
      const owner = preferredKeeps.find((k) => k.entry.concept !== v.entry.concept)
      if (owner) report(v, `variant "${v.entry.form}" is the preferred form of concept ${owner.entry.concept}`)
    }
    // Derived variants survive only where no other concept wrote this form for this language.
    const derived = variants.filter((c) => !c.explicit && ![...explicitOwners].some((o) => o !== c.entry.concept))
    const ownExplicit = new Set(explicitVariants.map((c) => c.entry.concept))
    const usableDerived = derived.filter((c) => !ownExplicit.has(c.entry.concept) && !preferredKeeps.some((k) => k.entry.concept === c.entry.concept))
    const derivedOwners = [...new Set(usableDerived.map((c) => c.entry.concept))]
    if (derivedOwners.length > 1) {
      report(usableDerived[0]!, `"${usableDerived[0]!.entry.form}" comes from other languages of concepts ${derivedOwners.join(' and ')}; list it under exceptions of one of them`)
    }
    const chosenVariants = [...explicitVariants, ...dedupe(usableDerived)]
    const chosenKeeps = chosenVariants.length > 0 ? preferredKeeps : dedupe(keeps)
    entries.push(...dedupe(exceptions).map((c) => c.entry), ...chosenVariants.map((c) => c.entry), ...dedupe(chosenKeeps).map((c) => c.entry))
    for (let i = length; i < entries.length; i++) keys?.push(key)
  }
  return entries
}

/** One candidate per (concept, form as written). */
function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>()
  return candidates.filter((c) => {
    const key = `${c.entry.concept}\u0000${c.entry.form}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
