import { describe, expect, it } from 'vitest'
import { deps } from './fixtures/fake-deps.js'
import { fixture } from './fixtures/load.js'
import { normalizeDocument } from './normalize-document.js'

describe('normalizeDocument: languages per block', () => {
  const source = fixture('bilingual.html')

  it('detects each block, lets short blocks inherit the dominant language, and merges neighbours', () => {
    const r = normalizeDocument(source, 'html', deps('auto'))
    expect(r.code).toBe('en')
    // English house style in English blocks, Spanish house style in the Spanish one.
    expect(r.text).toContain('<h2>Kyiv</h2>')
    expect(r.text).toContain('The mayor of Kyiv said on Monday that the city is ready for the winter and that Zelensky agreed.')
    expect(r.text).toContain('El alcalde de Kiev dijo el lunes que la ciudad está preparada y que Volodímir Zelenski lo confirmó.')
    expect(r.text).toContain('<p>Kyiv</p>')
    const spans = r.blocks.map((b) => [source.slice(b.start, b.end).slice(0, 12), b.code])
    expect(spans).toEqual([['Kiev</h2>\n<p', 'en'], ['El alcalde d', 'es'], ['Kiev</p>\n<p>', 'en']])
    expect(r.changes.map((c) => c.language)).toEqual(['en', 'en', 'en', 'es', 'es', 'en', 'en'])
  })

  it('uses the declared language for every block', () => {
    const r = normalizeDocument(source, 'html', deps('es'))
    expect(r.code).toBe('es')
    expect(r.blocks).toEqual([{ start: r.blocks[0]!.start, end: r.blocks[0]!.end, code: 'es' }])
    expect(r.text).toContain('<h2>Kiev</h2>')
  })

  it('falls back when no block can be detected', () => {
    const r = normalizeDocument('<p>Kiev</p><p>Kyiv</p>', 'html', { ...deps('auto'), fallback: 'es' })
    expect(r.code).toBe('es')
    expect(r.text).toBe('<p>Kiev</p><p>Kiev</p>')
  })

  it('works the same on Markdown', () => {
    const r = normalizeDocument('# Kiev\n\nThe mayor of Kiev said on Monday that the city is ready for the winter.\n\nEl alcalde de Kyiv dijo que la ciudad está lista.\n', 'markdown', deps('auto'))
    expect(r.text).toBe('# Kyiv\n\nThe mayor of Kyiv said on Monday that the city is ready for the winter.\n\nEl alcalde de Kiev dijo que la ciudad está lista.\n')
    expect(r.blocks.map((b) => b.code)).toEqual(['en', 'es'])
  })
})
