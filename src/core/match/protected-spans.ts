import { isWordUnit } from '../text/chars.js'

/**
 * Spans that never change: URLs, e-mail addresses, @handles, #hashtags and bare domain
 * names. "kiev.ua" or "@KievPost" are identifiers, not prose; rewriting them breaks links.
 *
 * A hand-written scan rather than one regular expression per kind: it runs on every request
 * and only wakes up at ':', '@', '#' and '.', which keeps it several times faster on long articles.
 */

const TLDS = new Set(('com org net edu gov int info biz io news tv co eu ua ru by pl de at ch es fr it pt nl be uk us ca md ge lt lv ee cz sk ro hu').split(' '))

/**
 * Where a span can be recognised; found with one regular expression, the fastest way to skip
 * prose. It leaves out what `protectedSpans` would pass over at once (a colon not followed by
 * `//`, a full stop before a space, a quote or a bracket: the end of a sentence), so the loop
 * wakes at a handful of places per article instead of at every sentence.
 */
const TRIGGERS = /:(?=\/\/)|[@#]|\.(?![\s"”’)\]])/g
const COLON = 0x3a
const AT = 0x40
const HASH = 0x23
const DOT = 0x2e
const SLASH = 0x2f

/** Characters that end a URL: whitespace, quotes and angle brackets. */
function endsUrl(code: number): boolean {
  return code <= 0x20 || code === 0x22 || code === 0x3c || code === 0x3e || code === 0x201c || code === 0x201d || code === 0xa0
}

/** Trailing punctuation belongs to the sentence, not the URL. */
function trimUrlEnd(text: string, start: number, end: number): number {
  while (end > start && '.,;:!?\'’)]'.includes(text[end - 1]!)) end--
  return end
}

/**
 * The code unit at `i`, or a space outside the text. Reading past either end with
 * `charCodeAt` gives NaN, and one NaN reaching the classifiers' typed-array lookups
 * deoptimizes them for the rest of the process (almost every article ends with a period).
 */
function unitAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 0x20
}

const isHostUnit = (code: number) => code === 0x2d || isWordUnit(code)
const isLocalUnit = (code: number) => isWordUnit(code) || code === DOT || code === 0x25 || code === 0x2b || code === 0x2d

function urlEnd(text: string, from: number): number {
  let end = from
  while (end < text.length && !endsUrl(text.charCodeAt(end))) end++
  return trimUrlEnd(text, from, end)
}

/** The dotted run of host characters around the dot at `dot`, and whether it is a host name. */
interface HostRun {
  /** The span to protect when the run is a host name (with its path), else undefined. */
  span: [number, number] | undefined
  /** Where the run ends: no other dot before it can give another answer. */
  end: number
}

function hostRun(text: string, dot: number): HostRun {
  let start = dot
  while (start > 0 && (isHostUnit(text.charCodeAt(start - 1)) || (text.charCodeAt(start - 1) === DOT && isHostUnit(unitAt(text, start - 2))))) start--
  let end = dot + 1
  while (end < text.length && (isHostUnit(text.charCodeAt(end)) || (text.charCodeAt(end) === DOT && isHostUnit(unitAt(text, end + 1))))) end++
  const lastDot = text.lastIndexOf('.', end - 1)
  const isHost = TLDS.has(text.slice(lastDot + 1, end).toLowerCase()) && !(start > 0 && (text.charCodeAt(start - 1) === AT || text.charCodeAt(start - 1) === SLASH))
  return { span: isHost ? [start, end < text.length && text.charCodeAt(end) === SLASH ? urlEnd(text, end) : end] : undefined, end }
}

/** The span starting at the trigger `code` at `i` (':', '@', '#'), or undefined. Exported for tests. */
export function spanAt(text: string, i: number, code: number): [number, number] | undefined {
  const before = i > 0 ? text.charCodeAt(i - 1) : 0x20
  switch (code) {
    case COLON: {
      if (unitAt(text, i + 1) !== SLASH || unitAt(text, i + 2) !== SLASH) return undefined
      let start = i
      while (start > 0 && /[A-Za-z0-9+.-]/.test(text[start - 1]!)) start--
      return start < i ? [start, urlEnd(text, i)] : undefined
    }
    case AT: {
      if (isLocalUnit(before) && before !== DOT) {
        let start = i
        while (start > 0 && isLocalUnit(text.charCodeAt(start - 1))) start--
        // A domain: a dot inside the host run. Not `indexOf('.', i)`, which reads on to the
        // text's next dot: 1 MiB of "a@b " with no dot read it to the end at every "@" (1.2 s).
        let dotted = false
        let end = i + 1
        while (end < text.length) {
          const code = text.charCodeAt(end)
          if (isHostUnit(code)) end++
          else if (code === DOT && isHostUnit(unitAt(text, end + 1))) {
            dotted = true
            end++
          } else break
        }
        return dotted ? [start, end] : undefined
      }
      let end = i + 1
      while (end < text.length && isWordUnit(text.charCodeAt(end))) end++
      return end > i + 1 ? [i, end] : undefined
    }
    case HASH: {
      if (isWordUnit(before) || before === 0x26) return undefined
      let end = i + 1
      while (end < text.length && isWordUnit(text.charCodeAt(end))) end++
      return end > i + 1 ? [i, end] : undefined
    }
  }
  return undefined
}

/**
 * Sorted, merged [start, end) pairs, flattened: [s0, e0, s1, e1, …]. `triggers` is for tests: a
 * global pattern matching one unit, e.g. every ':', '@', '#' and '.', to check `TRIGGERS` skips
 * only places that give no span.
 */
export function protectedSpans(text: string, triggers: RegExp = TRIGGERS): number[] {
  const found: [number, number][] = []
  triggers.lastIndex = 0
  // `test` rather than `exec`: no match array per trigger.
  while (triggers.test(text)) {
    const i = triggers.lastIndex - 1
    const code = text.charCodeAt(i)
    let span: [number, number] | undefined
    if (code === DOT) {
      if (!isHostUnit(unitAt(text, i - 1)) || !isHostUnit(unitAt(text, i + 1))) continue
      const run = hostRun(text, i)
      // The whole dotted run has one answer: skip it, or "a.b.c.…" is rescanned from every dot.
      if (run.span === undefined) {
        triggers.lastIndex = Math.max(triggers.lastIndex, run.end)
        continue
      }
      span = run.span
    } else span = spanAt(text, i, code)
    if (span === undefined) continue
    found.push(span)
    triggers.lastIndex = Math.max(triggers.lastIndex, span[1])
  }
  if (found.length === 0) return []
  // An e-mail's local part or a URL's scheme can begin before a span found earlier.
  found.sort((a, b) => a[0] - b[0])
  const merged: number[] = []
  for (const [start, end] of found) {
    const last = merged.length - 1
    if (last > 0 && start <= merged[last]!) merged[last] = Math.max(merged[last]!, end)
    else merged.push(start, end)
  }
  return merged
}
