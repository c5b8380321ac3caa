import { BlockBuilder } from '../block-builder.js'
import type { FrontMatterEscape, ProseBlock } from '../types.js'
import { trimEnd, type UnreadSpan } from './unread.js'

/**
 * The keys whose value a site shows to readers as text: the page's title and its summary. Hugo
 * reads `title`, `linkTitle`, `description` and `summary` (https://gohugo.io/content-management/front-matter/,
 * keys case-insensitive), Jekyll `title`, `description` and `excerpt`
 * (https://jekyllrb.com/docs/front-matter/, https://jekyllrb.com/docs/posts/#post-excerpts);
 * `subtitle` and `headline` are common in news themes. Other keys (tags, slugs, dates, layouts)
 * name things a site links to, not prose: they never change.
 */
const PROSE_KEYS = new Set(['title', 'linktitle', 'subtitle', 'headline', 'description', 'summary', 'excerpt'])

/** A top-level key and what follows its separator, on one line of YAML (`key: value`) or TOML (`key = value`). */
const YAML_KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?=[ \t]|$)[ \t]*/
const TOML_KEY = /^([A-Za-z_][\w-]*)[ \t]*=[ \t]*/

/** A YAML block scalar's header (https://yaml.org/spec/1.2.2/#81-block-scalar-headers), a TOML multi-line string's opening: a line with no text of the value. */
const BLOCK_HEADER = /^[|>][-+1-9]{0,2}[ \t]*(?:#.*)?$/
const MULTILINE_OPENING = /^(?:"""|''')[ \t]*$/

/** YAML double-quoted escapes that show one character (https://yaml.org/spec/1.2.2/#57-escaped-characters). */
const YAML_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', t: '\t', '\t': '\t', n: '\n', r: '\r', b: '\b', f: '\f', ' ': ' ', '0': '\0', a: '\x07', e: '\x1b', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029' }
/** TOML basic-string escapes (https://toml.io/en/v1.0.0#string). */
const TOML_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', t: '\t', n: '\n', r: '\r', b: '\b', f: '\f' }

/**
 * The prose values of a document's front matter, `source[start, end)` (the fences included, as
 * source.ts's frontMatterEnd finds them): one block per value of a PROSE_KEYS key at the top
 * level, written on its own line (plain, single- or double-quoted in YAML; basic or literal
 * strings in TOML). A prose value written otherwise (over several lines, a block scalar, a
 * multi-line string, a list) is not read and said so (`front-matter`), never passed over.
 */
export function readFrontMatter(source: string, start: number, end: number): { blocks: ProseBlock[]; unread: UnreadSpan[] } {
  const blocks: ProseBlock[] = []
  const unread: UnreadSpan[] = []
  if (end <= start) return { blocks, unread }
  const syntax = source.startsWith('+++', start) ? 'toml' : 'yaml'
  const lines = linesOf(source, start, end)
  // The fences are the first and last lines; a TOML table header ends the top level.
  const body = lines.length - 1
  for (let k = 1; k < body; k++) {
    const [from, to] = lines[k]!
    const line = source.slice(from, to)
    if (syntax === 'toml' && line.startsWith('[')) break
    const key = (syntax === 'yaml' ? YAML_KEY : TOML_KEY).exec(line)
    if (key === null) continue
    const at = from + key[0].length
    // The last line of the value: where a quoted one closes, whatever the indent of the lines
    // it goes on over (none of them is a key); in YAML, the indented or blank lines after it.
    let last = k
    const close = quoteEnd(source, syntax === 'yaml' ? yamlValueStart(source, lines, k, at, body) : at, lines[body - 1]![1], syntax)
    while (last + 1 < body && close > lines[last]![1]) last++
    if (syntax === 'yaml') {
      for (let j = last + 1; j < body && continues(source, lines[j]!); j++) if (firstNonSpace(source, lines[j]![0], lines[j]![1]) < lines[j]![1]) last = j
    }
    if (!PROSE_KEYS.has(key[1]!.toLowerCase())) {
      k = last
      continue
    }
    const value = last === k ? (syntax === 'yaml' ? yamlValue(source, at, to) : tomlValue(source, at, to)) : undefined
    if (value !== undefined) {
      if (value.block !== undefined) blocks.push(value.block)
      continue
    }
    // Not a one-line scalar: said, from the value's text (past a line that only opens it, a
    // block scalar's `>-` or a multi-line string's quotes, which the message would quote alone)
    // to the end of its last line.
    const spanEnd = lines[last]![1]
    const header = last > k && (syntax === 'yaml' ? BLOCK_HEADER : MULTILINE_OPENING).test(source.slice(at, to))
    const first = firstNonSpace(source, header ? lines[k + 1]![0] : at, spanEnd)
    if (first < spanEnd) unread.push({ start: first, end: trimEnd(source, first, spanEnd), reason: 'front-matter' })
    k = last
  }
  return { blocks, unread }
}

/**
 * Where a quoted value that starts at `at` ends (after its closing quote, or `end` if it never
 * closes); `at` itself where the value is not quoted. YAML: '…' (a quote doubled inside) or
 * "…" (backslash escapes), which may go on over several lines; TOML: only """…""" and '''…'''
 * may (https://toml.io/en/v1.0.0#string).
 */
function quoteEnd(source: string, at: number, end: number, syntax: 'yaml' | 'toml'): number {
  const c = source[at]
  if (c !== '"' && c !== "'") return at
  if (syntax === 'toml') {
    const triple = c.repeat(3)
    if (!source.startsWith(triple, at)) return at
    for (let i = at + 3; i < end; i++) {
      if (c === '"' && source[i] === '\\') i++
      else if (source.startsWith(triple, i)) {
        // Up to two more quotes belong to the string (https://toml.io/en/v1.0.0#string).
        let j = i + 3
        while (j < end && j < i + 5 && source[j] === c) j++
        return j
      }
    }
    return end
  }
  for (let i = at + 1; i < end; i++) {
    if (c === '"' && source[i] === '\\') i++
    else if (source[i] === c) {
      if (c === "'" && source[i + 1] === "'") i++
      else return i + 1
    }
  }
  return end
}

/**
 * Where the YAML value of the key on line `k` starts: after the key, or, with nothing on its line
 * but a comment, on the first indented line after it with more than a comment. A quoted value may open there and run on
 * over lines that look like keys: "slug:", then "  '", then "title: Kiev''" is one slug, which
 * read from the key's line was a title, and its "Kiev" was changed (the metadata properties test,
 * seed -995853343).
 */
function yamlValueStart(source: string, lines: readonly [number, number][], k: number, at: number, body: number): number {
  const first = firstNonSpace(source, at, lines[k]![1])
  if (first < lines[k]![1] && source[first] !== '#') return at
  for (let j = k + 1; j < body && continues(source, lines[j]!); j++) {
    const start = firstNonSpace(source, lines[j]![0], lines[j]![1])
    if (start < lines[j]![1] && source[start] !== '#') return start
  }
  return at
}

/** [start, end) of each line of source[start, end), without its line ending. */
function linesOf(source: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = []
  let i = start
  while (i < end) {
    let j = i
    while (j < end && source[j] !== '\n' && source[j] !== '\r') j++
    out.push([i, j])
    i = j + (source.startsWith('\r\n', j) ? 2 : 1)
  }
  return out
}

/** Blank, or indented: a line that may go on with the value of the key above it. */
function continues(source: string, [from, to]: [number, number]): boolean {
  for (let i = from; i < to; i++) if (source[i] !== ' ' && source[i] !== '\t') return i > from
  return true
}

function firstNonSpace(source: string, i: number, end: number): number {
  while (i < end && (source[i] === ' ' || source[i] === '\t' || source[i] === '\n' || source[i] === '\r')) i++
  return i
}

/** After a value on its line: nothing, or a comment. */
function restIsEmpty(source: string, i: number, end: number): boolean {
  const j = firstNonSpace(source, i, end)
  return j === end || (source[j] === '#' && j > i)
}

/** What a one-line value gives: a block (or none, for a value with no word), or undefined where it is not a one-line scalar. */
type Value = { block: ProseBlock | undefined } | undefined

/** https://yaml.org/spec/1.2.2/#73-flow-scalar-styles, in block context, on one line. */
function yamlValue(source: string, at: number, end: number): Value {
  const c = source[at]
  if (at >= end || c === '#') return undefined // the value is on the lines below (or empty)
  if (c === "'") return quoted(source, at, end, { kind: 'front-matter', syntax: 'yaml', quote: "'" }, (i) => (source[i + 1] === "'" ? { length: 2, text: "'" } : undefined))
  if (c === '"') return quoted(source, at, end, { kind: 'front-matter', syntax: 'yaml', quote: '"' }, (i) => escapeAt(source, i, YAML_ESCAPES, { x: 2, u: 4, U: 8 }))
  // Indicators that start something other than a plain scalar: a collection, an anchor, an
  // alias, a tag, a block scalar, a directive or reserved character.
  if ('[]{},&*!|>%@`'.includes(c!) || ((c === '-' || c === '?' || c === ':') && (at + 1 === end || source[at + 1] === ' ' || source[at + 1] === '\t'))) return undefined
  // A plain scalar ends before " #" (a comment); ": " cannot appear in it.
  let stop = end
  for (let i = at; i < end; i++) {
    if (source[i] === '#' && (source[i - 1] === ' ' || source[i - 1] === '\t')) {
      stop = i
      break
    }
    if (source[i] === ':' && (i + 1 === end || source[i + 1] === ' ' || source[i + 1] === '\t')) return undefined
  }
  stop = trimEnd(source, at, stop)
  const builder = new BlockBuilder({ kind: 'front-matter', syntax: 'yaml', quote: '' })
  builder.text(at, stop, source.slice(at, stop))
  return { block: builder.finish() }
}

/** https://toml.io/en/v1.0.0#string: a basic or literal string on one line; anything else is not prose. */
function tomlValue(source: string, at: number, end: number): Value {
  if (source.startsWith('"""', at) || source.startsWith("'''", at)) return undefined
  if (source[at] === '"') return quoted(source, at, end, { kind: 'front-matter', syntax: 'toml', quote: '"' }, (i) => escapeAt(source, i, TOML_ESCAPES, { u: 4, U: 8 }))
  if (source[at] === "'") return quoted(source, at, end, { kind: 'front-matter', syntax: 'toml', quote: "'" }, () => undefined)
  return undefined
}

type Escape = { length: number; text: string } | undefined

/**
 * A quoted scalar from its opening quote at `at` to its closing quote on the same line, its
 * escapes read as references (`escape(i)` for the quote or backslash at i: what it shows, or
 * undefined for the closing quote). Undefined where it does not close on this line, an escape
 * is unknown, or more than a comment follows.
 */
function quoted(source: string, at: number, end: number, escape: FrontMatterEscape, escapeOf: (i: number) => Escape): Value {
  const quote = source[at]!
  const builder = new BlockBuilder(escape)
  let run = at + 1
  for (let i = at + 1; i < end; i++) {
    const c = source[i]
    if (c !== quote && !(c === '\\' && quote === '"')) continue
    const escaped = escapeOf(i)
    if (escaped === undefined) {
      if (c === '\\') return undefined // an escape we do not know: not read rather than misread
      builder.text(run, i, source.slice(run, i))
      return restIsEmpty(source, i + 1, end) ? { block: builder.finish() } : undefined
    }
    builder.text(run, i, source.slice(run, i))
    builder.ref(i, i + escaped.length, escaped.text)
    i += escaped.length - 1
    run = i + 1
  }
  return undefined
}

/** A backslash escape at i: one of `simple`, or \x, \u, \U with that many hex digits (a valid code point). */
function escapeAt(source: string, i: number, simple: Readonly<Record<string, string>>, hex: Readonly<Record<string, number>>): Escape {
  if (source[i] !== '\\') return undefined
  const c = source[i + 1]
  if (c === undefined) return undefined
  const shown = simple[c]
  if (shown !== undefined) return { length: 2, text: shown }
  const digits = hex[c]
  if (digits === undefined) return undefined
  const code = source.slice(i + 2, i + 2 + digits)
  if (!/^[0-9A-Fa-f]+$/.test(code) || code.length !== digits) return undefined
  const point = parseInt(code, 16)
  if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return undefined
  return { length: 2 + digits, text: String.fromCodePoint(point) }
}
