import { BlockBuilder } from './block-builder.js'
import type { ProseBlock } from './types.js'

/**
 * The schema.org properties of an article's structured data that are its text: what a search
 * engine shows as its headline or summary (https://schema.org/NewsArticle;
 * https://developers.google.com/search/docs/appearance/structured-data/article). Names of
 * things (`name`, `contentLocation`, `author`), URLs and dates are not prose.
 */
const PROSE_PROPERTIES = new Set(['headline', 'alternativeHeadline', 'description', 'abstract', 'caption', 'articleBody'])

/** https://www.rfc-editor.org/rfc/rfc8259#section-7 */
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }

/**
 * The prose of a `<script type="application/ld+json">`'s content, `source[start, end)`: each string
 * value of a PROSE_PROPERTIES member, at any depth (or in an array under one), a block of its own,
 * its escapes read as references. JSON that does not read as JSON gives nothing, as a search
 * engine reads nothing of it.
 */
export function readJsonLd(source: string, start: number, end: number): ProseBlock[] {
  const blocks: ProseBlock[] = []
  // The open containers: an object with the member whose value comes next (`key`; undefined
  // while its name is awaited), or an array whose strings are prose when it is one's value.
  type Frame = { object: true; key: string | undefined } | { object: false; prose: boolean }
  const frames: Frame[] = [{ object: false, prose: false }]
  let i = start
  while (i < end) {
    const c = source.charCodeAt(i)
    const frame = frames[frames.length - 1]!
    const valueIsProse = frame.object ? frame.key !== undefined && PROSE_PROPERTIES.has(frame.key) : frame.prose
    if (c === 0x22) {
      const isName = frame.object && frame.key === undefined
      const builder = !isName && valueIsProse ? new BlockBuilder({ kind: 'json-string' }) : undefined
      const close = readString(source, i, end, builder)
      if (close < 0) return []
      if (isName) frame.key = JSON.parse(source.slice(i, close + 1)) as string
      else if (builder !== undefined) {
        const block = builder.finish()
        if (block !== undefined) blocks.push(block)
      }
      i = close + 1
      continue
    }
    if (c === 0x7b) frames.push({ object: true, key: undefined })
    else if (c === 0x5b) frames.push({ object: false, prose: valueIsProse })
    else if (c === 0x7d || c === 0x5d) {
      if (frames.length === 1 || frame.object !== (c === 0x7d)) return []
      frames.pop()
    } else if (c === 0x2c && frame.object) frame.key = undefined // the next member's name comes
    i++
  }
  // An object or array left open is no JSON.
  return frames.length === 1 ? blocks : []
}

/**
 * The string whose opening quote is at `at`: where its closing quote is, or -1 where it does not
 * close (or holds a raw control character or an unknown escape). Its characters go to `builder`.
 */
function readString(source: string, at: number, end: number, builder: BlockBuilder | undefined): number {
  let run = at + 1
  for (let i = at + 1; i < end; i++) {
    const c = source.charCodeAt(i)
    if (c < 0x20) return -1
    if (c === 0x22) {
      builder?.text(run, i, source.slice(run, i))
      return i
    }
    if (c !== 0x5c) continue
    const next = source[i + 1]
    let length = 2
    let shown = next === undefined ? undefined : ESCAPES[next]
    if (next === 'u' && /^[0-9A-Fa-f]{4}$/.test(source.slice(i + 2, i + 6))) {
      shown = String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16))
      length = 6
    }
    if (shown === undefined) return -1
    builder?.text(run, i, source.slice(run, i))
    builder?.ref(i, i + length, shown)
    i += length - 1
    run = i + 1
  }
  return -1
}
