import type { MarkdownIt } from 'markdown-it'
import { setContentMap } from './content-map.js'
import { rowCells } from './content-map-lines.js'
import { type BlockRule, hooked, rulesOf } from './rules.js'

/** The rules micromark tries before tables (it tries tables last; markdown-it first). */
const BEFORE_TABLES = ['fence', 'blockquote', 'hr', 'list', 'footnote_definition', 'reference', 'html_block', 'heading']

/**
 * GFM tables as micromark-extension-gfm-table reads them, where markdown-it is more liberal:
 * the delimiter row has a pipe (`a|\n---` is a setext heading), and a line that starts any
 * other block starts that block, not a table (`- a|b\n-|-` is a list item, `~~~|a\n-|-` a
 * fenced code block). Each cell's `inline` token gets a content map (its `\|` included).
 */
export function tables(md: MarkdownIt): void {
  const rules = rulesOf(md)
  let beforeTables: BlockRule[] | undefined
  rules.wrapBlock('table', (table) => hooked(table, {
    before: (state, startLine, endLine) => {
      const delimiter = startLine + 1
      if (delimiter >= endLine) return false
      if (!state.src.slice(state.bMarks[delimiter]! + state.tShift[delimiter]!, state.eMarks[delimiter]).includes('|')) return false
      // looked up at the first table, once every plugin has put its rules in place
      beforeTables ??= BEFORE_TABLES.map((name) => rules.block(name))
      return !beforeTables.some((rule) => rule(state, startLine, endLine, true))
    },
    after: (state, _startLine, from) => {
      let cells: ReturnType<typeof rowCells> = []
      let cell = 0
      for (let i = from; i < state.tokens.length; i++) {
        const t = state.tokens[i]!
        if (t.type === 'tr_open' && t.map) {
          const line = t.map[0]
          cells = rowCells(state.src, state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!)
          cell = 0
        } else if (t.type === 'inline') {
          const c = cells[cell++]
          setContentMap(state.env, t, c && c.content === t.content ? c.map : t.content === '' ? [] : undefined)
        }
      }
    },
  }))
}
