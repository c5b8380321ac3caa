import * as v from 'valibot'
import { REASON_CODES } from '../../core/normalize/change.js'
import { ApplyField, FormatField, maxBatchDocuments, GlossaryField, LanguageField, LocaleField, OnTooManyChangesField, Text } from './fields.js'
import { ErrorBody } from './errors.js'
import { Language } from './language.js'

/** Parts of the normalize answer a caller can ask for with `include`; all by default. */
export const responseParts = ['text', 'language', 'changes', 'concepts', 'diff', 'warnings'] as const
/** Not a part by default: the deprecated `note` on each change (API 1.0), for callers that still read it. */
export const deprecatedParts = ['changes.note'] as const
export const includeItems = [...responseParts, ...deprecatedParts] as const
export type IncludeItem = (typeof includeItems)[number]

export const IncludeField = v.optional(
  v.pipe(
    v.array(v.picklist(includeItems, 'include'), 'include'),
    v.description(
      'The parts of the answer to send; default all of text, language, changes, concepts, diff, warnings (glossary and locale are always sent). "changes.note" puts the deprecated per-change note back.',
    ),
    v.examples([['changes'], ['text', 'changes', 'concepts']]),
  ),
)

/** One document to normalize: the body of POST /v1/normalize, an item of a batch. */
export const NormalizeOptions = {
  text: Text,
  format: FormatField,
  language: LanguageField,
  glossary: GlossaryField,
  apply: ApplyField,
  include: IncludeField,
  onTooManyChanges: OnTooManyChangesField,
}

export const NormalizeRequest = v.pipe(
  v.object({ ...NormalizeOptions, locale: LocaleField }, 'invalid_request'),
  v.title('NormalizeRequest'),
)
export type NormalizeRequest = v.InferOutput<typeof NormalizeRequest>

export const rules = ['preferred-form', 'preferred-surname', 'translation-leak'] as const

/**
 * The language whose house style a change followed (API 1.2): the copy's, or that of a quotation,
 * paragraph or block in another language (docs/changes.md), which the message does not say.
 */
export const ChangeLanguage = v.pipe(
  v.string(),
  v.description(
    'The language whose house style the change followed, one of the glossary\'s languages (ISO 639 codes such as "es"): the text\'s, or, inside a quotation, a paragraph or (Markdown, HTML with language "auto") a block in another language the glossary covers, that language\'s ("en" for an English quotation in Spanish copy).',
  ),
  v.examples(['en', 'es']),
)

export const Change = v.pipe(
  v.object({
    start: v.pipe(v.number(), v.integer(), v.description('UTF-16 offset of the first code unit replaced: text.slice(start, end) === original.')),
    end: v.pipe(v.number(), v.integer(), v.description('UTF-16 offset just past the replaced text.')),
    line: v.pipe(v.number(), v.integer(), v.description('1-based line of start (lines end at \\n, \\r\\n or \\r).')),
    column: v.pipe(v.number(), v.integer(), v.description('1-based column of start, in UTF-16 code units from the line\'s start.')),
    endLine: v.pipe(v.number(), v.integer(), v.description('1-based line of end.')),
    endColumn: v.pipe(v.number(), v.integer(), v.description('1-based column of end (exclusive).')),
    original: v.string(),
    replacement: v.string(),
    concept: v.pipe(v.string(), v.description('The glossary concept; its note is in `concepts`.')),
    rule: v.pipe(v.picklist(rules), v.description('The stable rule code.')),
    language: ChangeLanguage,
    message: v.pipe(v.string(), v.description('What the rule says, in the locale of the answer; a suggestion\'s also says why it was held.')),
    status: v.pipe(v.picklist(['applied', 'suggested']), v.description('applied: in text and diff; suggested: reported only (docs/changes.md).')),
    reason: v.optional(v.pipe(v.picklist(REASON_CODES), v.description('Why it was held back: a stable code (docs/changes.md).'))),
    note: v.optional(v.pipe(v.string(), v.description('Deprecated since API 1.1: the concept\'s note, only with include "changes.note"; read concepts[concept].note.'), v.metadata({ deprecated: true }))),
  }),
  v.title('Change'),
)

export const Concept = v.pipe(
  v.object({ note: v.optional(v.pipe(v.string(), v.description('The glossary\'s note on the concept, in the locale of the answer when it has one.'))) }),
  v.title('Concept'),
)

export const Warning = v.pipe(
  v.object({
    code: v.pipe(v.picklist(['language-not-covered', 'language-mismatch', 'split-by-markup', 'not-read', 'format-looks-like-markup', 'changes-truncated']), v.description('Stable warning code.')),
    detected: v.optional(v.pipe(v.string(), v.description('language-mismatch: the language detected with confidence.'))),
    confidence: v.optional(v.number()),
    message: v.pipe(v.string(), v.description('In the locale of the answer.')),
    language: v.optional(v.string()),
    glossary: v.optional(v.string()),
    original: v.optional(v.string()),
    replacement: v.optional(v.string()),
    reason: v.optional(v.pipe(v.picklist(['nesting-limit', 'unplaced', 'left-open', 'form-control', 'foreign-content', 'front-matter', 'quoting']), v.description('not-read: why the parser did not read the span; split-by-markup `quoting`: a front matter value\'s quoting cannot hold the replacement (docs/api.md).'))),
    start: v.optional(v.number()),
    end: v.optional(v.number()),
    looksLike: v.optional(v.pipe(v.picklist(['markdown', 'html']), v.description('format-looks-like-markup: the format the text looks written in.'))),
    total: v.optional(v.pipe(v.number(), v.integer(), v.description('changes-truncated: every change the text needed (the text and the diff carry them all).'))),
    listed: v.optional(v.pipe(v.number(), v.integer(), v.description('changes-truncated: the changes listed (the first ones, MAX_CHANGES).'))),
  }),
  v.title('Warning'),
)

export const NormalizeResponse = v.pipe(
  v.object({
    text: v.optional(v.pipe(v.string(), v.description('The normalized text; outside the changes, byte for byte the input.'))),
    language: v.optional(Language),
    glossary: v.object({ id: v.string(), version: v.string() }),
    changes: v.optional(v.pipe(v.array(Change), v.description('In input order, non-overlapping.'))),
    concepts: v.optional(v.pipe(v.record(v.string(), Concept), v.description('Once per concept that changed: its note.'))),
    diff: v.optional(v.pipe(v.string(), v.description('Unified patch from the input to text; empty when nothing changed.'))),
    warnings: v.optional(v.array(Warning)),
    locale: v.pipe(v.string(), v.description('The locale of every message in the answer (also Content-Language).')),
  }),
  v.title('NormalizeResponse'),
)
export type NormalizeResponse = v.InferOutput<typeof NormalizeResponse>

export const BatchRequest = v.pipe(
  v.object(
    {
      documents: v.pipe(
        v.array(v.unknown(), 'documents'),
        v.minLength(1, 'documents'),
        v.maxLength(maxBatchDocuments, 'documents'),
        v.description(`1 to ${maxBatchDocuments} documents, each with the fields of POST /v1/normalize but locale; each is validated on its own.`),
      ),
      locale: LocaleField,
    },
    'invalid_request',
  ),
  v.title('BatchRequest'),
)

export const BatchResponse = v.pipe(
  v.object({
    results: v.pipe(
      v.array(v.union([NormalizeResponse, ErrorBody])),
      v.description('One per document, in order: the answer of POST /v1/normalize, or {"error"} for that document alone.'),
    ),
    locale: v.string(),
  }),
  v.title('BatchResponse'),
)
