/**
 * Rich-text fields are JSON documents; only their text nodes are prose. Three shapes:
 * - Contentful Rich Text: `{"nodeType": "text", "value": "…", "marks": [{"type": "code"}], "data": {}}`
 *   inside block and inline nodes (`Text` in @contentful/rich-text-types,
 *   https://github.com/contentful/rich-text);
 * - Sanity Portable Text spans: `{"_type": "span", "text": "…", "marks": ["code"]}` as children
 *   of blocks (https://github.com/portabletext/portabletext, https://www.sanity.io/docs/span-type);
 * - Strapi blocks: `{"type": "text", "text": "…", "code": true}` as children of
 *   `{"type": "paragraph"}` (response examples in https://docs.strapi.io/cms/api/rest/status).
 * Code (a `code` mark or modifier, a block typed `code`) is left alone, like link targets and
 * other data (`data`, `markDefs`): only the text nodes are visited. Each node is normalized on
 * its own, so a name split across two nodes (half of it bold) is not seen.
 */

export interface TextLeaf {
  /** JSON Pointer (RFC 6901) to the string, e.g. `/content/0/content/1/value`. */
  pointer: string
  text: string
}

/** Deeper documents are refused rather than risking the stack on a hostile body. */
export const MAX_DEPTH = 64

/** The text leaves in document order, or undefined when the document is nested deeper than MAX_DEPTH. */
export function textLeaves(doc: unknown): TextLeaf[] | undefined {
  const leaves: TextLeaf[] = []
  const walk = (node: unknown, pointer: string, depth: number): boolean => {
    if (depth > MAX_DEPTH) return false
    if (Array.isArray(node)) return node.every((item, i) => walk(item, `${pointer}/${i}`, depth + 1))
    if (typeof node !== 'object' || node === null) return true
    const record = node as Record<string, unknown>
    const key = leafKey(record)
    if (key !== undefined) {
      if (!isCode(record)) leaves.push({ pointer: `${pointer}/${key}`, text: record[key] as string })
      return true
    }
    if (record.type === 'code' || record._type === 'code') return true
    for (const [name, child] of Object.entries(record)) {
      if (name === 'data' || name === 'marks' || name === 'markDefs') continue
      if (!walk(child, `${pointer}/${escapePointer(name)}`, depth + 1)) return false
    }
    return true
  }
  return walk(doc, '', 0) ? leaves : undefined
}

/** A copy of `doc` with the strings at the given pointers replaced. */
export function replaceLeaves(doc: unknown, replacements: ReadonlyMap<string, string>): unknown {
  const copy = (node: unknown, pointer: string): unknown => {
    const replacement = replacements.get(pointer)
    if (replacement !== undefined) return replacement
    if (Array.isArray(node)) return node.map((item, i) => copy(item, `${pointer}/${i}`))
    if (typeof node !== 'object' || node === null) return node
    return Object.fromEntries(Object.entries(node).map(([name, child]) => [name, copy(child, `${pointer}/${escapePointer(name)}`)]))
  }
  return copy(doc, '')
}

function leafKey(node: Record<string, unknown>): 'value' | 'text' | undefined {
  if (node.nodeType === 'text' && typeof node.value === 'string') return 'value'
  if ((node._type === 'span' || node.type === 'text') && typeof node.text === 'string') return 'text'
  return undefined
}

function isCode(node: Record<string, unknown>): boolean {
  if (node.code === true) return true
  const marks = node.marks
  return Array.isArray(marks) && marks.some((mark) => mark === 'code' || (typeof mark === 'object' && mark !== null && (mark as { type?: unknown }).type === 'code'))
}

function escapePointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1')
}
