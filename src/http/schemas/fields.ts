import * as v from 'valibot'
import { APPLY_MODES } from '../../core/normalize/change.js'
import { canonicalLanguageTag } from '../request/language-tag.js'

/**
 * The request fields shared by the routes, as valibot schemas. Each failing check's message is
 * the i18n context of the `invalid_field` error (`error.invalid_field_<context>` in
 * src/i18n/locales), so the localized message names the field and says what to fix:
 * src/http/request/validate.ts turns the first issue into that error.
 */

export const maxGlossaryIdLength = 128

/** Texts in one glossary preview (`POST /v1/glossaries/:id/preview`). */
export const maxPreviewTexts = 100

/** Documents in one `POST /v1/normalize/batch`. */
export const maxBatchDocuments = 100

/** Extra message parameters of a context (the `count` of its plural forms...). */
export const contextParams: Readonly<Record<string, Readonly<Record<string, number | string | readonly string[]>>>> = {
  glossary: { count: maxGlossaryIdLength },
  documents: { max: maxBatchDocuments },
  preview_texts: { max: maxPreviewTexts },
}

// The shape canonicalLanguageTag accepts (it also asks Intl); documented as the field's pattern.
const tagPattern = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/

const isTag = (value: string) => canonicalLanguageTag(value) !== undefined

/** Well-formed text (no lone surrogate); may be empty. */
export const Text = v.pipe(
  v.string('string'),
  // No lone surrogate. isWellFormed (ES2024: Node 20+, workerd) is several times faster than a
  // regular expression with lookarounds over a long article.
  v.check((value) => value.isWellFormed(), 'well_formed'),
  v.description('The text, as UTF-16 code units; offsets in the answer index into it. Well-formed Unicode (no lone surrogate).'),
)

export const formats = ['text', 'markdown', 'html'] as const
export type Format = (typeof formats)[number]

export const FormatField = v.optional(
  v.pipe(v.picklist(formats, 'format'), v.description('How the text is written: only the prose of Markdown and HTML changes.')),
  'text',
)

/** "auto" or a BCP 47 tag, canonicalized ("EN-gb" → "en-GB"). */
export const LanguageField = v.optional(
  v.pipe(
    v.string('language'),
    v.maxLength(64, 'language'),
    v.regex(/^(?:auto|[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$/, 'language'),
    v.check((value) => value === 'auto' || isTag(value), 'language'),
    v.description('"auto" to detect it, or a BCP 47 language tag; only its primary subtag chooses the house style.'),
    v.examples(['auto', 'en', 'es', 'pt-BR']),
    v.transform((value) => (value === 'auto' ? value : canonicalLanguageTag(value)!)),
  ),
  'auto',
)

export const GlossaryField = v.optional(
  v.pipe(
    v.string('glossary'),
    v.minLength(1, 'glossary'),
    v.maxLength(maxGlossaryIdLength, 'glossary'),
    v.description('A glossary id (GET /v1/glossaries); default: the service\'s default glossary.'),
    v.examples(['news']),
  ),
)

/** The language of the messages in the answer; falls back to Accept-Language, then English. */
export const LocaleField = v.optional(
  v.pipe(
    v.string('locale'),
    v.maxLength(64, 'locale'),
    v.regex(tagPattern, 'locale'),
    v.check(isTag, 'locale'),
    v.description('BCP 47 tag of the language of the messages (en, es, de, fr, uk; "es-MX" falls back to es). Overrides Accept-Language.'),
    v.examples(['en', 'es-MX']),
  ),
)

/** Which findings change the text (docs/changes.md). */
export const ApplyField = v.optional(
  v.pipe(
    v.picklist(APPLY_MODES, 'apply'),
    v.description('"confident" applies what the context decides and suggests the rest; "all" applies suggestions too (never a name discussed as a name); "none" only checks.'),
  ),
  'confident',
)

/** What to do with more changes than an answer may list (MAX_CHANGES). */
export const OnTooManyChangesField = v.optional(
  v.pipe(
    v.picklist(['truncate', 'reject'], 'too_many_changes'),
    v.description('More changes than MAX_CHANGES: "truncate" lists the first ones with a changes-truncated warning (the text and the diff carry them all); "reject" answers 422 too_many_changes.'),
  ),
  'truncate',
)

/** The language to translate into: a BCP 47 tag, required, not "auto". */
export const TargetLanguageField = v.pipe(
  v.string('target_language'),
  v.maxLength(64, 'target_language'),
  v.regex(tagPattern, 'target_language'),
  v.check(isTag, 'target_language'),
  v.description('The language to translate into: a BCP 47 tag.'),
  v.examples(['en']),
  v.transform((value) => canonicalLanguageTag(value)!),
)

/** A translation provider id ("apertium", "deepl", "workers-ai"); default: the service's. */
export const ProviderField = v.optional(
  v.pipe(v.string('provider'), v.regex(/^[a-z][a-z0-9-]{0,63}$/, 'provider'), v.description('A provider id (GET /v1/translate/providers); default: the service\'s.')),
)
