import { describe, expect, it } from 'vitest'
import { MAX_DEPTH, replaceLeaves, textLeaves } from './rich-text.js'

describe('textLeaves', () => {
  it('finds Contentful, Portable Text and Strapi text nodes, with JSON Pointers', () => {
    const doc = [
      { nodeType: 'text', value: 'a', marks: [], data: {} },
      { _type: 'block', children: [{ _type: 'span', text: 'b', marks: [] }], markDefs: [{ _type: 'link', href: 'https://x/y' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'c' }] },
      { 'a/b~c': { nodeType: 'text', value: 'd', marks: [] } },
    ]
    expect(textLeaves(doc)).toEqual([
      { pointer: '/0/value', text: 'a' },
      { pointer: '/1/children/0/text', text: 'b' },
      { pointer: '/2/children/0/text', text: 'c' },
      { pointer: '/3/a~1b~0c/value', text: 'd' },
    ])
  })

  it('leaves code and data alone', () => {
    const doc = [
      { nodeType: 'text', value: 'code', marks: [{ type: 'code' }] },
      { _type: 'span', text: 'code', marks: ['strong', 'code'] },
      { type: 'text', text: 'code', code: true },
      { type: 'code', children: [{ type: 'text', text: 'block' }] },
      { nodeType: 'hyperlink', data: { nested: { nodeType: 'text', value: 'in data' } }, content: [] },
    ]
    expect(textLeaves(doc)).toEqual([])
  })

  it('refuses documents nested deeper than MAX_DEPTH instead of overflowing the stack', () => {
    let deep: unknown = { nodeType: 'text', value: 'x' }
    for (let i = 0; i < MAX_DEPTH + 1; i++) deep = [deep]
    expect(textLeaves(deep)).toBeUndefined()
    let veryDeep: unknown = []
    for (let i = 0; i < 100_000; i++) veryDeep = [veryDeep]
    expect(textLeaves(veryDeep)).toBeUndefined()
  })
})

describe('replaceLeaves', () => {
  it('returns a copy with the strings replaced, the original untouched', () => {
    const doc = { content: [{ nodeType: 'text', value: 'Kiev' }, { nodeType: 'text', value: 'x' }] }
    const copy = replaceLeaves(doc, new Map([['/content/0/value', 'Kyiv']]))
    expect(copy).toEqual({ content: [{ nodeType: 'text', value: 'Kyiv' }, { nodeType: 'text', value: 'x' }] })
    expect(doc.content[0]!.value).toBe('Kiev')
  })
})
