/**
 * RFC 4180 records: the one CSV dialect every format here shares (Google's equivalent term
 * sets, Amazon's custom terminology and our own table all read it). A field is quoted when it
 * holds the separator, a quote, a line break or edge spaces; quotes inside are doubled.
 * https://www.rfc-editor.org/rfc/rfc4180
 */
export function writeRecords(rows: readonly (readonly string[])[], separator = ','): string {
  const special = new RegExp(`["\\r\\n${separator === '\t' ? '\\t' : separator}]|^\\s|\\s$`)
  const field = (value: string): string => (special.test(value) ? `"${value.replaceAll('"', '""')}"` : value)
  return rows.map((row) => row.map(field).join(separator)).join('\r\n') + '\r\n'
}

/** Thrown with the 1-based line of the record that cannot be read. */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`)
    this.name = 'CsvSyntaxError'
  }
}

/** Reads RFC 4180 records (CRLF or LF). Blank lines are skipped; a leading BOM is ignored. */
export function readRecords(text: string, separator = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false // the field was written in quotes: `""` is an empty field, not a blank line
  let line = 1
  const endField = (): void => {
    row.push(field)
    field = ''
  }
  const endRow = (): void => {
    if (row.length > 0 || field !== '' || quoted) {
      endField()
      rows.push(row)
    }
    row = []
    quoted = false
  }
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  while (i < text.length) {
    const ch = text[i]
    if (ch === '"' && field === '' && !quoted) {
      const from = line
      quoted = true
      for (i++; ; i++) {
        if (i >= text.length) throw new CsvSyntaxError(from, 'a quoted field is never closed')
        if (text[i] === '"' && text[i + 1] === '"') field += text[++i]
        else if (text[i] === '"') break
        else {
          if (text[i] === '\n') line++
          field += text[i]
        }
      }
      const next = text[i + 1]
      if (next !== undefined && next !== separator && next !== '\r' && next !== '\n') {
        throw new CsvSyntaxError(line, 'text after a closing quote (a quote inside a field must be doubled)')
      }
    } else if (ch === separator) {
      endField()
      quoted = false
    } else if (ch === '\n' || ch === '\r') {
      endRow()
      if (ch === '\r' && text[i + 1] === '\n') i++
      line++
    } else {
      field += ch
    }
    i++
  }
  endRow()
  return rows
}
