import type { MarkdownIt } from 'markdown-it'
import { linesMap } from './content-map-lines.js'
import { setContentMap, verified } from './content-map.js'
import { afterDefinition } from './plugin-definitions.js'
import { hooked, rulesOf } from './rules.js'

/**
 * The start conditions of HTML blocks (https://spec.commonmark.org/0.31.2/#html-blocks) with
 * whitespace as CommonMark means it, spaces and tabs: markdown-it's `\s` also takes U+00A0 and
 * the like, and would then read `</code>\u00A0` as a block that swallows the lines after it.
 * Block names as micromark-util-html-tag-name lists them.
 */
const BLOCK_NAMES = 'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul'
const ATTRIBUTE = `[ \\t]+[A-Za-z_:][\\w.:-]*(?:[ \\t]*=[ \\t]*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?`
export const HTML_BLOCK_START = new RegExp(
  '^(?:<(?:script|pre|style|textarea)(?:[ \\t>]|$)|<!--|<\\?|<![A-Za-z]|<!\\[CDATA\\[' +
    `|</?(?:${BLOCK_NAMES})(?:[ \\t>]|/>|$)` +
    `|(?:<[A-Za-z][A-Za-z\\d-]*(?:${ATTRIBUTE})*[ \\t]*/?>|</[A-Za-z][A-Za-z\\d-]*[ \\t]*>)[ \\t]*$)`,
  'i',
)

/**
 * HTML blocks start as CommonMark says (above), not after a definition's line unless they may
 * interrupt a paragraph (plugin-definitions.ts), and get a content map (content-map.ts): where their lines sit
 * in the parsed text, so that the extractor can read one that is a single run of the source.
 */
export function htmlBlocks(md: MarkdownIt): void {
  rulesOf(md).wrapBlock('html_block', (htmlBlock) => hooked(htmlBlock, {
    before: (state, startLine, endLine) => {
      if (!HTML_BLOCK_START.test(state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]))) return false
      // in silent mode the rule says whether the block may interrupt a paragraph
      return !afterDefinition(state, startLine) || htmlBlock(state, startLine, endLine, true)
    },
    after: (state, startLine, from) => {
      const t = state.tokens[from]
      if (t?.type !== 'html_block' || !t.map) return
      setContentMap(state.env, t, verified(state.src, linesMap(state, startLine, t.map[1], state.blkIndent, true), t.content))
    },
  }))
}
