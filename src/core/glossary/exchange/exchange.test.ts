import { parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { glossaries } from '../../../generated/glossaries.js'
import { resolveGlossaries } from '../extend.js'
import { compileGlossary } from '../compile.js'
import type { GlossarySource } from '../source.js'
import { readRecords, writeRecords } from './csv.js'
import { ExchangeError, exchangeFormats, mergeImported } from './index.js'
import { importTable } from './table.js'
import { importTbx } from './tbx.js'
import { conceptTerms } from './terms.js'

const news = resolveGlossaries(glossaries).find((g) => g.id === 'news')!
const empty: GlossarySource = { ...news, concepts: [] }
const concept = (g: GlossarySource, id: string) => g.concepts.find((c) => c.id === id)!

describe('CSV records (RFC 4180)', () => {
  it('reads back what it writes, whatever the fields hold', () => {
    const rows = [['a', 'b,c', 'say "hi"'], ['line\nbreak', '', ' padded '], ['tab\there', 'Kyiv’s', 'x']]
    expect(readRecords(writeRecords(rows))).toEqual(rows)
    expect(readRecords(writeRecords(rows, '\t'), '\t')).toEqual(rows)
  })

  it('says on which line a record cannot be read', () => {
    expect(() => readRecords('a,b\n"open,c\n')).toThrow(/line 2: a quoted field is never closed/)
    expect(() => readRecords('a,b\n"x"y,c\n')).toThrow(/line 2: text after a closing quote/)
  })

  it('keeps an empty quoted field and skips blank lines', () => {
    expect(readRecords('\ufeffa,""\n\n"",b\r\n')).toEqual([['a', ''], ['', 'b']])
  })
})

describe('Copydesk CSV', () => {
  it('round-trips every form and role of the built-in glossary', () => {
    const text = exchangeFormats.csv!.export(news)
    expect(mergeImported(news, importTable(text), 'csv')).toEqual(news)
    const fresh = mergeImported(empty, importTable(text), 'csv')
    // Into a new glossary: every form in its role; context, which CSV cannot carry, is gone.
    for (const c of news.concepts) expect(conceptTerms(concept(fresh, c.id))).toEqual(conceptTerms(c))
  })

  it('names the line of a bad row', () => {
    const bad = 'concept,kind,language,role,form\nkyiv,place,en,preferred,Kyiv\nkyiv,place,en,favourite,Kiev\n'
    expect(() => importTable(bad)).toThrow(new ExchangeError('csv', 3, 'role "favourite" is not one of preferred, variant, surname, surname-variant, given-variant, exception'))
    expect(() => importTable('id,form\n')).toThrow(/csv line 1: the first row must be the header/)
  })
})

describe('TBX-Basic', () => {
  const tbx = exchangeFormats.tbx!.export(news)

  it('follows the TBX v3 DCA layout: conceptEntry > langSec > termSec > term', () => {
    const doc = parseDocument(tbx, { xmlMode: true })
    const root = doc.children.find((n) => n.type === 'tag')!
    expect(root).toMatchObject({ name: 'tbx', attribs: { type: 'TBX-Basic', style: 'dca', xmlns: 'urn:iso:std:iso:30042:ed-2' } })
    const elements = (name: string) => {
      const found: any[] = []
      const walk = (n: any) => {
        if (n.name === name) found.push(n)
        n.children?.forEach(walk)
      }
      walk(doc)
      return found
    }
    const entries = elements('conceptEntry')
    expect(entries.map((e) => e.attribs.id)).toEqual(news.concepts.map((c) => c.id))
    for (const langSec of elements('langSec')) {
      expect(langSec.attribs['xml:lang']).toMatch(/^[a-z]{2,3}$/)
      expect(langSec.children.some((n: any) => n.name === 'termSec')).toBe(true)
    }
    const statuses = new Set(elements('termNote').filter((n) => n.attribs.type === 'administrativeStatus').map((n) => n.children[0].data))
    expect([...statuses].sort()).toEqual(['deprecatedTerm-admn-sts', 'preferredTerm-admn-sts'])
    for (const termSec of elements('termSec')) expect(termSec.children.filter((n: any) => n.name === 'term')).toHaveLength(1)
  })

  it('round-trips what TBX carries, and keeps what it cannot from the draft', () => {
    expect(mergeImported(news, importTbx(tbx), 'tbx')).toEqual(news)
    const fresh = mergeImported(empty, importTbx(tbx), 'tbx')
    expect(concept(fresh, 'kyiv').forms.en).toMatchObject({ preferred: 'Kyiv', variants: expect.arrayContaining(['Kiev']) })
    expect(concept(fresh, 'kyiv').forms.en!.exceptions).toBeUndefined()
    expect(concept(fresh, 'volodymyr_zelensky')).toMatchObject({ kind: 'person', forms: { en: { surname: 'Zelensky' } } })
    expect(concept(fresh, 'kyiv').sources).toEqual(concept(news, 'kyiv').sources)
    expect(() => compileGlossary(mergeImported(news, importTbx(tbx), 'tbx'))).not.toThrow()
  })

  it('reads the TBX v2 layout older tools write, with the first term as the preferred form', () => {
    const v2 = `<?xml version="1.0"?><martif type="TBX"><text><body>
      <termEntry id="kyiv"><langSet xml:lang="en-GB"><tig><term>Kyiv</term></tig><tig><term>Kiev &amp; co</term></tig></langSet>
      <langSet xml:lang="de"><tig><term>Kyjiw</term></tig></langSet></termEntry></body></text></martif>`
    expect(importTbx(v2)).toEqual([{ id: 'kyiv', terms: [
      { concept: 'kyiv', language: 'en', role: 'preferred', form: 'Kyiv' },
      { concept: 'kyiv', language: 'en', role: 'variant', form: 'Kiev & co' },
      { concept: 'kyiv', language: 'de', role: 'preferred', form: 'Kyjiw' },
    ] }])
  })

  it('names the line of an entry it cannot read', () => {
    expect(() => importTbx('<tbx>\n<text><body>\n<conceptEntry>\n</conceptEntry></body></text></tbx>')).toThrow(/tbx line 3: <conceptEntry> needs an id/)
    expect(() => importTbx('<tbx><conceptEntry id="a"><langSec xml:lang="en">\n<termSec></termSec></langSec></conceptEntry></tbx>')).toThrow(/tbx line 2: a term section has no term/)
  })
})

describe('exports for MT engines', () => {
  it('DeepL: one entry a line, source, tab, target, every source once', () => {
    const tsv = exchangeFormats.deepl!.export(news, { from: 'es', to: 'en' })
    const lines = tsv.trimEnd().split('\n')
    for (const line of lines) expect(line).toMatch(/^[^\t\s][^\t]*[^\t\s]\t[^\t\s][^\t]*[^\t\s]$|^\S\t\S/)
    const sources = lines.map((l) => l.split('\t')[0])
    expect(new Set(sources).size).toBe(sources.length)
    expect(lines).toEqual(expect.arrayContaining(['Kiev\tKyiv', 'Volodímir Zelenski\tVolodymyr Zelensky', 'Zelenski\tZelensky', 'Járkov\tKharkiv']))
    expect(() => exchangeFormats.deepl!.export(news)).toThrow(/needs a language pair/)
    expect(() => exchangeFormats.deepl!.export(news, { from: 'es', to: 'xx' })).toThrow(/has no forms in "xx"/)
  })

  it('Google: a header of language codes, one equivalent term set a row', () => {
    const [header, ...rows] = readRecords(exchangeFormats.google!.export(news))
    expect(header!.slice(0, 3)).toEqual(['en', 'es', 'de'])
    for (const row of rows) expect(row).toHaveLength(header!.length)
    expect(rows).toContainEqual(expect.arrayContaining(['Kyiv', 'Kiev', 'Kyjiw']))
    const kyiv = rows.find((r) => r[0] === 'Kyiv')!
    expect([kyiv[0], kyiv[1], kyiv[2]]).toEqual(['Kyiv', 'Kiev', 'Kyjiw'])
  })

  it('Amazon: the source language first in the header, every source form a row', () => {
    const [header, ...rows] = readRecords(exchangeFormats.amazon!.export(news, { from: 'en', to: 'de' }))
    expect(header).toEqual(['en', 'de'])
    expect(rows).toContainEqual(['Kiev', 'Kyjiw'])
    expect(rows).toContainEqual(['Zelenskyy', 'Selenskyj'])
    for (const row of rows) expect(row).toHaveLength(2)
  })
})

describe('glossary validation', () => {
  it('refuses a variant listed twice in one list, naming both entries', () => {
    const twice = structuredClone(news) as GlossarySource
    twice.concepts.find((c) => c.id === 'kyiv')!.forms.en!.variants!.push('Kiev')
    expect(() => compileGlossary(twice)).toThrow(/kyiv\.forms\.en\.variants\[\d+\]: "Kiev" is listed twice \(also variants\[\d+\]\)/)
  })
})
