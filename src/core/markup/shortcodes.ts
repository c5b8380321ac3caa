import type { Range } from './protect.js'

/**
 * WordPress shortcodes (https://codex.wordpress.org/Shortcode_API) are text to the HTML parser:
 * `[caption id="attachment_7" width="640"]<img …> Kiev at night[/caption]`. Their brackets,
 * names and attributes are not prose; what a caption wraps is.
 *
 * Only registered names are shortcodes to WordPress, and we do not know the registry, while
 * newsrooms bracket words in quotes all the time ("[Zelenskyy] said"). So a bracket is a
 * shortcode only when it is a closing tag, has `key=` attributes, has a known name, or is
 * closed later in the same block.
 */
const TAG = /\[(\/?)([A-Za-z][\w-]*)((?:\s[^\][]*)?)\]/g

const KNOWN = new Set([
  'caption', 'wp_caption', 'embed', 'gallery', 'video', 'audio', 'playlist', 'youtube', 'vimeo', 'tweet',
  'instagram', 'soundcloud', 'spotify', 'googlemaps', 'contact-form-7', 'gravityform', 'wpforms', 'ad', 'adsense',
])

/** Shortcodes whose content is a URL or an ID, never prose. */
const OPAQUE_CONTENT = new Set(['embed', 'video', 'audio', 'playlist', 'youtube', 'vimeo', 'tweet', 'instagram', 'soundcloud', 'spotify'])

interface Tag {
  start: number
  end: number
  name: string
  closing: boolean
  attributes: string
}

export function findShortcodes(text: string): Range[] {
  if (!text.includes('[')) return []
  const tags: Tag[] = []
  for (const m of text.matchAll(TAG)) {
    const [whole, slash = '', name = '', attributes = ''] = m
    tags.push({ start: m.index, end: m.index + whole.length, name: name.toLowerCase(), closing: slash === '/', attributes })
  }
  // The closing tags of each name, in order, so finding "the next [/name]" is a pointer step
  // (a per-tag search made thousands of bracketed words quadratic).
  const closings = new Map<string, { list: Tag[]; next: number }>()
  for (const tag of tags) {
    if (!tag.closing) continue
    const entry = closings.get(tag.name) ?? { list: [], next: 0 }
    entry.list.push(tag)
    closings.set(tag.name, entry)
  }
  const nextClosing = (tag: Tag): Tag | undefined => {
    const entry = closings.get(tag.name)
    if (entry === undefined) return undefined
    while (entry.next < entry.list.length && entry.list[entry.next]!.start < tag.end) entry.next++
    return entry.list[entry.next]
  }
  const ranges: Range[] = []
  tags.forEach((tag) => {
    const close = tag.closing ? undefined : nextClosing(tag)
    const isShortcode = tag.closing || tag.attributes.includes('=') || KNOWN.has(tag.name) || close !== undefined
    if (!isShortcode) return
    if (close && OPAQUE_CONTENT.has(tag.name)) ranges.push([tag.start, close.end])
    else ranges.push([tag.start, tag.end])
  })
  return ranges
}
