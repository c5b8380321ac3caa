import type { Entry } from '../match/entry.js'
import type { Candidate } from './expand.js'
import type { GlossaryIssue } from './glossary-error.js'
import { grownPairTable, hashUnits, keySlot, mixHash, putPair } from '../text/hash.js'
import { entryFlags, keyHash, keyWords, noteFacts, type KeyFacts } from '../match/key-facts.js'

/**
 * Re-creates the candidates a source gave (see `CandidatesByForm.add`): the same fields, in the
 * same order, from the same deterministic expansion, in new objects.
 */
export type CandidateOrigin = (source: number) => readonly Candidate[]

/**
 * Candidates grouped by folded form (their `key`), the forms in the order they first came: the
 * order of a `Map` of lists, which this replaces for speed. Half a million forms made the Map's
 * lookups the compile's largest cost (a cache miss or three each, in a table of that size):
 * here a lookup is one probe of a flat table of group numbers, with the key's hash kept beside
 * it so that strings are compared only when the hashes agree. A form's one candidate (almost
 * every form) is held as is, a list made only on a collision.
 *
 * A candidate added with its origin (the compile's own expansion: `CandidateOrigin`) is held
 * as its entry alone while no other candidate shares its form. The matcher keeps the entry
 * anyway; the candidate around it (flags, and a path string for issues) lived until the
 * entries were resolved, copied and promoted by the young generation's collections on the
 * way: half a million of each for 100,000 concepts. Where a second candidate comes, or the
 * group is read whole, the first is re-created from its origin, with the held entry.
 *
 * Forms given as entries (`addEntry`) wait, written where they go if new, and are grouped
 * together when the grouping is next read or added to (`settle`): every method reads it as if
 * each had been put as it came.
 */
