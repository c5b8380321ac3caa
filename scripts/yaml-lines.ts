import { readFileSync } from 'node:fs'
import { isNode, LineCounter, parseDocument } from 'yaml'

/**
 * The line of an entry in a glossary file, from the dotted path a GlossaryIssue carries
 * (`kyiv.examples.en.change[2]`, `kyiv.forms.en.variants[1]`): the deepest entry of the path
 * that exists in the file, so a derived form (`kyiv.forms.en (from another language: …)`)
 * points at its language. Undefined when the file cannot be read or parsed.
 */
export function lineOf(file: string, path: string): number | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  if (doc.errors.length > 0) return undefined
  // Drop the concept id, then anything after the first space (a comment on the path).
  const dotted = path.split(' ')[0]!.split('.').slice(1).join('.')
  const segments: (string | number)[] = []
  for (const [, key, index] of dotted.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) segments.push(index !== undefined ? Number(index) : key!)
  for (let n = segments.length; n > 0; n--) {
    const node = doc.getIn(segments.slice(0, n), true)
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line
  }
  return undefined
}
