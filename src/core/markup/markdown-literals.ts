import type { Token } from 'markdown-it'

/** [start, end) in an inline token's content. */
export type Span = [number, number]

/**
 * GFM autolink literals (https://github.github.com/gfm/#autolinks-extension-): `www.…`,
 * `http(s)://…` and e-mail addresses written as plain text, which GFM renders as links. They
 * are never prose; markdown-it (with linkify off) leaves them as text, so they are found here,
 * over the inline content, as micromark and mdast find them:
 * 1. micromark-extension-gfm-autolink-literal, in the source: where one may start (after what
 *    character, and not inside a link text or an open `[`), how far its domain and path run,
 *    and which trailing punctuation it leaves out;
 * 2. then mdast-util-gfm-autolink-literal, with regular expressions over the text that is left
 *    (it finds some that micromark does not, such as one inside an open `[`).
 * Returns the spans in order.
 */
export function findLiteralAutolinks(content: string, children: Token[]): Span[] {
  if (!mayHaveLiteral(content)) return []
  const spans = micromarkLiterals(content, children)
  const more = mdastLiterals(textRuns(content, children, spans))
  if (more.length === 0) return spans
  return [...spans, ...more].sort((x, y) => x[0] - y[0])
}

function micromarkLiterals(content: string, children: Token[]): Span[] {
  const starts: { at: number; kind: 'email' | 'www' | 'http' }[] = []
  let linkDepth = 0
  let brackets = 0
  for (const t of children) {
    if (t.type === 'link_open') linkDepth++
    else if (t.type === 'link_close') linkDepth--
    if (t.type !== 'text' || linkDepth > 0 || !t.map) continue
    const [a, b] = t.map
    for (let p = a; p < b; p++) {
      const c = content.charCodeAt(p)
      if (c === 0x5b) brackets++
      else if (c === 0x5d) brackets = Math.max(0, brackets - 1)
      if (brackets > 0) continue
      if (c === 0x40) {
        let s = p
        while (s > 0 && isAtext(content.charCodeAt(s - 1))) s--
        if (s < p && previousEmail(content.charCodeAt(s - 1))) starts.push({ at: s, kind: 'email' })
      } else if ((c === 0x68 || c === 0x48) && !isAsciiAlpha(content.charCodeAt(p - 1))) starts.push({ at: p, kind: 'http' })
      else if ((c === 0x77 || c === 0x57) && previousWww(content.charCodeAt(p - 1))) starts.push({ at: p, kind: 'www' })
    }
  }
  starts.sort((x, y) => x.at - y.at || (x.kind === 'email' ? -1 : y.kind === 'email' ? 1 : 0))
  const spans: Span[] = []
  let last = -1
  for (const { at, kind } of starts) {
    if (at < last) continue
    const end = kind === 'email' ? email(content, at) : kind === 'www' ? www(content, at) : http(content, at)
    if (end > at) {
      spans.push([at, end])
      last = end
    }
  }
  return spans
}

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
function textRuns(content: string, children: Token[], literals: Span[]): Part[][] {
  const runs: Part[][] = []
  let run: Part[] | undefined
  let linkDepth = 0
  const add = (part: Part): void => {
    const last = run?.[run.length - 1]
    if (run && last && last.end === part.start) run.push(part)
    else runs.push((run = [part]))
  }
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
      else add({ start: map[0], end: map[1], decoded: t.type === 'softbreak' ? '\n' : t.content, literal: false })
      continue
    }
    let from = map[0]
    for (const [x, y] of literals) {
      if (y <= from || x >= map[1]) continue
      if (x > from) add({ start: from, end: x, decoded: content.slice(from, x), literal: true })
      run = undefined
      from = Math.max(from, y)
    }
    if (from < map[1]) add({ start: from, end: map[1], decoded: content.slice(from, map[1]), literal: true })
  }
  return runs
}

type Finder = (m: RegExpExecArray) => number

