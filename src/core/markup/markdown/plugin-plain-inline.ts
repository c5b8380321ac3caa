import type { MarkdownIt, StateCore, Token } from 'markdown-it'

/**
 * Where markdown-it's inline rules (with the plugins of parser.ts) can start: every rule but
 * `text` and `newline` needs one of these characters at its position (escape `\`, code spans
 * `` ` ``, strikethrough `~`, emphasis `*` `_`, links and footnote calls `[`, images `!`,
 * autolinks and raw HTML `<`, character references `&`; linkify is off). `]` has no rule of its
 * own and is here only to keep the test of what "plain" means simple to state.
 */
export const MARKUP = /[\\`~*_[\]!<&]/

/** A line ending whose neighbours the newline rule would trim (trailing spaces, a hard break) or skip (the next line's indent). */
const TRIMMED_LINE_ENDING = / \n|\n[ \t]/

/**
 * Inline content with nothing for any inline rule but text and line endings: no markup
 * character, and no spaces around a line ending.
 */
export function isPlainInline(content: string): boolean {
  return !MARKUP.test(content) && !(content.includes('\n') && TRIMMED_LINE_ENDING.test(content))
}

/**
 * The children markdown-it's inline parser (with plugin-positions.ts) gives plain content:
 * a `text` token per line and a `softbreak` between lines, each with its `map` in the content.
 * On such content the tokenizer only runs its text rule, appends each character no rule takes
 * to the pending text, and cuts it at line endings; every other rule and post-processing step
 * finds nothing to do. `plain-inline.test.ts` checks, by property, that these children are the
 * parser's own for every plain content, and that what is not plain goes to the parser.
 */
export function plainChildren(content: string, Token: StateCore['Token'], out: Token[]): void {
  let start = 0
  while (start < content.length) {
    const newline = content.indexOf('\n', start)
    const end = newline === -1 ? content.length : newline
    if (end > start) {
      const text = new Token('text', '', 0)
      text.content = content.slice(start, end)
      text.map = [start, end]
      out.push(text)
    }
    if (newline === -1) return
    const softbreak = new Token('softbreak', 'br', 0)
    softbreak.map = [newline, newline + 1]
    out.push(softbreak)
    start = newline + 1
  }
}

/**
 * markdown-it's `inline` core rule, but plain content (most paragraphs of news copy have no
 * inline markup at all) gets its children without the inline parser: a parser state, its rule
 * loop at every punctuation mark and its post-processing cost about as much per paragraph as
 * the rest of the extraction. Same tokens, built directly; anything else is parsed as before.
 */
export function plainInline(md: MarkdownIt): void {
  md.core.ruler.at('inline', (state: StateCore) => {
    for (const token of state.tokens) {
      if (token.type !== 'inline') continue
      const children = (token.children ??= [])
      if (isPlainInline(token.content)) plainChildren(token.content, state.Token, children)
      else state.md.inline.parse(token.content, state.md, state.env, children)
    }
  })
}
