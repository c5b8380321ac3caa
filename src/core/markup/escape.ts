import type { EscapeContext } from './types.js'

/**
 * Writes a replacement so that it reads as plain characters where it lands. Only what would
 * otherwise be read as markup is escaped; the rest of the document is never re-encoded.
 */
export function escapeReplacement(text: string, context: EscapeContext): string {
  switch (context.kind) {
    case 'html-text':
      // Most replacements are names with nothing to escape: two searches are cheaper than a replace.
      return text.includes('&') || text.includes('<') ? text.replace(/[&<]/g, (c) => (c === '&' ? '&amp;' : '&lt;')) : text
    case 'html-attribute':
      return escapeAttribute(text, context.quote)
    case 'markdown':
      return escapeMarkdown(text, context.quote)
  }
}

/**
 * https://html.spec.whatwg.org/multipage/syntax.html#attributes-2: a quoted value may not hold
 * its quote, and an unquoted one no whitespace, quotes, `=`, `<`, `>` or backtick. `&` is
 * always escaped so that it can never start a reference.
 */
function escapeAttribute(text: string, quote: '"' | "'" | ''): string {
  const unsafe = quote === '"' ? /[&"]/g : quote === "'" ? /[&']/g : /[&\s"'=<>`]/g
  return text.replace(unsafe, (c) => (c === '&' ? '&amp;' : `&#${c.charCodeAt(0)};`))
}

const MARKDOWN_SYNTAX = /[\\`*_[\]<>|~&]/

/**
 * Backslash-escapes the ASCII punctuation that could open inline syntax
 * (https://spec.commonmark.org/0.31.2/#backslash-escapes), `|` for table cells, and the
 * title's own delimiter inside a link title.
 */
function escapeMarkdown(text: string, quote: '"' | "'" | ')' | undefined): string {
  // Most replacements are names with nothing to escape: a test is cheaper than a replace.
  const escaped = MARKDOWN_SYNTAX.test(text) ? text.replace(/[\\`*_[\]<>|~&]/g, '\\$&') : text
  if (!quote) return escaped
  const delimiters = quote === ')' ? /[()]/g : quote === '"' ? /"/g : /'/g
  return escaped.replace(delimiters, '\\$&')
}
