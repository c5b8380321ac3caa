/**
 * Where a text stops being JSON (RFC 8259): the 1-based line and column of the first character
 * that cannot continue it, or of the end when it stops too early. For configuration errors
 * that must say where, without quoting the text (it may hold secrets); JavaScript's own
 * JSON.parse errors quote it and often give no position.
 */
export function jsonSyntaxErrorAt(text: string): { line: number; column: number } | undefined {
  let at = 0
  const fail = (): never => {
    throw new NotJson()
  }
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++
  }
  const expect = (char: string) => (text[at] === char ? at++ : fail())
  const string = () => {
    expect('"')
    for (;;) {
      const char = text[at] ?? fail()
      if (char === '"') return at++
      if (char < ' ') fail()
      if (char !== '\\') {
        at++
        continue
      }
      const escape = text[at + 1] ?? fail()
      if ('"\\/bfnrt'.includes(escape)) at += 2
      else if (escape === 'u' && /^[0-9A-Fa-f]{4}$/.test(text.slice(at + 2, at + 6))) at += 6
      else fail()
    }
  }
  const value = (depth: number): void => {
    if (depth > 10_000) fail()
    space()
    const char = text[at]
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']'
      at++
      space()
      if (text[at] === close) {
        at++
        return
      }
      for (;;) {
        if (close === '}') {
          space()
          string()
          space()
          expect(':')
        }
        value(depth + 1)
        space()
        if (text[at] !== ',') break
        at++
      }
      expect(close)
    } else if (char === '"') string()
    else {
      const token = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y
      token.lastIndex = at
      if (!token.test(text)) fail()
      at = token.lastIndex
    }
  }
  try {
    value(0)
    space()
    if (at < text.length) fail()
    return undefined
  } catch (error) {
    if (!(error instanceof NotJson)) throw error
    const before = text.slice(0, at).split('\n')
    return { line: before.length, column: before.at(-1)!.length + 1 }
  }
}

class NotJson extends Error {}
