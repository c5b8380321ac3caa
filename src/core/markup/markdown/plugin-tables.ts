import type { MarkdownIt, StateBlock, Token } from 'markdown-it'
import { setContentMap } from './content-map.js'
import { type Cell, rowCells } from './content-map-lines.js'
import { type BlockRule, hooked, rulesOf } from './rules.js'

/** The rules micromark tries before tables (it tries tables last; markdown-it first). */
const BEFORE_TABLES = ['fence', 'blockquote', 'hr', 'list', 'footnote_definition', 'reference', 'html_block', 'heading']

/**
 * GFM tables as micromark-extension-gfm-table reads them, where markdown-it is more liberal:
 * the delimiter row has a pipe (`a|\n---` is a setext heading), and a line that starts any
 * other block starts that block, not a table (`- a|b\n-|-` is a list item, `~~~|a\n-|-` a
 * fenced code block). Each cell's `inline` token gets a content map (its `\|` included).
 *
 * A body row's cells past the header's count are cells too, as mdast has them (GFM renders
 * none of them: "the excess is ignored", https://github.github.com/gfm/#tables-extension-).
 * markdown-it drops their text from the token stream, so that a name there was neither
 * normalized nor reported; each gets its `td_open`, `inline` and `td_close` here, after the
 * row's others, and is read as they are. (This parser's tokens are read, never rendered.)
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
      const { tokens } = state
      // The tokens from `from` on, once a row has cells past the header's (a new array, not
      // splice(i, 0, ...cells): a row of a hundred thousand cells overflowed the call stack).
      let out: Token[] | undefined
      for (let i = from; i < tokens.length; i++) {
        const t = tokens[i]!
        if (t.type === 'tr_open' && t.map) {
          const line = t.map[0]
          cells = rowCells(state.src, state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]!)
          cell = 0
        } else if (t.type === 'inline') {
          const c = cells[cell++]
          setContentMap(state.env, t, c && c.content === t.content ? c.map : t.content === '' ? [] : undefined)
        } else if (t.type === 'tr_close' && cell < cells.length) {
          out ??= tokens.slice(from, i)
          // an empty one holds no text: no tokens for it
          for (; cell < cells.length; cell++) if (cells[cell]!.content !== '') excessCell(state, cells[cell]!, t.level + 1, out)
        }
        out?.push(t)
      }
      if (!out) return
      tokens.length = from
      for (const t of out) tokens.push(t)
    },
  }))
}

/** Adds to `out` a body row's cell past the header's count, as the table rule pushes a cell (`level`: the cell's). */
function excessCell(state: StateBlock, cell: Cell, level: number, out: Token[]): void {
  const open = new state.Token('td_open', 'td', 1)
  const inline = new state.Token('inline', '', 0)
  const close = new state.Token('td_close', 'td', -1)
  open.level = close.level = level
  inline.level = level + 1
  inline.content = cell.content
  inline.children = []
  for (const t of [open, inline, close]) t.block = true
  setContentMap(state.env, inline, cell.map)
  out.push(open, inline, close)
}
