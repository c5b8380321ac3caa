import type { MarkdownIt } from 'markdown-it'
import { rulesOf } from './rules.js'

/**
 * Links and images: `[Kiev](` or `![Kiev](x` whose destination does not parse is a shortcut
 * reference `[Kiev]` followed by text when `[kiev]` is defined (CommonMark, micromark);
 * markdown-it gives up on the image, and on a link whose `(` ends the paragraph. This retries
 * such a label with the text after its `]` cut off.
 */
export function linkFallback(md: MarkdownIt): void {
  const rules = rulesOf(md)
  for (const name of ['link', 'image']) {
    const labelStart = name === 'link' ? 0 : 1
    rules.wrapInline(name, (original) => (state, silent) => {
      if (original(state, silent)) return true
      if (state.src.charCodeAt(state.pos + labelStart) !== 0x5b || !state.env.references) return false
      const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos + labelStart, name === 'link')
      if (labelEnd < 0 || state.src.charCodeAt(labelEnd + 1) !== 0x28) return false
      const max = state.posMax
      state.posMax = labelEnd + 1
      let ok = false
      try {
        ok = original(state, silent)
      } finally {
        state.posMax = max
      }
      return ok
    })
  }
}
