import * as v from 'valibot'

export const GlossarySummary = v.pipe(
  v.object({
    id: v.string(),
    name: v.string(),
    version: v.pipe(v.string(), v.description('Changes whenever the glossary\'s content does.')),
    languages: v.array(v.string()),
    fallbackLanguage: v.string(),
    concepts: v.pipe(v.number(), v.integer(), v.description('How many concepts it has.')),
    extends: v.optional(v.pipe(v.string(), v.description('For a house-style profile: the glossary it overlays (docs/glossary.md, "Profiles").'))),
  }),
  v.title('GlossarySummary'),
)

export const GlossaryList = v.pipe(v.object({ glossaries: v.array(GlossarySummary) }), v.title('GlossaryList'))

/** The glossary source as docs/glossary.md describes it; its concepts are described there. */
export const Glossary = v.pipe(
  v.looseObject({
    id: v.string(),
    name: v.string(),
    version: v.string(),
    languages: v.array(v.string()),
    concepts: v.array(v.looseObject({ id: v.string() })),
    extends: v.optional(v.pipe(v.string(), v.description('For a profile: the glossary it overlays.'))),
    overrides: v.optional(v.pipe(v.unknown(), v.description('For a profile: the concepts it replaced, per language.'))),
  }),
  v.title('Glossary'),
  v.description('The full source of a glossary (see docs/glossary.md for the concept format).'),
)

export const GlossaryId = v.pipe(v.string(), v.description('A glossary id.'), v.examples(['news']))
