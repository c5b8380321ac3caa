import type { MarkdownIt } from 'markdown-it'
import { setContentMap } from './content-map.js'
import { headingMap, trimmedLinesMap } from './content-map-lines.js'
import { type AfterBlock, hooked, rulesOf } from './rules.js'

/**
 * Positions, part 1: every `inline` token of a paragraph or heading gets a content map
 * (content-map.ts), from its content to the parsed text, built right after the block rule that
 * cut that content out of the source lines.
 */
export function blockContent(md: MarkdownIt): void {
  const rules = rulesOf(md)
  const lines: AfterBlock = (state, _startLine, from) => {
    const inline = state.tokens[from + 1]
    if (inline?.type === 'inline' && inline.map) setContentMap(state.env, inline, trimmedLinesMap(state, inline.map[0], inline.map[1], inline.content))
  }
  rules.wrapBlock('paragraph', (rule) => hooked(rule, { after: lines }))
  rules.wrapBlock('lheading', (rule) => hooked(rule, { after: lines }))
  rules.wrapBlock('heading', (rule) => hooked(rule, {
    after: (state, startLine, from) => {
      const inline = state.tokens[from + 1]
      if (inline) setContentMap(state.env, inline, headingMap(state, startLine, inline.content))
    },
  }))
}