export class CandidatesByForm {
  /**
   * Each form's key and its candidates (one, its entry alone, or a list in the order they
   * came), written by index into lists allocated at the expected size and cut to `size` when
   * read: pushed one by one, half a million forms made each list grow and be copied twenty
   * times over.
   */
  private readonly forms: string[]
  private readonly candidates: (Candidate | Candidate[] | undefined)[]
  /**
   * The entry of a group held as its entry alone (its candidates then undefined). A list of its
   * own, not one list of both kinds told apart by reading the held object: after a glossary
   * like news, entries come in many shapes, and a test of each (`'entry' in held`) is a
   * megamorphic lookup.
   */
  private readonly held: Entry[]
  /** Per group held as an entry alone: its candidate's source and ordinal, for `origin`. */
  private sources: Int32Array
  private ordinals: Int32Array
  /**
   * Per group, the facts of its key and first entry (see KeyFacts), noted as the key is hashed
   * and the entry read for its hyphen: the later stages then read these, not the entries.
   */
  private factFlags: Uint8Array
  private factHashes: Int32Array
  private readonly origin: CandidateOrigin | undefined
  /** The sources re-created so far: each once, however many of its forms others share. */
  private readonly recreated = new Map<number, readonly Candidate[]>()
  private count = 0
  /**
   * Forms `addEntry` wrote after the groups (columns `count` on) and `settle` has not grouped
   * yet, and those of them with a hyphen (their columns, ascending).
   */
  private pending = 0
  private readonly pendingHyphens: number[] = []
  /** `settle`'s lists, kept for its next call. */
  private probes: Probes = probeLists(0)
  /** How many groups are not one entry held alone: added with the candidate, or claimed by several. */
  private notHeld = 0
  /** How many candidates were added (an entry each at most). */
  added = 0
  /**
   * The groups (ascending) with a candidate that is not a keep and has a hyphen: the ones a
   * compound's spaced spelling may come from (compound.ts). Noted as a candidate comes, while
   * it is at hand: reading every candidate again for a hyphen, half a million forms almost
   * none of which has one, was a cache miss or three each.
   */
  get hyphenated(): readonly number[] {
    this.settle()
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

  /**
   * `expected`: about how many forms will come (the table then never grows). `origin`: how to
   * re-create a candidate added with its source and ordinal (without it, every candidate is
   * held whole).
   */
  constructor(expected = 512, origin?: CandidateOrigin) {
    let slots = 1024
    while (slots < 2 * expected) slots *= 2
    this.table = new Int32Array(2 * slots)
    this.forms = new Array<string>(expected)
    this.candidates = new Array<Candidate | Candidate[] | undefined>(expected)
    this.held = origin === undefined ? [] : new Array<Entry>(expected)
    this.origin = origin
    const origins = origin === undefined ? 0 : Math.max(16, expected)
    this.sources = new Int32Array(origins)
    this.ordinals = new Int32Array(origins)
    this.factFlags = new Uint8Array(Math.max(16, expected))
    this.factHashes = new Int32Array(Math.max(16, expected))
  }

  /** The facts of group `g`'s key and first entry (KeyFacts' flags; its hash). */
  flagsOf(g: number): number {
    this.settle()
    return this.factFlags[g]!
  }

  hashOf(g: number): number {
    this.settle()
    return this.factHashes[g]!
  }

  get size(): number {
    this.settle()
    return this.count
  }

  /** Each form's key, in the order the forms first came. */
  get keys(): readonly string[] {
    this.settle()
    if (this.forms.length !== this.count) this.forms.length = this.count
    return this.forms
  }

  /**
   * Every group's entry, in the groups' order, when each group is one entry held alone (no form
   * claimed twice, every candidate added with its origin: a glossary like the synthetic ones,
   * half a million forms): then that is what resolveEntries returns, this list itself, cut to
   * `size` (as `keys` is), and not a copy made entry by entry. Else undefined.
   */
  get heldEntries(): Entry[] | undefined {
    this.settle()
    if (this.notHeld !== 0 || this.origin === undefined) return undefined
    if (this.held.length !== this.count) this.held.length = this.count
    return this.held
  }

  /** The facts of every group's key and first entry, in the groups' order (views of the grouping's own columns). */
  get facts(): KeyFacts {
    this.settle()
    return { flags: this.factFlags.subarray(0, this.count), hashes: this.factHashes.subarray(0, this.count) }
  }

  /** The candidates of every `keys[g]` (see `group`), each held as its entry re-created. */
  get groups(): readonly (Candidate | readonly Candidate[])[] {
    this.settle()
    const out: (Candidate | readonly Candidate[])[] = []
    for (let g = 0; g < this.count; g++) out.push(this.group(g))
    return out
  }

  /** The candidates of `keys[g]`: one, or a list in the order they came. */
  group(g: number): Candidate | readonly Candidate[] {
    this.settle()
    return this.candidates[g] ?? this.whole(g)
  }

  /** The entry of `keys[g]`'s only candidate, or undefined when several share the form. */
  soleEntry(g: number): Entry | undefined {
    this.settle()
    const candidates = this.candidates[g]
    if (candidates === undefined) return this.held[g]
    return Array.isArray(candidates) ? undefined : candidates.entry
  }

  /**
   * Adds `candidate` under its key, after the others of the same key. `source` and `ordinal`,
   * with an `origin`: what re-creates it, so that it may be held as its entry alone.
   */
  add(candidate: Candidate, source = -1, ordinal = 0): void {
    this.settle()
    this.put(candidate.key, candidate.entry, candidate, source, ordinal)
  }

  /**
   * `add` of the candidate `source` gives as its `ordinal`th, given as its entry and key alone
   * (with an `origin` only): the compile's written forms, whose candidates (and their path
   * strings) are then made only for the few forms another candidate claims.
   */
  addEntry(entry: Entry, key: string, source: number, ordinal: number): void {
    const fnv = keyHash(key)
    this.addFoldedEntry(entry, key, fnv, keyWords, source, ordinal)
  }

  /** `addEntry`, given the key's FNV-1a and words as keyHash gives them (`foldedKey` notes them as it folds). */
  addFoldedEntry(entry: Entry, key: string, fnv: number, words: number, source: number, ordinal: number): void {
    if (this.origin === undefined || source < 0) throw new Error('CandidatesByForm.addEntry: no origin to re-create the candidate from')
    // Written where it goes if its form is new (most are), grouped with the others waiting
    // when the grouping is next read or added to (`settle`).
    const column = this.count + this.pending++
    if (column >= this.factFlags.length) this.growFacts()
    if (column >= this.sources.length) this.growOrigins()
    this.forms[column] = key
    this.held[column] = entry
    this.sources[column] = source
    this.ordinals[column] = ordinal
    this.factFlags[column] = entryFlags(entry) | words
    this.factHashes[column] = fnv
    if (entry.kind !== 'keep' && entry.form.includes('-')) this.pendingHyphens.push(column)
    this.added++
  }

  /**
   * Groups the forms `addEntry` wrote since the last call, as `put` would have one by one: each
   * form new (a group of its own where it was written) or another candidate of the group of an
   * equal key, earlier or among these. Half a million forms put one by one made as many probes of
   * a table of 8 MB at random places, each a miss of the core's caches (~200 ns between the
   * stage's allocations): 100 ms of the 100,000 concepts' compile, more than all else the
   * grouping does ("Round 39 — compile, resolution" in docs/performance-history.md). Taken
   * together, the forms are probed in the order of the table's region they hash to
   * (`REGION_BITS`, a counting sort by slot), so the table is read region after region, each
   * small enough to stay in cache while its forms are probed. Within a region, in the order
   * they came: of two equal keys the first finds the slot empty and takes it, the second finds
   * the first. Then the forms are numbered in the order they came, those that share a form taken
   * out of the run of new groups.
   */
  private settle(): void {
    const waiting = this.pending
    if (waiting === 0) return
    this.pending = 0
    const from = this.count
    // The table as large as it would have grown to had every form been new (putPair's bound).
    while (4 * (from + waiting) > this.table.length) this.table = grownPairTable(this.table)
    const table = this.table
    const mask = table.length - 2
    if (this.probes.found.length < waiting) this.probes = probeLists(Math.max(waiting, 2 * this.probes.found.length))
    // Per form probed, in the order probed: the column of the first form with its key (its own
    // if new), and the slot where it found that form or took one.
    const { found, slots } = this.probes
    const sorted = waiting >= MIN_SORTED_BATCH
    if (sorted) regionOrder(this.factHashes, from, waiting, table.length >>> 1, this.probes)
    const { order, hashes: sortedHashes } = this.probes
    const hashes = this.factHashes
    const forms = this.forms
    let shared = 0
    for (let i = 0; i < waiting; i++) {
      // Sorted, the forms' hashes are read in the order probed, not at their columns here and there.
      const column = from + (sorted ? order[i]! : i)
      const hash = sorted ? sortedHashes[i]! : mixHash(hashes[column]!)
      let at = (hash << 1) & mask
      for (;;) {
        const index = table[at + 1]!
        if (index === 0) {
          table[at] = hash
          table[at + 1] = column + 1
          found[i] = column
          break
        }
        if (table[at] === hash && forms[index - 1] === forms[column]) {
          found[i] = index - 1
          shared++
          break
        }
        at = (at + 2) & mask
      }
      slots[i] = at
    }
    if (shared === 0) {
      // Every form new, each a group where it was written: most runs, and the whole of a
      // glossary whose forms are all distinct.
      this.count = from + waiting
      for (let h = 0; h < this.pendingHyphens.length; h++) this.hyphenGroups.push(this.pendingHyphens[h]!)
      this.pendingHyphens.length = 0
      return
    }
    this.settleShared(from, waiting, sorted)
  }

  /**
   * `settle` where some waiting forms share a key: in the order they came, each new form is
   * moved down to its group's number and each other added to its group as `put` adds it; then
   * the slots of the forms that moved are renumbered.
   */
  private settleShared(from: number, waiting: number, sorted: boolean): void {
    const { order, found, slots } = this.probes
    // first[w]: what the probe found for waiting form w (the column of the first form with its
    // key), then its group's number.
    let first = found
    if (sorted) {
      first = new Int32Array(waiting)
      for (let i = 0; i < waiting; i++) first[order[i]!] = found[i]!
    }
    const hyphens = this.pendingHyphens
    let h = 0
    let next = from
    for (let w = 0; w < waiting; w++) {
      const column = from + w
      const to = first[w]!
      const hyphen = h < hyphens.length && hyphens[h] === column
      if (hyphen) h++
      if (to === column) {
        const g = next++
        if (g !== column) this.moveColumn(column, g)
        first[w] = g
        if (hyphen) this.hyphenGroups.push(g)
        continue
      }
      // An earlier form's key: of a group before these, or of one of these, numbered already.
      const g = to < from ? to : first[to - from]!
      first[w] = g
      const had = this.candidates[g] ?? this.whole(g)
      const made = this.recreate(this.sources[column]!, this.ordinals[column]!, this.held[column]!)
      if (Array.isArray(had)) had.push(made)
      else {
        this.candidates[g] = [had, made]
        this.notHeld++
      }
      if (hyphen) {
        this.hyphenGroups.push(g)
        this.hyphenUnsorted = true
      }
    }
    hyphens.length = 0
    this.count = next
    // A slot a new form took holds its column + 1: where the form moved, its group's number + 1.
    const table = this.table
    for (let i = 0; i < waiting; i++) {
      const w = sorted ? order[i]! : i
      const at = slots[i]!
      if (table[at + 1] === from + w + 1 && first[w] !== from + w) table[at + 1] = first[w]! + 1
    }
  }

  /** Moves what `addEntry` wrote of a form from column `from` to `to` (below it, a group's number). */
  private moveColumn(from: number, to: number): void {
    this.forms[to] = this.forms[from]!
    this.held[to] = this.held[from]!
    this.sources[to] = this.sources[from]!
    this.ordinals[to] = this.ordinals[from]!
    this.factFlags[to] = this.factFlags[from]!
    this.factHashes[to] = this.factHashes[from]!
  }


  /** `add`, the candidate given whole or (`candidate` undefined) as its entry, re-created from its origin when needed. */
  private put(key: string, entry: Entry, candidate: Candidate | undefined, source: number, ordinal: number): void {
    // hashKey's hash, from the key's FNV-1a, with whether it is one word noted on the way.
    const fnv = keyHash(key)
    const words = keyWords
    const hash = mixHash(fnv)
    const at = keySlot(this.table, this.forms, hash, key)
    const group = this.table[at + 1]!
    const hyphen = entry.kind !== 'keep' && entry.form.includes('-')
    this.added++
    if (group !== 0) {
      const had = this.candidates[group - 1] ?? this.whole(group - 1)
      const made = candidate ?? this.recreate(source, ordinal, entry)
      if (Array.isArray(had)) had.push(made)
      else {
        this.candidates[group - 1] = [had, made]
        this.notHeld++
      }
      if (hyphen) {
        // A later candidate of a group already there: noted out of order, sorted when read.
        this.hyphenGroups.push(group - 1)
        this.hyphenUnsorted = true
      }
      return
    }
    const g = this.count++
    this.forms[g] = key
    if (g >= this.factFlags.length) this.growFacts()
    this.factFlags[g] = entryFlags(entry) | words
    this.factHashes[g] = fnv
    if (source >= 0 && this.origin !== undefined) {
      if (g >= this.sources.length) this.growOrigins()
      this.sources[g] = source
      this.ordinals[g] = ordinal
      this.held[g] = entry
    } else {
      // Not held: only `add` comes here (addEntry has an origin and a source), with its candidate.
      this.candidates[g] = candidate!
      this.notHeld++
    }
    if (hyphen) this.hyphenGroups.push(g)
    this.table = putPair(this.table, at, hash, g + 1)
  }

  has(key: string): boolean {
    this.settle()
    return this.table[keySlot(this.table, this.forms, hashKey(key), key) + 1] !== 0
  }

  /** The candidates of `key`, or an empty list. */
  get(key: string): readonly Candidate[] {
    this.settle()
    const group = this.table[keySlot(this.table, this.forms, hashKey(key), key) + 1]!
    if (group === 0) return []
    const value = this.group(group - 1)
    return isCandidateList(value) ? value : [value]
  }

  /** The candidate of group `g`, held as its entry alone: re-created around that entry. */
  private whole(g: number): Candidate {
    // Only a candidate added with its origin is held as its entry (see add).
    return this.recreate(this.sources[g]!, this.ordinals[g]!, this.held[g]!)
  }

  /** The `ordinal`th candidate of `source`, re-created around `entry`, the one added. */
  private recreate(source: number, ordinal: number, entry: Entry): Candidate {
    let candidates = this.recreated.get(source)
    if (candidates === undefined) this.recreated.set(source, (candidates = this.origin!(source)))
    const made = candidates[ordinal]!
    // The held entry is the one the matcher gets: the re-created candidate carries it, not its copy.
    return { ...made, entry }
  }

  private growFacts(): void {
    const flags = new Uint8Array(2 * this.factFlags.length)
    const hashes = new Int32Array(2 * this.factHashes.length)
    flags.set(this.factFlags)
    hashes.set(this.factHashes)
    this.factFlags = flags
    this.factHashes = hashes
  }

  private growOrigins(): void {
    const sources = new Int32Array(2 * this.sources.length)
    const ordinals = new Int32Array(2 * this.ordinals.length)
    sources.set(this.sources)
    ordinals.set(this.ordinals)
    this.sources = sources
    this.ordinals = ordinals
  }
}

/**
 * The slots of the grouping's table per region that `settle` probes in turn, as a power of two:
 * 4,096 pairs, 32 KB, which stay in the core's cache (2 MB here) while the forms that hash
 * there are probed.
 */
const REGION_BITS = 12
/** Fewer waiting forms than this are probed in the order they came: sorting them costs more than their few misses. */
const MIN_SORTED_BATCH = 4096

/**
 * `settle`'s lists, per form in the order probed: the waiting form (`order`, when sorted), its
 * key's hash as the table mixes it (`hashes`), and what the probe `found` and at which slot.
 */
interface Probes {
  order: Int32Array
  hashes: Int32Array
  found: Int32Array
  slots: Int32Array
}

const probeLists = (length: number): Probes => ({ order: new Int32Array(length), hashes: new Int32Array(length), found: new Int32Array(length), slots: new Int32Array(length) })

/**
 * Writes into `probes` the waiting forms (columns `from` to `from + waiting` of `hashes`, their
 * keys' FNV-1a) in the order of the table's region their slot is in, in the order they came
 * within a region (a counting sort: stable, so the first of two equal keys is probed first),
 * each with its mixed hash.
 */
function regionOrder(hashes: Int32Array, from: number, waiting: number, slots: number, probes: Probes): void {
  const mask = slots - 1
  const starts = new Int32Array(Math.max(1, slots >>> REGION_BITS) + 1)
  for (let w = 0; w < waiting; w++) {
    const region = (mixHash(hashes[from + w]!) & mask) >>> REGION_BITS
    starts[region + 1] = starts[region + 1]! + 1
  }
  for (let r = 1; r < starts.length; r++) starts[r] = starts[r]! + starts[r - 1]!
  const { order, hashes: mixed } = probes
  for (let w = 0; w < waiting; w++) {
    const hash = mixHash(hashes[from + w]!)
    const region = (hash & mask) >>> REGION_BITS
    const i = starts[region]!
    order[i] = w
    mixed[i] = hash
    starts[region] = i + 1
  }
}

/** The candidates of a group several share, not one candidate. */
export const isCandidateList = (value: Candidate | readonly Candidate[]): value is readonly Candidate[] => Array.isArray(value)

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
): { entries: Entry[]; keys: readonly string[]; facts: KeyFacts } {
  // Every form one entry held alone: nothing to resolve, the grouping's lists are the answer.
  const held = byForm.heldEntries
  if (held !== undefined) return { entries: held, keys: byForm.keys, facts: byForm.facts }
  // At most one entry per candidate: the lists are allocated at that size, written by index
  // and cut to their length (pushed, half a million entries grew each list twenty times).
  // When every form has one candidate (most glossaries), the keys are the groups' own list.
  const entries = new Array<Entry>(byForm.added)
  const facts = { flags: new Uint8Array(byForm.added), hashes: new Int32Array(byForm.added) }
  let keys: string[] | undefined
  let n = 0
  const report = (c: Candidate, message: string) =>
    issues.push({ file: fileOf(c.entry.concept), path: c.path, message: `${message} (${language})` })
  const forms = byForm.keys
  for (let g = 0; g < forms.length; g++) {
    const key = forms[g]!
    // Almost every form has one candidate, and one candidate has no rival: it is the entry.
    const sole = byForm.soleEntry(g)
    if (sole !== undefined) {
      if (keys !== undefined) keys[n] = key
      facts.flags[n] = byForm.flagsOf(g)
      facts.hashes[n] = byForm.hashOf(g)
      entries[n++] = sole
      continue
    }
    const group = byForm.group(g)
    const candidates = isCandidateList(group) ? group : [group]
    if (keys === undefined) {
      keys = new Array<string>(byForm.added)
      for (let i = 0; i < n; i++) keys[i] = forms[i]!
    }
    const chosen = resolveGroup(candidates, report)
    for (let i = 0; i < chosen.length; i++) {
      keys[n] = key
      noteFacts(facts, n, chosen[i]!, key)
      entries[n++] = chosen[i]!
    }
  }
  entries.length = n
  const trimmed: KeyFacts = { flags: facts.flags.subarray(0, n), hashes: facts.hashes.subarray(0, n) }
  if (keys === undefined) return { entries, keys: forms, facts: trimmed }
  keys.length = n
  return { entries, keys, facts: trimmed }
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
  let agreed = usableDerived
  if (derivedOwners.length > 1) {
    // Leaks of several concepts that make the same change (Polish "Dnipro", the form of the city
    // and of the river in the other languages, becomes "Dniepr" with the same case forms for
    // either): the text comes out the same whichever is meant, and an exception, which the build
    // asked for, would silence both. The first concept's leak stands for them all.
    if (sameChange(usableDerived)) agreed = usableDerived.filter((c) => c.entry.concept === derivedOwners[0])
    else report(usableDerived[0]!, `"${usableDerived[0]!.entry.form}" comes from other languages of concepts ${derivedOwners.join(' and ')}; list it under exceptions of one of them`)
  }
  const chosenVariants = [...explicitVariants, ...dedupe(agreed)]
  const chosenKeeps = chosenVariants.length > 0 ? preferredKeeps : dedupe(keeps)
  return [...dedupe(exceptions).map((c) => c.entry), ...chosenVariants.map((c) => c.entry), ...dedupe(chosenKeeps).map((c) => c.entry)]
}

/**
 * Whether the derived variants all make the same change in every text: one replacement and rule,
 * no context, the same case forms and kind (cases.ts).
 */
function sameChange(variants: readonly Candidate[]): boolean {
  const first = variants[0]!.entry
  if (first.kind !== 'variant') return false
  const casesOf = (entry: Entry) => (entry.kind === 'variant' && entry.cases !== undefined ? JSON.stringify([entry.cases.kind, Object.entries(entry.cases.forms ?? {}).sort()]) : '')
  const cases = casesOf(first)
  return variants.every(({ entry }) => entry.kind === 'variant' && entry.replacement === first.replacement && entry.rule === first.rule && entry.context === undefined && entry.inflection === undefined && casesOf(entry) === cases)
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
