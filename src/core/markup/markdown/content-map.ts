import type { Token } from 'markdown-it'
import { lastAtOrBefore } from '../../text/last-at.js'

/**
 * Where the `content` of a markdown-it `inline` token came from in the parsed text. A block rule
 * builds that content from pieces of source lines: it drops container prefixes (`> `, list
 * indentation), trims the ends, turns `\|` into `|` in table cells, and may expand a tab into
 * spaces. The pieces record each step, so every content offset maps back exactly.
 */
export interface Piece {
  /** Offset in the content. */
  at: number
  /** Offset in the parsed text. */
  src: number
  /** Length in the content. */
  len: number
  kind: PieceKind
}

/**
 * - `copy`: `len` characters as they are: content [at, at+len) === text [src, src+len);
 * - `pipe`: a table cell's `\|`, one `|` in the content and two characters in the text;
 * - `tab`: spaces that stand for part of the tab at `src` (getLines' partial tab expansion).
 */
export type PieceKind = 'copy' | 'pipe' | 'tab'

export type ContentMap = Piece[]

/** Checks pieces against the content they claim to build; undefined on any difference. */
export function verified(src: string, pieces: ContentMap, content: string): ContentMap | undefined {
  let at = 0
  for (const p of pieces) {
    if (p.at !== at) return undefined
    if (p.kind === 'copy') {
      // Two slices compared whole: V8 compares them as memory, startsWith unit by unit (15x slower).
      if (content.slice(p.at, p.at + p.len) !== src.slice(p.src, p.src + p.len)) return undefined
    } else if (p.kind === 'pipe') {
      if (content[p.at] !== '|' || !src.startsWith('\\|', p.src)) return undefined
    } else if (content.slice(p.at, p.at + p.len) !== ' '.repeat(p.len) || src[p.src] !== '\t') return undefined
    at += p.len
  }
  return at === content.length ? pieces : undefined
}

/** The pieces of content [lead, lead + length), shifted to start at 0. */
export function clip(pieces: ContentMap, lead: number, length: number): ContentMap {
  const out: ContentMap = []
  const end = lead + length
  for (const p of pieces) {
    const from = Math.max(p.at, lead)
    const to = Math.min(p.at + p.len, end)
    if (from >= to) continue
    if (p.kind === 'pipe' && (from !== p.at || to !== p.at + p.len)) continue
    const src = p.kind === 'copy' ? p.src + (from - p.at) : p.src
    out.push({ at: from - lead, src, len: to - from, kind: p.kind })
  }
  return out
}

/** Index of the piece holding content offset `c` (the last piece for `c` at the end). */
export function pieceAt(map: ContentMap, c: number): number {
  return lastAtOrBefore(map, c)
}

/** Parsed-text offset where content character `c` starts (or, at the end, where the content ends). */
export function startOf(map: ContentMap, c: number): number | undefined {
  const p = map[pieceAt(map, c)]
  if (!p) return undefined
  if (c >= p.at + p.len) return endOf(map, c)
  return p.kind === 'copy' ? p.src + (c - p.at) : p.src
}

/** Parsed-text offset where content character `c - 1` ends. */
export function endOf(map: ContentMap, c: number): number | undefined {
  if (c === 0) return startOf(map, 0)
  const p = map[pieceAt(map, c - 1)]
  if (!p) return undefined
  if (p.kind === 'copy') return p.src + (c - p.at)
  return p.kind === 'pipe' ? p.src + 2 : p.src + 1
}

/**
 * The content maps the plugins attach to `inline` and `html_block` tokens in one parse, kept
 * beside the tokens (whose `meta` is untyped). One store per parse, handed to the plugins
 * through the parse's `env` (parser.ts): a module-wide WeakMap cost 0.3 µs per token, its table
 * growing with dead tokens between collections, against 0.06 µs for a Map dropped with the parse.
 */
export class ContentMaps {
  private readonly byToken = new Map<Token, ContentMap>()

  set(token: Token | undefined, map: ContentMap | undefined): void {
    if (map && (token?.type === 'inline' || token?.type === 'html_block')) this.byToken.set(token, map)
  }

  /** The content map of an `inline` or `html_block` token, when its content could be placed exactly. */
  get(token: Token): ContentMap | undefined {
    return this.byToken.get(token)
  }
}

/** Where a parse's `env` holds its ContentMaps. */
export const CONTENT_MAPS = 'copydesk:content-maps'

/** Records `map` for `token` in the store of the parse `env` belongs to (none: the parse did not ask for maps). */
export function setContentMap(env: Record<string, unknown>, token: Token | undefined, map: ContentMap | undefined): void {
  const maps = env[CONTENT_MAPS]
  if (maps instanceof ContentMaps) maps.set(token, map)
}
