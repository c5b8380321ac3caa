import type { MarkdownIt } from 'markdown-it'
import type { StateInline } from 'markdown-it'

const TILDE = 0x7e
/** `~` and `~~` must never pair, so they are different markers to balance_pairs. */
const SINGLE_TILDE = 0x7e + 0x10000

/**
 * GFM strikethrough as micromark-extension-gfm-strikethrough reads it: `~x~` or `~~x~~`, the
 * closing run as long as the opening one; a run of three or more tildes is plain text.
 * markdown-it's own rule takes `~~` only; this one replaces it in both rulers.
 */
export function strikethrough(md: MarkdownIt): void {
  md.inline.ruler.at('strikethrough', (state, silent) => {
    if (silent || state.src.charCodeAt(state.pos) !== TILDE) return false
    const scanned = state.scanDelims(state.pos, true)
    const token = state.push('text', '', 0)
    token.content = state.src.slice(state.pos, state.pos + scanned.length)
    if (scanned.length <= 2) {
      state.delimiters.push({
        marker: scanned.length === 1 ? SINGLE_TILDE : TILDE,
        length: 0,
        token: state.tokens.length - 1,
        end: -1,
        open: scanned.can_open,
        close: scanned.can_close,
      })
    }
    state.pos += scanned.length
    return true
  })

  md.inline.ruler2.at('strikethrough', (state) => {
    pair(state, state.delimiters)
    for (const meta of state.tokens_meta) if (meta?.delimiters) pair(state, meta.delimiters)
  })
}

/** Turns each balanced pair of tilde runs into `s_open` / `s_close`. */
function pair(state: StateInline, delimiters: StateInline['delimiters']): void {
  for (const d of delimiters) {
    if ((d.marker !== TILDE && d.marker !== SINGLE_TILDE) || d.end === -1) continue
    const open = state.tokens[d.token]!
    const close = state.tokens[delimiters[d.end]!.token]!
    for (const [t, nesting] of [[open, 1], [close, -1]] as const) {
      t.type = nesting === 1 ? 's_open' : 's_close'
      t.tag = 's'
      t.nesting = nesting
      t.markup = t.content
      t.content = ''
    }
  }
}
