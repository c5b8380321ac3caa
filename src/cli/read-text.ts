import { isUtf8 } from 'node:buffer'

/**
 * A file's bytes as text, only when they are UTF-8. `fix` writes the text back: a byte that is
 * not UTF-8 would be read as U+FFFD and written as EF BF BD, a change outside every finding
 * that nobody asked for (a Latin-1 "é" lost for good). So such a file is refused, with where
 * it goes wrong. A byte order mark is kept, as it was read.
 */
export function utf8Text(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new Error('UTF-16, not UTF-8 (it starts with a UTF-16 byte order mark): convert it to UTF-8')
  }
  if (!isUtf8(bytes)) throw new Error(`not UTF-8${whereNotUtf8(bytes)}: convert it to UTF-8 (Copydesk reads and writes UTF-8, and would rewrite the bytes it cannot read)`)
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
}

/**
 * " (line N)" of the first byte that is not UTF-8, from a lenient reading, where each such
 * byte reads as U+FFFD; nothing when the file also holds a U+FFFD of its own (EF BF BD), which
 * would make the line a guess.
 */
function whereNotUtf8(bytes: Uint8Array): string {
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return ''
  const text = new TextDecoder('utf-8').decode(bytes)
  const at = text.indexOf('\uFFFD')
  if (at === -1) return ''
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++
  return ` (line ${line})`
}
