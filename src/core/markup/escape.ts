import type { EscapeContext, FrontMatterEscape } from './types.js'

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
    case 'front-matter':
      return escapeFrontMatter(text, context)
    case 'json-string':
      return escapeJsonInScript(text)
  }
}

/**
 * JSON's string escapes, and `<` as `\u003c` so that no replacement can end the script that
 * holds it (`</script>`) or open a comment in it
 * (https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements).
 */
function escapeJsonInScript(text: string): string {
  return /["\\<\u0000-\u001f]/.test(text) ? JSON.stringify(text).slice(1, -1).replaceAll('<', '\\u003c') : text
}

/**
 * A double-quoted YAML or basic TOML string takes JSON's escapes (`\"`, `\\`, `\n`, `\uXXXX`:
 * https://yaml.org/spec/1.2.2/#57-escaped-characters, https://toml.io/en/v1.0.0#string); a
 * single-quoted YAML scalar doubles its quote. A YAML plain scalar and a TOML literal string
 * have no escapes: what they cannot hold is refused where a piece is placed
 * (`fitsFrontMatter`), and a translation that does not fit is written otherwise
 * (src/translate/units.ts).
 */
function escapeFrontMatter(text: string, { quote }: FrontMatterEscape): string {
  // JSON leaves DEL as it is; TOML wants it escaped.
  if (quote === '"') return /["\\\u0000-\u001f\u007f]/.test(text) ? JSON.stringify(text).slice(1, -1).replaceAll('\u007f', '\\u007f') : text
  if (quote === "'") return text.replaceAll("'", "''")
  return text
}

/**
 * Whether `replacement`, written in place of prose [a, b) of a front matter value whose text is
 * `value`, leaves it the same kind of scalar: no line break anywhere; in a YAML plain scalar no
 * ": " or " #" made at its edges, no indicator first and no space last
 * (https://yaml.org/spec/1.2.2/#733-plain-style); in a TOML literal string no quote.
 */
export function fitsFrontMatter(value: string, a: number, b: number, replacement: string, { syntax, quote }: FrontMatterEscape): boolean {
  if (/[\r\n]/.test(replacement)) return false
  if (syntax === 'toml' && quote === "'") return !replacement.includes("'")
  if (quote !== '') return true
  const around = `${value.charAt(a - 1)}${replacement}${value.charAt(b)}`
  if (/:[ \t]|[ \t]#/.test(around) || (b === value.length && around.endsWith(':'))) return false
  if (a === 0 && (replacement === '' || /^[\s\[\]{},&*!|>%@`'"#]|^[-?:](?:[ \t]|$)/.test(replacement))) return false
  return !(b === value.length && /\s$/.test(replacement))
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
