import type { GlossarySource } from '../../../src/core/api.js'

/**
 * A glossary of two concepts for the tests of the app factory (limits, logging, errors),
 * so they do not depend on the content of the shipped glossaries.
 */
export function tinyGlossary(id = 'tiny'): GlossarySource {
  return {
    id,
    name: 'Tiny',
    fallbackLanguage: 'en',
    languages: ['en', 'de'],
    concepts: [
      {
        id: 'kyiv',
        kind: 'place',
        note: 'Kyiv is the romanization of the Ukrainian name.',
        forms: {
          en: { preferred: 'Kyiv', variants: ['Kiev'] },
          de: { preferred: 'Kyjiw', variants: ['Kiew'] },
        },
      },
      {
        id: 'kharkiv',
        kind: 'place',
        forms: { en: { preferred: 'Kharkiv', variants: ['Kharkov'] } },
      },
    ],
  }
}
