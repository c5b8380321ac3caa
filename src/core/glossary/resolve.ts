import type { Entry } from '../match/entry.js'
import type { Candidate } from './expand.js'
import type { GlossaryIssue } from './glossary-error.js'
import { hashUnits, keySlot, putPair } from '../text/hash.js'

/**
 * Candidates grouped by folded form (their `key`), the forms in the order they first came: the
 * order of a `Map` of lists, which this replaces for speed. Half a million forms made the Map's
 * lookups the compile's largest cost (a cache miss or three each, in a table of that size):
 * here a lookup is one probe of a flat table of group numbers, with the key's hash kept beside
 * it so that strings are compared only when the hashes agree. A form's one candidate (almost
 * every form) is held as is, a list made only on a collision.
 */
export class CandidatesByForm {
  /**
   * Each form's key and its candidates (one, or a list in the order they came), written by
   * index into lists allocated at the expected size and cut to `size` when read: pushed one by
   * one, half a million forms made each list grow and be copied twenty times over.
   */
  private readonly forms: string[]
  private readonly candidates: (Candidate | Candidate[])[]
  private count = 0
  /** How many candidates were added (an entry each at most). */
  added = 0
  /**
   * The groups (ascending) with a candidate that is not a keep and has a hyphen: the ones a
   * compound's spaced spelling may come from (compound.ts). Noted as a candidate comes, while
   * it is at hand: reading every candidate again for a hyphen, half a million forms almost
   * none of which has one, was a cache miss or three each.
   */
  get hyphenated(): readonly number[] {
    if (this.hyphenUnsorted) {
      // Sorted once when read, not kept sorted as they come: a splice per candidate was quadratic.
      const sorted = this.hyphenGroups.sort((a, b) => a - b)
      let n = 0
      for (let i = 0; i < sorted.length; i++) if (n === 0 || sorted[n - 1] !== sorted[i]) sorted[n++] = sorted[i]!
      sorted.length = n
      this.hyphenUnsorted = false
    }
    return this.hyphenGroups
  }

  private readonly hyphenGroups: number[] = []
  /** A group noted again, or out of order, since `hyphenated` was last read. */
  private hyphenUnsorted = false
  /**
   * Open addressing, linear probing, two slots per entry: the key's hash, then 1 + its group
   * number (0: empty). A probe reads one cache line; the key is compared only when the hashes
   * agree (`keySlot` and `putPair`, src/core/text/hash.ts).
   */
  private table: Int32Array<ArrayBuffer>

  /** `expected`: about how many forms will come (the table then never grows). */
  constructor(expected = 512) {
    let slots = 1024
    while (slots < 2 * expected) slots *= 2
    this.table = new Int32Array(2 * slots)
    this.forms = new Array<string>(expected)
    this.candidates = new Array<Candidate | Candidate[]>(expected)
  }

  get size(): number {
    return this.count
  }

  /** Each form's key, in the order the forms first came. */
  get keys(): readonly string[] {
    if (this.forms.length !== this.count) this.forms.length = this.count
    return this.forms
  }

  /** The candidates of `keys[g]`: one, or a list in the order they came. */
  get groups(): readonly (Candidate | Candidate[])[] {
    if (this.candidates.length !== this.count) this.candidates.length = this.count
    return this.candidates
  }

  /** Adds `candidate` under its key, after the others of the same key. */
  add(candidate: Candidate): void {
    const key = candidate.key
    const hash = hashKey(key)
    const at = keySlot(this.table, this.forms, hash, key)
    const group = this.table[at + 1]!
    const hyphen = candidate.entry.kind !== 'keep' && candidate.entry.form.includes('-')
    this.added++
    if (group !== 0) {
      const had = this.candidates[group - 1]!
      if (Array.isArray(had)) had.push(candidate)
      else this.candidates[group - 1] = [had, candidate]
      if (hyphen) {
        // A later candidate of a group already there: noted out of order, sorted when read.
        this.hyphenGroups.push(group - 1)
        this.hyphenUnsorted = true
      }
      return
    }
    const g = this.count++
    this.forms[g] = key
    this.candidates[g] = candidate
    if (hyphen) this.hyphenGroups.push(g)
    this.table = putPair(this.table, at, hash, g + 1)
  }

  has(key: string): boolean {
    return this.table[keySlot(this.table, this.forms, hashKey(key), key) + 1] !== 0
  }

  /** The candidates of `key`, or an empty list. */
  get(key: string): readonly Candidate[] {
    const group = this.table[keySlot(this.table, this.forms, hashKey(key), key) + 1]!
    if (group === 0) return []
    const value = this.candidates[group - 1]!
    return Array.isArray(value) ? value : [value]
  }
}

const hashKey = (key: string): number => hashUnits(key)

/**
 * Decides, per folded form, which candidates the matcher gets:
 * - two concepts claiming the same variant, or a variant that is another concept's
 *   preferred form, is an error (the editor must decide);
 * - a form derived from another language gives way to any form written for this language;
 * - two derived forms of different concepts colliding is an error too.
 */
export function resolveCandidates(byForm: CandidatesByForm, language: string, fileOf: (concept: string) => string, issues: GlossaryIssue[]): Entry[] {
  return resolveEntries(byForm, language, fileOf, issues).entries
}

/** `resolveCandidates`, with each entry's folded form (`keys[i]` for `entries[i]`). */
export function resolveEntries(
  byForm: CandidatesByForm,
  language: string,
  fileOf: (concept: string) => string,
  issues: GlossaryIssue[],
): { entries: Entry[]; keys: readonly string[] } {
  // At most one entry per candidate: the lists are allocated at that size, written by index
  // and cut to their length (pushed, half a million entries grew each list twenty times).
  // When every form has one candidate (most glossaries), the keys are the groups' own list.
  const entries = new Array<Entry>(byForm.added)
  let keys: string[] | undefined
  let n = 0
  const report = (c: Candidate, message: string) =>
    issues.push({ file: fileOf(c.entry.concept), path: c.path, message: `${message} (${language})` })
  const forms = byForm.keys
  const groups = byForm.groups
  for (let g = 0; g < forms.length; g++) {
    const key = forms[g]!
    const candidates = groups[g]!
    // Almost every form has one candidate, and one candidate has no rival: it is the entry.
    if (!Array.isArray(candidates)) {
      if (keys !== undefined) keys[n] = key
      entries[n++] = candidates.entry
      continue
    }
    if (keys === undefined) {
      keys = new Array<string>(byForm.added)
      for (let i = 0; i < n; i++) keys[i] = forms[i]!
    }
    const chosen = resolveGroup(candidates, report)
    for (let i = 0; i < chosen.length; i++) {
      keys[n] = key
      entries[n++] = chosen[i]!
    }
  }
  entries.length = n
  if (keys === undefined) return { entries, keys: forms }
  keys.length = n
  return { entries, keys }
}

/**
 * The entries of a form several candidates claim (see resolveCandidates), conflicts reported.
 * Out of line: the loop over half a million forms, almost all with one candidate, stays small
 * for the optimizing compiler (inlined, these filters, sets and spreads made the loop's
 * function take 200–500 ms of Turbofan's time, on a background thread but CPU all the same).
 */
function resolveGroup(candidates: readonly Candidate[], report: (c: Candidate, message: string) => void): Entry[] {
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
  return [...dedupe(exceptions).map((c) => c.entry), ...chosenVariants.map((c) => c.entry), ...dedupe(chosenKeeps).map((c) => c.entry)]
}

/** One candidate per (concept, form as written). */
function dedupe(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>()
  return candidates.filter((c) => {
    const key = `${c.entry.concept}\u0000${c.entry.form}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
