import { describe, expect, it } from 'vitest'
import { createCopydesk } from '../../src/core/copydesk.js'
import { glossaries } from '../../src/generated/glossaries.js'

/**
 * Context beyond the sentence: a rule sees the paragraph or the whole text. When it does not
 * decide (city or region? Ukraine or Texas?), the finding is suggested, neither applied nor dropped.
 */
const copydesk = createCopydesk({ glossaries })
const findings = (text: string, language: string, format: 'text' | 'markdown' | 'html' = 'text') =>
  copydesk.normalize({ text, language, format }).changes.map((c) => [c.original, c.status, c.reason ?? null])

describe('passage-level context', () => {
  it('suggests the city when the next sentence speaks of the region (en, es, de)', () => {
    expect(findings('Zelensky called for peace and stability in Dnipropetrovsk. This region must remain part of Ukraine, he said.', 'en'))
      .toEqual([['Dnipropetrovsk', 'suggested', 'context-ambiguous']])
    expect(findings('Zelenski pidió paz en Dnipropetrovsk. Esta región debe seguir siendo parte de Ucrania, dijo.', 'es'))
      .toEqual([['Dnipropetrovsk', 'suggested', 'context-ambiguous']])
    expect(findings('Selenskyj forderte Frieden in Dnipropetrowsk. Die Region müsse Teil der Ukraine bleiben, sagte er.', 'de'))
      .toEqual([['Dnipropetrowsk', 'suggested', 'context-ambiguous']])
  })

  // The neighbours decide before the passage's mentions: they say what the form is here.
  it('reports nothing where the words beside a form say it is something else, mention or none', () => {
    expect(findings('A church in Odessa, in West Texas, raised money.', 'en')).toEqual([])
    expect(findings('Una iglesia de Odessa (Texas) recaudó fondos.', 'es')).toEqual([])
    // Without them, the missing Ukrainian mention is what holds it.
    expect(findings('A church in Odessa raised money.', 'en')).toEqual([['Odessa', 'suggested', 'context-missing']])
  })

  it('applies the city when only another paragraph speaks of a region', () => {
    const text = 'DNIPRO, Ukraine (AP) — A missile struck an apartment block in Dnipropetrovsk on Saturday, the mayor said.\n\n'
      + 'Elsewhere, the Kharkiv region came under drone attack overnight.'
    expect(findings(text, 'en')).toEqual([['Dnipropetrovsk', 'applied', null]])
  })

  it('finds the country in another paragraph, and suggests when the text never names it', () => {
    expect(findings('The port of Odessa reopened on Monday.\n\n“Grain is moving again,” Ukraine’s infrastructure minister said.', 'en'))
      .toEqual([['Odessa', 'applied', null]])
    expect(findings('The port of Odessa reopened on Monday, the harbour master said.', 'en'))
      .toEqual([['Odessa', 'suggested', 'context-missing']])
  })

  it('suggests when the text names both Ukraine and Texas', () => {
    const text = 'Oil workers in Odessa raised $40,000 for refugees from Ukraine.\n\nThe fundraiser was the largest in West Texas this year.'
    expect(findings(text, 'en')).toEqual([['Odessa', 'suggested', 'context-ambiguous']])
    expect(findings('Trabajadores petroleros de Odessa recaudaron fondos para Ucrania.\n\nEs la mayor colecta del oeste de Texas este año.', 'es'))
      .toEqual([['Odessa', 'suggested', 'context-ambiguous']])
  })

  it('looks across the blocks of a Markdown or HTML document', () => {
    expect(findings('# Grain port reopens\n\nShips left Odessa on Monday.\n\n> Ukraine needs the revenue, the minister said.', 'en', 'markdown'))
      .toEqual([['Odessa', 'applied', null]])
    expect(findings('<h1>Grain port reopens</h1><p>Ships left Odessa on Monday.</p>', 'en', 'html'))
      .toEqual([['Odessa', 'suggested', 'context-missing']])
    expect(findings('<p>Ships left Odessa on Monday.</p><p>This region must remain calm. In Dnipropetrovsk, sirens sounded.</p>', 'en', 'html'))
      .toEqual([['Odessa', 'applied', null], ['Dnipropetrovsk', 'suggested', 'context-ambiguous']])
  })
})
