import type { Token } from 'markdown-it'
import { isPunctuation, isWhitespace } from './chars.js'
import { overlapsAny, type Span } from '../../text/spans.js'

/**
 * What the literal search reads of an inline token: markdown-it's children, or the tokens
 * simple-chunks.ts would have had markdown-it give for a chunk it reads itself.
 */
export type InlineToken = Pick<Token, 'type' | 'map' | 'content'>

/** A piece of an mdast text node: `decoded` shows what content [start, end) holds. */
interface Part {
  start: number
  end: number
  decoded: string
  /** `decoded` is content [start, end) character for character. */
  literal: boolean
}

/**
 * What mdast reads as text nodes: runs of text, escapes, references and soft line breaks
 * outside link texts, cut by the literals micromark found.
 */
export function textRuns(content: string, children: readonly InlineToken[], literals: Span[]): Part[][] {
  const runs: Part[][] = []
  let run: Part[] | undefined
  let linkDepth = 0
  for (const t of children) {
    if (t.type === 'link_open') linkDepth++
    else if (t.type === 'link_close') linkDepth--
    const map = t.map
    if (linkDepth > 0 || !map || !(t.type === 'text' || t.type === 'text_special' || t.type === 'softbreak') || (t.type === 'text' && t.content === '')) {
      run = undefined
      continue
    }
    if (t.type !== 'text') {
      if (overlapsAny(literals, map[0], map[1])) run = undefined
      else run = add(runs, run, { start: map[0], end: map[1], decoded: t.type === 'softbreak' ? '\n' : t.content, literal: false })
      continue
    }
    let from = map[0]
    for (const [x, y] of literals) {
      if (y <= from || x >= map[1]) continue
      if (x > from) add(runs, run, { start: from, end: x, decoded: content.slice(from, x), literal: true })
      run = undefined
      from = Math.max(from, y)
    }
    if (from < map[1]) run = add(runs, run, { start: from, end: map[1], decoded: content.slice(from, map[1]), literal: true })
  }
  return runs
}

/** `part` added to the current run when it follows its last part, else as a new run; returns the run it is in. */
function add(runs: Part[][], run: Part[] | undefined, part: Part): Part[] {
  const last = run?.[run.length - 1]
  if (run && last && last.end === part.start) {
    run.push(part)
    return run
  }
  const next = [part]
  runs.push(next)
  return next
}

type Finder = (m: RegExpExecArray) => number

/**
 * What every match of an expression holds (`://` or `www.`; `xmpp:`; `mailto:`; `@`): a text
 * without it is not searched: searching it would find nothing and only drop empty pieces, in
 * which no expression matches, so the links found are the same.
 */
type Needed = (value: string) => boolean
const WWW = /www\./i

/** mdast-util-gfm-autolink-literal's expressions; each finder gives the link's length or -1. */
const MDAST_FINDERS: [RegExp, Finder, Needed][] = [
  [/(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi, findUrl, (value) => value.includes('://') || WWW.test(value)],
  [/(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g, findXmpp, (value) => value.includes('xmpp:')],
  [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto, (value) => value.includes('mailto:')],
  [/(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto, (value) => value.includes('@')],
]

/**
 * The links mdast adds by matching its expressions on the text nodes' values (decoded: in
 * `press@kiev.example&#x4B;iev` the address runs on into the reference), one expression after
 * the other, each on the text the previous ones left.
 */
export function mdastLiterals(runs: Part[][]): Span[] {
  const found: Span[] = []
  for (const run of runs) {
    const value = run.map((p) => p.decoded).join('')
    let pieces: Span[] = [[0, value.length]]
    const links: Span[] = []
    for (const [re, finder, needed] of MDAST_FINDERS) {
      if (!needed(value)) continue
      const rest: Span[] = []
      for (const [a, b] of pieces) {
        const text = value.slice(a, b)
        let start = 0
        re.lastIndex = 0
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const length = finder(m)
          if (length < 0) {
            re.lastIndex = m.index + 1
            continue
          }
          if (m.index > start) rest.push([a + start, a + m.index])
          links.push([a + m.index, a + m.index + length])
          start = m.index + length
        }
        if (start < text.length) rest.push([a + start, b])
      }
      pieces = rest
    }
    for (const [a, b] of links) found.push(toContent(run, a, b))
  }
  return found
}

/** Content span of decoded [a, b) in a run; a reference cut by it is taken whole. */
function toContent(run: Part[], a: number, b: number): Span {
  let at = 0
  let start = run[0]!.start
  let end = run[run.length - 1]!.end
  for (const p of run) {
    const next = at + p.decoded.length
    if (a >= at && a < next) start = p.literal ? p.start + (a - at) : p.start
    if (b > at && b <= next) end = p.literal ? p.start + (b - at) : p.end
    at = next
  }
  return [start, end]
}

function findUrl(m: RegExpExecArray): number {
  const previous = m.input.charCodeAt(m.index - 1)
  if (m.index > 0 && !isWhitespace(previous) && !isPunctuation(previous)) return -1
  const www = /^w/i.test(m[1]!)
  const domain = www ? m[1]! + m[2]! : m[2]!
  if (isPunctuation(domain.charCodeAt(0)) || !isCorrectDomain(domain)) return -1
  return (www ? 0 : m[1]!.length) + splitUrl(domain + m[3]!)
}

function findMailto(m: RegExpExecArray): number {
  return /[\d\-_]$/.test(m[2]!) ? -1 : m[0].length
}

function findXmpp(m: RegExpExecArray): number {
  const resource = m[3]
  if (/[\d\-_]$/.test(m[2]!) || (resource && (!/[A-Za-z]$/.test(resource) || m.input.charAt(m.index + m[0].length) === '@'))) return -1
  return m[0].length
}

function isCorrectDomain(domain: string): boolean {
  const parts = domain.split('.')
  const bad = (part: string | undefined): boolean => !!part && (/_/.test(part) || !/[\dA-Za-z]/.test(part))
  return parts.length >= 2 && !bad(parts[parts.length - 1]) && !bad(parts[parts.length - 2])
}

/** Length of the URL without its trailing punctuation (closing parentheses kept when balanced). */
function splitUrl(url: string): number {
  let index = url.length
  while (index > 0 && '!"&\'),.:;<>?]}'.includes(url[index - 1]!)) index--
  if (index === url.length) return index
  let trail = url.slice(index)
  let kept = url.slice(0, index)
  let closingParenIndex = trail.indexOf(')')
  const openingParens = count(kept, '(')
  let closingParens = count(kept, ')')
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    kept += trail.slice(0, closingParenIndex + 1)
    trail = trail.slice(closingParenIndex + 1)
    closingParenIndex = trail.indexOf(')')
    closingParens++
  }
  return kept.length
}

function count(s: string, c: string): number {
  let n = 0
  for (let i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++
  return n
}
