import { describe, expect, it } from 'vitest'
import type { GlossarySource } from '../../src/core/glossary/source.js'
import { issuesOf } from '../fixtures/glossary-issues.js'

// languages/<lang>.yaml `articles` and forms.<lang>.article (src/translate/grammar.ts uses them).
const source = (articles: unknown, article: unknown = 'la'): GlossarySource => {
  const glossary: GlossarySource = {
    id: 't', name: 'T', fallbackLanguage: 'es', languages: ['es'],
    languageRules: { es: { file: 'glossaries/t/languages/es.yaml' } },
    concepts: [{ id: 'rada', kind: 'institution', file: 'rada.yaml', forms: { es: { preferred: 'Rada Suprema' } } }],
  }
  // As an upload would send them: JSON that the types do not vouch for.
  Object.assign(glossary.languageRules!.es!, { articles })
  Object.assign(glossary.concepts[0]!.forms.es!, { article })
  return glossary
}

describe('articles in the glossary format', () => {
  it('accepts articles with their spellings, and a concept naming one', () => {
    expect(issuesOf(source({ spellings: { el: ['el', 'del', 'al'], la: ['la', 'de la', 'a la'] } }))).toEqual([])
  })

  it('names the file and entry of bad articles', () => {
    const at = 'glossaries/t/languages/es.yaml: languageRules.es.articles'
    expect(issuesOf(source({ spellings: { el: ['el', 'del'], la: ['La', 'de la', 'a la'] }, extra: 1 }))).toEqual([
      `${at}.extra: unknown key "extra" (expected one of spellings, prepositions, why)`,
      `${at}.spellings.la: must list the article alone, then joined to each preposition, in lower case, like [el, del, al]`,
    ])
    expect(issuesOf(source({ spellings: { el: ['el', 'del'], la: ['la', 'de la', 'a la'] } }))).toEqual([
      `${at}.spellings: every article needs as many spellings as the others, in the same order`,
    ])
    expect(issuesOf(source({ spellings: { el: ['el'] } }))[0]).toContain('must map two or more articles')
    expect(issuesOf(source({ spellings: { el: ['el', 'del', 'al'], la: ['la', 'de la', 'a la'] }, prepositions: ['en', 'de la'] }))).toEqual([
      `${at}.prepositions: must list single words in lower case, like [en, de, a]`,
    ])
  })

  it("refuses a concept's article that the language does not have", () => {
    const articles = { spellings: { el: ['el', 'del', 'al'], la: ['la', 'de la', 'a la'] } }
    expect(issuesOf(source(articles, 'los'))).toEqual(['rada.yaml: rada.forms.es.article: "los" is not an article of the language (languages/es.yaml: articles)'])
    expect(issuesOf(source(articles, 'La'))).toEqual([
      'rada.yaml: rada.forms.es.article: must be an article in lower case, as the language\'s articles name it, like "la"',
      'rada.yaml: rada.forms.es.article: "La" is not an article of the language (languages/es.yaml: articles)',
    ])
  })
})

// Round 33: a name that takes no article ("Snake Island"), for a language whose articles agree
// (Spanish `articles`) or whose one article does not (English `definiteArticles: [the]`).
describe('article: false', () => {
  const english = (rules: unknown, article: unknown = false): GlossarySource => ({
    id: 't', name: 'T', fallbackLanguage: 'en', languages: ['en'],
    languageRules: { en: { file: 'glossaries/t/languages/en.yaml', ...(rules as object) } },
    concepts: [{ id: 'snake', kind: 'place', file: 'snake.yaml', forms: { en: { preferred: 'Snake Island', article } as never } }],
  })

  it('is accepted where the language names its articles, either way', () => {
    expect(issuesOf(english({ definiteArticles: ['the'] }))).toEqual([])
    expect(issuesOf(source({ spellings: { el: ['el', 'del', 'al'], la: ['la', 'de la', 'a la'] } }, false))).toEqual([])
  })

  it('is refused where the language names none, and definiteArticles must be lower-case words', () => {
    expect(issuesOf(english({}))).toEqual(["snake.yaml: snake.forms.en.article: false needs the language's articles (languages/en.yaml: articles or definiteArticles)"])
    expect(issuesOf(english({ definiteArticles: ['The'] }))).toEqual(['glossaries/t/languages/en.yaml: languageRules.en.definiteArticles: must list single words in lower case, like [the]'])
    expect(issuesOf(english({ definiteArticles: ['the'] }, true))[0]).toContain('must be an article in lower case')
  })
})
