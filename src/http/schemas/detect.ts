import * as v from 'valibot'
import { LocaleField, Text } from './fields.js'
import { Language } from './language.js'

export const DetectRequest = v.pipe(
  v.object({ text: Text, locale: LocaleField }, 'invalid_request'),
  v.title('DetectRequest'),
)

export const DetectResponse = v.pipe(
  v.object({
    language: v.pipe(v.object({ ...Language.entries, blocks: v.optional(v.never()) }), v.description('The decision; "und" when it could not tell.')),
    candidates: v.pipe(
      v.array(v.object({ code: v.string(), score: v.number() })),
      v.description('The languages considered, most likely first; score rounded to 3 decimals.'),
    ),
    locale: v.string(),
  }),
  v.title('DetectResponse'),
)
