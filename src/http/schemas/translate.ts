import * as v from 'valibot'
import { FormatField, GlossaryField, LanguageField, LocaleField, ProviderField, TargetLanguageField, Text } from './fields.js'
import { ChangeLanguage } from './normalize.js'

/** `POST /v1/translate` (docs/translate.md). */
export const TranslateRequest = v.pipe(
  v.object(
    { text: Text, to: TargetLanguageField, from: LanguageField, format: FormatField, glossary: GlossaryField, provider: ProviderField, locale: LocaleField },
    'invalid_request',
  ),
  v.title('TranslateRequest'),
)

/** The translation and what normalization did on top of the engine's output (docs/translate.md). */
export const TranslateResponse = v.pipe(
  v.object({
    text: v.pipe(v.string(), v.description('The translation, in the target language\'s house style.')),
    machineTranslation: v.pipe(v.string(), v.description('What the engine produced; the changes\' offsets index into it.')),
    provider: v.pipe(v.object({ id: v.string(), engine: v.string() }), v.description('The provider that translated, and its engine.')),
    changes: v.array(
      v.object({
        start: v.number(), end: v.number(), line: v.number(), column: v.number(), endLine: v.number(), endColumn: v.number(),
        original: v.string(), replacement: v.string(), concept: v.string(), language: ChangeLanguage, message: v.string(), status: v.picklist(['applied', 'suggested']),
      }),
    ),
    warnings: v.array(v.object({ code: v.string(), message: v.string() })),
    locale: v.string(),
  }),
  v.title('TranslateResponse'),
)

export const TranslateProviders = v.pipe(
  v.object({
    default: v.nullable(v.string()),
    providers: v.array(v.looseObject({ id: v.string() })),
  }),
  v.title('TranslateProviders'),
)
