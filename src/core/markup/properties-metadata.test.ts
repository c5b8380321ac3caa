import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { glossaries } from '../../generated/glossaries.js'
import { createCopydesk } from '../copydesk.js'

const copydesk = createCopydesk({ glossaries })
const PROSE = ['title', 'description', 'headline', 'articleBody']

/** Every value of `v` under a prose key emptied: what must come out of a normalization as it went in. */
function withoutProse(v: unknown, key?: string): unknown {
  if (Array.isArray(v)) return v.map((x) => withoutProse(x, key))
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withoutProse(x, k)]))
  return typeof v === 'string' && key !== undefined && PROSE.includes(key) ? '' : v
}

const names = ['Kiev', 'Zelenskyy', 'Plaza San Miguel', 'Kharkov']

// What front-matter.ts and json-ld.ts change must leave the metadata the same data: the same
// keys and values but the prose ones, and still YAML or JSON.
describe('metadata prose (front matter, JSON-LD) properties', () => {
  it('front matter that was YAML stays YAML, with every other key as it was', () => {
    const piece = fc.constantFrom(...names, ' ', ' in ', "'", "''", '\\"', '\\u0041', 'x', ': ', ' #', '-', '\\n', '<', '\n', '\ntitle: ', '\n  ')
    const value = fc.array(piece, { maxLength: 10 }).map((a) => a.join(''))
    const line = fc.tuple(fc.constantFrom('title', 'slug', 'description', 'tags'), fc.constantFrom(': ', ': "', ": '"), value, fc.constantFrom('', '"', "'"))
    fc.assert(fc.property(fc.array(line, { maxLength: 4 }), (lines) => {
      const matter = lines.map(([k, sep, v, q]) => `${k}${sep}${v}${q}`).join('\n')
      let before: unknown
      try {
        before = parseYaml(matter)
      } catch {
        return // not YAML to begin with: nothing to keep
      }
      const text = `---\n${matter}\n---\n\nText.\n`
      const r = copydesk.normalize({ text, format: 'markdown', language: 'en' })
      for (const c of r.changes) expect(text.slice(c.start, c.end)).toBe(c.original)
      const after: unknown = parseYaml(r.text.slice(4, r.text.indexOf('\n---', 3)))
      expect(withoutProse(after)).toEqual(withoutProse(before))
    }), { numRuns: 1500 })
  })

  it('JSON-LD stays JSON, with every name, URL and number as it was', () => {
    const text = fc.array(fc.constantFrom(...names, ' ', '"', '\\', '<', '/', '\n', 'é', '\u2028', '😀', 'x'), { maxLength: 8 }).map((a) => a.join(''))
    const key = fc.constantFrom('headline', 'description', 'name', 'url', 'articleBody', '@type')
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(key, tie('value'), { maxKeys: 4 })),
    }))
    fc.assert(fc.property(fc.dictionary(key, value, { maxKeys: 5 }), fc.boolean(), (data, spaced) => {
      const json = JSON.stringify(data, null, spaced ? 1 : undefined).replaceAll('<', '\\u003c')
      const source = `<script type="application/ld+json">${json}</script><p>Kiev</p>`
      const r = copydesk.normalize({ text: source, format: 'html', language: 'en' })
      for (const c of r.changes) expect(source.slice(c.start, c.end)).toBe(c.original)
      const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(r.text)
      expect(script).not.toBeNull()
      expect(withoutProse(JSON.parse(script![1]!))).toEqual(withoutProse(data))
    }), { numRuns: 1500 })
  })
})
