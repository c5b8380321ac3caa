import * as v from 'valibot'
import { FormatField, GlossaryField, LanguageField, LocaleField, ProviderField, TargetLanguageField, Text } from './fields.js'

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
  v.looseObject({
    text: v.pipe(v.string(), v.description('The translation, in the target language\'s house style.')),
    machineTranslation: v.pipe(v.string(), v.description('What the engine produced; the changes\' offsets index into it.')),
    provider: v.string(),
    changes: v.array(v.looseObject({ start: v.number(), end: v.number(), line: v.number(), column: v.number(), original: v.string(), replacement: v.string(), message: v.string() })),
    warnings: v.array(v.looseObject({ code: v.string(), message: v.string() })),
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
