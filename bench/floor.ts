import { compileGlossary, languageTrie } from '../src/core/glossary/compile.js'
import type { GlossarySource } from '../src/core/glossary/source.js'
import { applyChanges } from '../src/core/normalize/apply-changes.js'
import type { Change } from '../src/core/normalize/change.js'
import { unifiedDiff } from '../src/core/normalize/diff.js'
import { searchPattern, TEXTS } from './normalize.js'
import { collectGarbage, mbPerSecond, table } from './timing.js'

/**
 * The floor under match + replace with `news` on this platform: what the least work per name
 * found costs, step by step, on the texts of the matching section, in the same run. Each step
 * adds one thing to the one before:
 * - `units`: every code unit read once and looked up in a 64 K table, summed without a branch:
 *   the least any matcher written in JavaScript does per unit, a typed-array automaton included;
 * - `search`: V8's regex finding every form the matcher looks for (bench/normalize.ts,
 *   searchPattern), counting them;
 * - `+ hit`: one plain object per form found ({ start, end, form });
 * - `+ replace`: each form looked up in a map of the forms (lower-cased), a change object for
 *   each variant, and the replaced text (applyChanges): match +
 *   replace with no rule at all (no casing, context, cue, exception, held variant);
 * - `+ normalize`: what full normalize returns beyond it (src/core/api.ts, NormalizeResult), no
 *   rule: each change a whole `Change` (its concept, rule, language, preferred form and status
 *   beside the four fields above), the replaced text, and the patch from the input to it as the
 *   API writes it (unifiedDiff: the hunks written from the changes, no line diff): full
 *   normalize with no rule at all;
 * - `our search`: the matcher's own search, no rule: the candidate regex, the trie walk at each
 *   stop and the passage facts (`survey`);
 * - `our match+replace`: find + apply, every rule, as in the matching section;
 * - `our normalize`: the findings with their output and the patch, every rule, as the matching
 *   section's "normalize" (createCopydesk's plain-text normalize without its language check).
 * "µs/hit" is a step's time beyond `search`, divided by the forms the search finds. Times are
 * the least CPU time of the runs within a budget (a floor is what the machine can do; the
 * median of wall times moved by half on this shared machine).
 */
export function benchFloor(source: GlossarySource): Record<string, string | number>[] {
  // The 100,000-concept glossary of the section before is collected now, not during the steps.
  collectGarbage()
  const re = searchPattern(source, 'en')
  if (re === undefined) return []
  const matcher = compileGlossary(source).matcherFor('en')!
  const replacements = new Map<string, string | null>()
  // What a change names beside its replacement: the variant's concept and rule.
  const variants = new Map<string, Pick<Change, 'concept' | 'rule'>>()
  for (const entry of languageTrie(source, 'en', () => source.id, []).trie.entries) {
    const key = entry.form.toLowerCase()
    // A variant's replacement wins over a right form or an exception spelled alike in another case.
    if (entry.kind === 'variant') {
      replacements.set(key, entry.replacement)
      variants.set(key, { concept: entry.concept, rule: entry.rule })
    } else if (!replacements.has(key)) replacements.set(key, null)
  }
  const lookup = new Uint8Array(0x10000).fill(1)
  const units = (text: string) => {
    let sum = 0
    for (let i = 0; i < text.length; i++) sum += lookup[text.charCodeAt(i)]!
    return sum
  }
  const search = (text: string) => {
    let found = 0
    re.lastIndex = 0
    while (re.exec(text) !== null) found++
    return found
  }
  const hits = (text: string) => {
    const out: { start: number; end: number; form: string }[] = []
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, form: m[0] })
    return out
  }
  const replace = (text: string) => {
    const changes: { start: number; end: number; original: string; replacement: string }[] = []
    for (const hit of hits(text)) {
      const replacement = replacements.get(hit.form.toLowerCase())
      if (replacement != null && replacement !== hit.form) changes.push({ start: hit.start, end: hit.end, original: hit.form, replacement })
    }
    return applyChanges(text, changes)
  }
  // Full normalize with no rule: the changes as the API lists them, the text, the patch.
  const normalize = (text: string) => {
    const changes: Change[] = []
    for (const hit of hits(text)) {
      const key = hit.form.toLowerCase()
      const replacement = replacements.get(key)
      if (replacement == null || replacement === hit.form) continue
      const { concept, rule } = variants.get(key)!
      changes.push({ start: hit.start, end: hit.end, original: hit.form, replacement, concept, rule, language: 'en', preferred: replacement, status: 'applied' })
    }
    const output = applyChanges(text, changes)
    return { text: output, changes, diff: unifiedDiff(text, output, changes) }
  }
  const rows: Record<string, string | number>[] = []
  for (const name of ['50 KB', '1 MB', '1 MB, seed article repeated']) {
    const text = TEXTS[name]!()
    const found = search(text)
    const times: [string, number][] = [
      ['units', leastCpu(() => units(text))],
      ['search', leastCpu(() => search(text))],
      ['+ hit', leastCpu(() => hits(text))],
      ['+ replace', leastCpu(() => replace(text))],
      ['+ normalize', leastCpu(() => normalize(text))],
      ['our search', leastCpu(() => matcher.survey(text))],
      ['our match+replace', leastCpu(() => applyChanges(text, matcher.find(text)))],
      ['our normalize', leastCpu(() => {
        const { changes, text: output } = matcher.normalize(text)
        return unifiedDiff(text, output, changes)
      })],
    ]
    const searchMs = times[1]![1]
    rows.push({
      text: name,
      'forms found': found,
      ...Object.fromEntries(times.map(([step, ms]) => [`${step} MB/s`, mbPerSecond(text.length, ms)])),
      ...Object.fromEntries(times.slice(2).map(([step, ms]) => [`${step} µs/hit`, ((ms - searchMs) * 1000) / found])),
    })
  }
  return rows
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** The least CPU time of a call of `fn`, over `budgetMs` of CPU after a warm-up. */
function leastCpu(fn: () => unknown, budgetMs = 150): number {
  for (let i = 0; i < 3; i++) fn()
  let least = Infinity
  const until = cpuMs() + budgetMs
  for (let runs = 0; runs < 3 || cpuMs() < until; runs++) {
    const start = cpuMs()
    fn()
    least = Math.min(least, cpuMs() - start)
  }
  return least
}

export function printFloor(rows: Record<string, string | number>[]): void {
  if (rows.length === 0) return
  console.log('\n## The floor per name found (news, en), least CPU time per call, all in this run\n')
  console.log(table(rows))
  console.log(
    '\nunits: every code unit read and looked up in a table, no branch; search: V8\'s regex finding every form (any case, no rule);',
    '+ hit: an object per form found; + replace: a map lookup, a change per variant and the replaced text, no rule;',
    '+ normalize: what full normalize returns, no rule: each change whole (concept, rule, language, preferred, status),',
    'the text and the patch; our search: candidate regex, trie walk and passage facts (survey); our match+replace and our',
    'normalize: every rule. µs/hit: beyond the search, per form found. 200 MB/s is 5 ms a MB for everything; 100 MB/s 10.',
  )
}
