import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { rulesOf } from './rules.js'

describe('rulesOf: markdown-it rules through the public Ruler API', () => {
  it('wraps a block rule around the original, keeping the chains it may interrupt', () => {
    const md = new MarkdownIt()
    const seen: number[] = []
    rulesOf(md).wrapBlock('fence', (fence) => (state, startLine, endLine, silent) => {
      const ok = fence(state, startLine, endLine, silent)
      if (ok && !silent) seen.push(startLine)
      return ok
    })
    // a fence still interrupts a paragraph, and is still parsed by the original rule
    expect(md.parse('Kiev\n```\ncode\n```\n', {}).map((t) => t.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close', 'fence'])
    expect(seen).toEqual([1])
  })

  it('refuses to replace a rule twice, so that no plugin silently undoes another', () => {
    const md = new MarkdownIt()
    rulesOf(md).wrapInline('link', (link) => link)
    expect(() => rulesOf(md).wrapInline('link', (link) => link)).toThrow('inline rule link is replaced twice')
    expect(() => rulesOf(md).block('no_such_rule')).toThrow(/no_such_rule/)
  })
})
