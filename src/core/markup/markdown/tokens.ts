import type { Token } from 'markdown-it'
import { isInlineResource } from './link-resource.js'
import { findLiteralAutolinks, type Span } from './literals.js'
import type { MarkdownParser } from './parser.js'

/**
 * What follows a link's or an image's label `]` (content [start, end)): `](…)`, `][label]`,
 * `][]` or nothing; undefined for anything else.
 */
export function referenceKind(helpers: MarkdownParser['helpers'], content: string, start: number, end: number): 'inline' | 'full' | 'collapsed' | 'shortcut' | undefined {
  if (content[start] !== ']') return undefined
  if (end === start + 1) return 'shortcut'
  if (content[start + 1] === '(') return isInlineResource(helpers, content, start + 1, end) ? 'inline' : undefined
  if (content[start + 1] !== '[' || content[end - 1] !== ']') return undefined
  return /^\s*$/.test(content.slice(start + 2, end - 1)) ? 'collapsed' : 'full'
}

/** An image's alt text when its label holds nothing but text, escapes and references. */
export function altText(children: Token[] | null): string | undefined {
  let alt = ''
  for (const c of children ?? []) {
    if (c.type === 'text' || c.type === 'text_special') alt += c.content
    else if (c.type === 'softbreak') alt += '\n'
    else return undefined
  }
  return alt || undefined
}

/**
 * Spans of inline content that are not prose though markdown-it reads them as text: GFM
 * autolink literals, and in a nested paragraph a lazy line that reads as a link reference
 * definition (`- Kiev\n[kiev]: /kiev/Kiev`), which micromark takes for one.
 */
export function nonProse(content: string, children: Token[], nested: boolean): Span[] {
  const spans = findLiteralAutolinks(content, children)
  if (!nested || !content.includes(']:')) return spans
  const definitions: Span[] = []
  for (const t of children) {
    if (t.type !== 'softbreak' || !t.map) continue
    DEFINITION.lastIndex = t.map[1]
    if (DEFINITION.test(content)) definitions.push([t.map[1], DEFINITION.lastIndex])
  }
  if (definitions.length === 0) return spans
  const merged: Span[] = []
  for (const [a, b] of [...spans, ...definitions].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1]
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else merged.push([a, b])
  }
  return merged
}

/** A link reference definition's label and destination, at a line start. */
const DEFINITION = /\[(?:\\.|[^\\[\]])+\]:[ \t]*(?:<[^<>\n]*>|[^\s<]\S*)/y

/** Index of the token that closes the one opened at `k`. */
export function closing(tokens: Token[], k: number): number {
  let depth = 0
  for (let i = k; i < tokens.length; i++) {
    depth += tokens[i]!.nesting
    if (depth === 0) return i
  }
  return tokens.length - 1
}

export function nextNonEmpty(children: Token[], k: number): Token | undefined {
  for (let i = k; i < children.length; i++) {
    const t = children[i]!
    if (t.type !== 'text' || t.content !== '') return t
  }
  return undefined
}