/** mdast-util-gfm-autolink-literal's expressions; each finder gives the link's length or -1. */
const MDAST_FINDERS: [RegExp, Finder][] = [
  [/(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi, findUrl],
  [/(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g, findXmpp],
  [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
  [/(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
]

/**
 * The links mdast adds by matching its expressions on the text nodes' values (decoded: in
 * `press@kiev.example&#x4B;iev` the address runs on into the reference), one expression after
 * the other, each on the text the previous ones left.
 */
function mdastLiterals(runs: Part[][]): Span[] {
  const found: Span[] = []
  for (const run of runs) {
    const value = run.map((p) => p.decoded).join('')
    let pieces: Span[] = [[0, value.length]]
    const links: Span[] = []
    for (const [re, finder] of MDAST_FINDERS) {
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

function overlapsAny(spans: Span[], a: number, b: number): boolean {
  return spans.some(([x, y]) => x < b && a < y)
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

/** A quick filter: every literal holds an `@`, a `://` or a `www.`. */
function mayHaveLiteral(content: string): boolean {
  return content.includes('@') || content.includes('://') || /www\./i.test(content)
}

function email(s: string, start: number): number {
  let i = start
  while (isAtext(s.charCodeAt(i))) i++
  if (s.charCodeAt(i) !== 0x40) return -1
  i++
  let dot = false
  let data = false
  for (;;) {
    const c = s.charCodeAt(i)
    if (c === 0x2e) {
      if (!isAsciiAlphanumeric(s.charCodeAt(i + 1))) break // a dot that ends the address
      dot = true
      i++
    } else if (c === 0x2d || c === 0x5f || isAsciiAlphanumeric(c)) {
      data = true
      i++
    } else break
  }
  return data && dot && isAsciiAlpha(s.charCodeAt(i - 1)) ? i : -1
}

function www(s: string, start: number): number {
  if (start + 4 >= s.length || !/^www\./i.test(s.slice(start, start + 4))) return -1
  const end = domain(s, start)
  return end < 0 ? -1 : path(s, end)
}

function http(s: string, start: number): number {
  let i = start + 1
  while (i - start < 5 && isAsciiAlpha(s.charCodeAt(i))) i++
  const protocol = s.slice(start, i).toLowerCase()
  if ((protocol !== 'http' && protocol !== 'https') || !s.startsWith('://', i)) return -1
  i += 3
  const c = s.charCodeAt(i)
  if (Number.isNaN(c) || c < 0x20 || c === 0x7f || isWhitespace(c) || isPunctuation(c)) return -1
  const end = domain(s, i)
  return end < 0 ? -1 : path(s, end)
}

function domain(s: string, start: number): number {
  let underscoreInLast = false
  let underscoreInLastButOne = false
  let seen = false
  let i = start
  for (;;) {
    const c = s.charCodeAt(i)
    if (c === 0x2e || c === 0x5f) {
      if (trail(s, i)) break
      if (c === 0x5f) underscoreInLast = true
      else {
        underscoreInLastButOne = underscoreInLast
        underscoreInLast = false
      }
      i++
      continue
    }
    if (Number.isNaN(c) || isWhitespace(c) || (c !== 0x2d && isPunctuation(c))) break
    seen = true
    i++
  }
  return underscoreInLast || underscoreInLastButOne || !seen ? -1 : i
}

/** Characters that end a path if only trail follows them. */
const PATH_PUNCTUATION = new Set([0x21, 0x22, 0x26, 0x27, 0x29, 0x2a, 0x2c, 0x2e, 0x3a, 0x3b, 0x3c, 0x3f, 0x5d, 0x5f, 0x7e])
/** Characters a trail may consist of. */
const TRAIL = new Set([0x21, 0x22, 0x27, 0x29, 0x2a, 0x2c, 0x2e, 0x3a, 0x3b, 0x3f, 0x5f, 0x7e])

function path(s: string, start: number): number {
  let open = 0
  let close = 0
  let i = start
  for (;;) {
    const c = s.charCodeAt(i)
    if (c === 0x28) {
      open++
      i++
    } else if (c === 0x29 && close < open) {
      close++
      i++
    } else if (PATH_PUNCTUATION.has(c)) {
      if (trail(s, i)) return i
      if (c === 0x29) close++
      i++
    } else if (Number.isNaN(c) || isWhitespace(c)) return i
    else i++
  }
}

/** Whether what follows `start` is trailing punctuation (and entity-like `&x;`) up to the end of the literal. */
function trail(s: string, start: number): boolean {
  let i = start
  for (;;) {
    const c = s.charCodeAt(i)
    if (TRAIL.has(c)) i++
    else if (c === 0x26) {
      i++
      if (!isAsciiAlpha(s.charCodeAt(i))) return false
      while (isAsciiAlpha(s.charCodeAt(i))) i++
      if (s.charCodeAt(i) !== 0x3b) return false
      i++
    } else if (c === 0x5d) {
      i++
      const d = s.charCodeAt(i)
      if (Number.isNaN(d) || d === 0x28 || d === 0x5b || isWhitespace(d)) return true
    } else return c === 0x3c || Number.isNaN(c) || isWhitespace(c)
  }
}

function previousWww(c: number): boolean {
  return Number.isNaN(c) || c === 0x28 || c === 0x2a || c === 0x5f || c === 0x5b || c === 0x5d || c === 0x7e || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
}

function previousEmail(c: number): boolean {
  return !(c === 0x2f || isAtext(c))
}

function isAtext(c: number): boolean {
  return c === 0x2b || c === 0x2d || c === 0x2e || c === 0x5f || isAsciiAlphanumeric(c)
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
}

function isAsciiAlphanumeric(c: number): boolean {
  return isAsciiAlpha(c) || (c >= 0x30 && c <= 0x39)
}

/** micromark's markdownLineEndingOrSpace or unicodeWhitespace. */
function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || (c > 0x7f && /\s/.test(String.fromCharCode(c))) || c === 0x0c || c === 0x0b
}

/** micromark's unicodePunctuation: \p{P} or \p{S}. */
function isPunctuation(c: number): boolean {
  if (c < 0x80) return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e)
  return /[\p{P}\p{S}]/u.test(String.fromCharCode(c))
}
