import { Parser } from 'htmlparser2'
import type { GlossarySource, LocalizedText } from '../source.js'
import { ExchangeError, type ImportedConcept } from './types.js'
import { conceptTerms, type Term, type TermRole } from './terms.js'

/**
 * TBX-Basic in TBX v3 (ISO 30042:2019), DCA style: one `conceptEntry` a concept, one `langSec`
 * a language, one `termSec` a form. The house style maps onto the TBX-Basic data categories
 * `administrativeStatus` (preferred form: `preferredTerm-admn-sts`; a variant that must change:
 * `deprecatedTerm-admn-sts`) and `termType` (a person's surname used alone: `shortForm`).
 * Sources are `externalCrossReference` links; notes are concept-level `note` elements, one per
 * reader's language (`xml:lang`) when the note has several. TBX has no place for
 * exceptions, given-name variants, context conditions or examples (every field it cannot carry:
 * `exchangeFormats.tbx.cannotCarry`, docs/glossary-exchange.md).
 * Layout: https://www.tbxinfo.net/tbx-basic/ (the TBX-Basic dialect, DCA style).
 */
const NS = 'urn:iso:std:iso:30042:ed-2'
const PREFERRED = 'preferredTerm-admn-sts'
const DEPRECATED = 'deprecatedTerm-admn-sts'
const CARRIED = new Set<TermRole>(['preferred', 'surname', 'variant', 'surname-variant'])

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'))

export function exportTbx(glossary: GlossarySource): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tbx style="dca" type="TBX-Basic" xml:lang="${escape(glossary.fallbackLanguage)}" xmlns="${NS}">`,
    '  <tbxHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${escape(glossary.name)}</title></titleStmt>`,
    `      <sourceDesc><p>Copydesk glossary ${escape(glossary.id)}</p></sourceDesc>`,
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
  ]
  for (const concept of glossary.concepts) {
    out.push(`      <conceptEntry id="${escape(concept.id)}">`)
    // A note is for readers: one text, or one per reader's language (xml:lang on the note).
    if (typeof concept.note === 'string') out.push(`        <note>${escape(concept.note)}</note>`)
    else for (const [reader, note] of Object.entries(concept.note ?? {})) out.push(`        <note xml:lang="${escape(reader)}">${escape(note)}</note>`)
    for (const url of concept.sources ?? []) {
      out.push(`        <xref type="externalCrossReference" target="${escape(url)}">${escape(url)}</xref>`)
    }
    const byLanguage = new Map<string, Term[]>()
    for (const term of conceptTerms(concept)) {
      if (CARRIED.has(term.role)) byLanguage.set(term.language, [...(byLanguage.get(term.language) ?? []), term])
    }
    for (const [language, terms] of byLanguage) {
      out.push(`        <langSec xml:lang="${escape(language)}">`)
      for (const { role, form } of terms) {
        const short = role === 'surname' || role === 'surname-variant'
        const status = role === 'preferred' || role === 'surname' ? PREFERRED : DEPRECATED
        out.push(
          `          <termSec><term>${escape(form)}</term>` +
            `<termNote type="termType">${short ? 'shortForm' : 'fullForm'}</termNote>` +
            `<termNote type="administrativeStatus">${status}</termNote></termSec>`,
        )
      }
      out.push('        </langSec>')
    }
    out.push('      </conceptEntry>')
  }
  out.push('    </body>', '  </text>', '</tbx>', '')
  return out.join('\n')
}

interface OpenTerm {
  form: string
  termType?: string
  status?: string
  /** Where the term section starts, for an error's line. */
  at: number
}

/**
 * Reads TBX (v3 `conceptEntry`/`langSec`/`termSec`, and the v2 `termEntry`/`langSet`/`tig` that
 * older tools write). A term without `administrativeStatus` is the preferred form when it is
 * the first full form of its language, else a variant.
 */
export function importTbx(text: string): ImportedConcept[] {
  const concepts: ImportedConcept[] = []
  let concept: ImportedConcept | undefined
  let language: string | undefined
  let term: OpenTerm | undefined
  let noteMap: Record<string, string> = {}
  let capture: { kind: 'term' | 'termNote' | 'note'; type?: string; lang?: string; text: string } | undefined
  const lineAt = (index: number): number => text.slice(0, index).split('\n').length
  const fail = (message: string): never => {
    throw new ExchangeError('tbx', lineAt(parser.startIndex), message)
  }
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'conceptEntry' || name === 'termEntry') {
          if (!attrs.id) fail(`<${name}> needs an id`)
          concept = { id: attrs.id!, terms: [] }
          noteMap = {}
        } else if (name === 'langSec' || name === 'langSet') {
          language = attrs['xml:lang']?.toLowerCase().split('-')[0]
          if (!concept) fail(`<${name}> outside a concept entry`)
          if (!language) fail(`<${name}> needs xml:lang`)
        } else if (name === 'termSec' || name === 'tig' || name === 'ntig') {
          if (!language) fail(`<${name}> outside a language section`)
          term = { form: '', at: parser.startIndex }
        } else if (name === 'term' || name === 'note' || name === 'termNote') {
          capture = { kind: name, type: attrs.type, lang: attrs['xml:lang'], text: '' }
        } else if (name === 'xref' && attrs.type === 'externalCrossReference' && concept && attrs.target) {
          ;(concept.sources ??= []).push(attrs.target)
        }
      },
      ontext(data) {
        if (capture) capture.text += data
      },
      onclosetag(name) {
        if (capture && name === capture.kind) {
          const value = capture.text.trim()
          if (capture.kind === 'term' && term) term.form = value
          else if (capture.kind === 'termNote' && term && capture.type === 'termType') term.termType = value
          else if (capture.kind === 'termNote' && term && capture.type === 'administrativeStatus') term.status = value
          else if (capture.kind === 'note' && !term && !language && concept) {
            if (capture.lang) noteMap[capture.lang] = value
            else concept.note = value
          }
          capture = undefined
        } else if ((name === 'termSec' || name === 'tig' || name === 'ntig') && term && concept && language) {
          if (!term.form) throw new ExchangeError('tbx', lineAt(term.at), 'a term section has no term')
          concept.terms.push({ concept: concept.id, language, role: roleOf(term, concept.terms, language), form: term.form })
          term = undefined
        } else if (name === 'langSec' || name === 'langSet') {
          language = undefined
        } else if ((name === 'conceptEntry' || name === 'termEntry') && concept) {
          if (Object.keys(noteMap).length > 0) concept.note = noteMap as LocalizedText
          if (concept.terms.some((t) => t.role === 'surname')) concept.kind = 'person'
          concepts.push(concept)
          concept = undefined
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  )
  parser.end(text)
  return concepts
}

function roleOf(term: OpenTerm, earlier: readonly Term[], language: string): TermRole {
  const short = term.termType === 'shortForm'
  const preferred =
    term.status === PREFERRED ||
    (term.status === undefined && !earlier.some((t) => t.language === language && t.role === (short ? 'surname' : 'preferred')))
  if (short) return preferred ? 'surname' : 'surname-variant'
  return preferred ? 'preferred' : 'variant'
}
