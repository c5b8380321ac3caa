/**
 * English messages, the reference locale: every other locale has exactly these keys.
 *
 * - Each key of `change` is a rule code, of `warning` a warning code, of `error` an error code;
 *   `language` explains how the language of the text was chosen; `webhook` holds the messages
 *   of the CMS webhooks (src/webhooks/messages.ts lists their keys).
 * - `<key>_<context>` keys are i18next contexts that say more precisely what is wrong
 *   (`invalid_field` with context `string`) or why (`fallback` with context `too-short`).
 * - `<key>_<category>` keys (`_one`, `_few`, `_many`, `_other`...) are the plural forms of a
 *   message rendered with a `count`: one key per plural category of the locale
 *   (`Intl.PluralRules`), and every form uses the same variables (`count` included).
 * - Terms from the text or the request (`original`, `replacement`, `glossary`, `language`,
 *   `contentType`) are quoted with the locale's typographic quotes; JSON field names and
 *   values (`"text"`, `"auto"`) keep straight double quotes, since they are code.
 * - Values are plain text (no HTML); `{{name, number(...)}}` and `{{name, list}}` are
 *   formatted for the locale by Intl.
 */
export const en = {
  change: {
    'preferred-form': 'Use “{{replacement}}” rather than “{{original}}” (house style)',
    'preferred-surname': 'Use “{{replacement}}” rather than “{{original}}” (house-style surname)',
    'translation-leak': 'Use “{{replacement}}”, the {{languageName}} house-style form, rather than “{{original}}”',
  },
  suggestion: {
    held: '{{message}}. Not applied: {{why}}',
    'no-form': '“{{original}}” is a form of the name whose house-style form is “{{preferred}}”',
  },
  reason: {
    'context-missing': 'nothing in the text shows that “{{original}}” is the place the glossary means (the related names it looks for are missing)',
    'context-ambiguous': 'the passage points both ways (a word nearby suggests another meaning), so the context does not decide',
    'name-discussed': 'the sentence talks about the name “{{original}}” itself; changing it would change what the sentence says',
    'self-gloss': '“{{original}}” is glossed by another form of the same name, and both stay as written',
    'both-forms': 'the same sentence also writes this name in another form, so it may speak of the name itself or of something that keeps “{{original}}”: check which form it means',
    'historical-passage': 'the text glosses “{{original}}” with the current name elsewhere, so it uses the historical name on purpose',
    'glossed-passage': 'elsewhere the text glosses “{{original}}” with “{{replacement}}”, so it writes this form on purpose',
    'inflection-unsure': 'neither the house style nor the context confirms the inflected form “{{replacement}}”',
    'form-unknown': 'the words before it do not say which form of “{{preferred}}” would take its place (“{{original}}” is also another word, such as an adjective): change it by hand',
    'language-mismatch': 'the text looks like {{detectedName}} rather than the declared {{languageName}}, so this house style may not apply',
    'other-language': '“{{original}}” is inside a quotation that does not look like {{languageName}} but like a language this glossary has no house style for, so this one may not apply',
    'unstable-boundary': 'in the output, “{{replacement}}” would form another name with the words beside it, so a second run would not leave the text as it is',
    'reference-label': '“{{original}}” is also the reference label of a Markdown link, which must match the link’s definition: change it together with the definition',
    'creates-link': 'in the output, the bracketed text would become a link to the document’s reference definition for “{{replacement}}”; in the input it is plain text',
    'check-only': 'the request asked for a check only ("apply": "none")',
  },
  warning: {
    'language-not-covered':
      'The “{{glossary}}” glossary has no house style for {{languageName}} (“{{language}}”); the text was left unchanged',
    'language-mismatch': 'The text looks like {{detectedName}} (confidence {{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}), not {{languageName}} as declared; the changes were held as suggestions',
    'split-by-markup': 'The name “{{original}}” is split by markup; “{{replacement}}” could not be applied safely and the text was left as it is',
    'split-by-markup_quoting': 'The front matter value cannot hold “{{replacement}}” as it is quoted (a TOML literal string has no escape for an apostrophe; a YAML plain value cannot hold “: ”), so “{{original}}” was left as it is: quote the value with double quotes, or change it by hand',
    'not-read': 'The text “{{original}}” was not read, so it was not normalized; check it',
    'not-read_nesting-limit': 'The text “{{original}}” is nested too deeply in block quotes or lists to be read, so it was not normalized; check it',
    'not-read_unplaced': 'The text “{{original}}” could not be placed exactly in the source, so it was not read or normalized; check it',
    'not-read_left-open': 'The text “{{original}}” follows an element left open that hides its content (such as kbd or code), which a browser would end before it; it was not read or normalized: close the element, or check it',
    'not-read_form-control': 'The text “{{original}}” is in a form control (the options of a select, the text of a textarea or an input, a placeholder): shown on the page, but also what the form sends, so it was not normalized; check it',
    'not-read_foreign-content': 'The text “{{original}}” is in an inline SVG drawing or MathML formula: shown, but laid out by it, so it was not normalized; check it',
    'not-read_front-matter': 'The front matter value “{{original}}” is written over several lines (a block scalar, a multi-line string or a map), so it was not read or normalized: write it on one line, or check it',
    'protection-broken': 'The engine “{{provider}}” broke a protected name in this passage; it was translated again without protection, then normalized',
    'name-missing': 'The name “{{original}}” (“{{form}}”) is missing from the translation of this passage; check it',
    'name-case-unsure': 'The name “{{original}}” was written as “{{form}}”, its dictionary form, where the words before it in the translation call for another case; inflect it',
    'name-article-unsure': 'The name “{{original}}” (“{{form}}”) takes no article, but the translation has one before it, and the words after it do not say whether it is the name’s or a noun’s; check it',
    'format-looks-like-markup': 'The text was read as plain text but looks like markup; send "format" to change only its prose',
    'format-looks-like-markup_markdown': 'The text was read as plain text but looks like Markdown; send "format": "markdown" to change only its prose',
    'format-looks-like-markup_html': 'The text was read as plain text but looks like HTML; send "format": "html" to change only its prose',
    'changes-truncated': 'Only the first {{listed, number}} of {{total, number}} changes are listed (MAX_CHANGES); the text and the diff carry them all',
    'protected-truncated': 'Only the first {{listed, number}} of {{total, number}} protected names are listed (MAX_CHANGES); the translation carries them all',
  },
  language: {
    declared: 'Declared in the request: {{languageName}}',
    detected: 'Detected as {{languageName}} (confidence {{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}})',
    undetermined: 'The language could not be detected',
    'undetermined_no-letters': 'The language could not be detected: the text has no letters',
    'undetermined_too-short_one': 'Too short to detect the language: fewer than {{count}} letter',
    'undetermined_too-short_other': 'Too short to detect the language: fewer than {{count}} letters',
    'undetermined_not-confident':
      'The language could not be detected with enough confidence ({{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}, below {{minConfidence, number(minimumFractionDigits: 2)}})',
    fallback: 'The language could not be detected; used the fallback language, {{languageName}}',
    'fallback_no-letters': 'The text has no letters to detect a language from; used the fallback language, {{languageName}}',
    'fallback_too-short_one':
      'Too short to detect the language (fewer than {{count}} letter); used the fallback language, {{languageName}}',
    'fallback_too-short_other':
      'Too short to detect the language (fewer than {{count}} letters); used the fallback language, {{languageName}}',
    'fallback_not-confident':
      'The language could not be detected with enough confidence ({{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}, below {{minConfidence, number(minimumFractionDigits: 2)}}); used the fallback language, {{languageName}}',
  },
  error: {
    invalid_json: 'The request body must be valid JSON encoded as UTF-8',
    invalid_request: 'The request body must be a JSON object',
    invalid_field: '"{{field}}" is invalid',
    invalid_field_string: '"{{field}}" must be a string',
    invalid_field_well_formed: '"{{field}}" must be well-formed Unicode text (it contains a lone surrogate)',
    invalid_field_language:
      '"{{field}}" must be "auto" or a BCP 47 language tag whose primary subtag has 2 or 3 letters, such as "en" or "pt-BR"',
    invalid_field_glossary_one:
      '"{{field}}" must be a glossary id: a non-empty string of at most {{count}} character (see GET /v1/glossaries)',
    invalid_field_glossary_other:
      '"{{field}}" must be a glossary id: a non-empty string of at most {{count}} characters (see GET /v1/glossaries)',
    invalid_field_target_language: '"{{field}}" must be a BCP 47 language tag such as "en" or "es" naming the language to translate into',
    invalid_field_provider: '"{{field}}" must be a provider id such as "apertium" (see GET /v1/translate/providers)',
    invalid_field_apply: '"{{field}}" must be "confident", "all" or "none"',
    invalid_field_include: '"{{field}}" must name a part of the answer: "text", "language", "changes", "concepts", "diff", "warnings" or "changes.note"',
    invalid_field_documents: '"{{field}}" must be an array of 1 to {{max}} documents',
    invalid_field_format: '"{{field}}" must be "text", "markdown" or "html"',
    invalid_field_export_format: '"{{field}}" must name one of these formats: {{formats, list}}',
    invalid_field_export_pair: '"{{field}}" is required by the {{format}} format: a language the glossary has forms in ({{languages, list}}), not the same as the other one',
    invalid_field_too_many_changes: '"{{field}}" must be "truncate" or "reject"',
    invalid_field_locale:
      '"{{field}}" must be a BCP 47 language tag naming the language of the messages, such as "en", "de" or "es-MX"',
    unknown_glossary: 'Unknown glossary “{{glossary}}”; available: {{available, list}}',
    not_found: 'No route for {{method}} {{path}}',
    method_not_allowed: '{{method}} is not allowed on {{path}}; allowed: {{allowed, list}}',
    payload_too_large: 'The request body is too large',
    payload_too_large_one: 'The request body exceeds the limit of {{count}} byte',
    payload_too_large_other: 'The request body exceeds the limit of {{count}} bytes',
    unsupported_media_type: 'Content-Type must be application/json (charset, if given, utf-8), got “{{contentType}}”',
    unsupported_media_type_missing: 'Content-Type must be application/json (charset, if given, utf-8), got none',
    unsupported_language:
      'The “{{glossary}}” glossary does not normalize “{{language}}”; supported languages: {{supported, list}}',
    request_failed: 'The request could not be completed (HTTP status {{status}})',
    unsupported_media_type_text: 'Content-Type must be one of {{expected}} (charset, if given, utf-8), got “{{contentType}}”',
    invalid_field_preview_texts: '"{{field}}" must be a list of 1 to {{max}} texts (strings, or objects with text, format and language)',
    forbidden: 'This route needs an admin key (one of ADMIN_API_KEYS), sent as Authorization: Bearer',
    forbidden_disabled: 'Changing glossaries is turned off: the operator has configured no ADMIN_API_KEYS',
    read_only: 'The glossaries are read-only here: no glossary store is configured (GLOSSARY_DB)',
    invalid_document: 'The document could not be read: {{reason}}',
    invalid_document_utf8: 'The document could not be read: it is not valid UTF-8',
    invalid_glossary_one: 'Glossary “{{glossary}}” has {{count}} problem (see issues); nothing was stored',
    invalid_glossary_other: 'Glossary “{{glossary}}” has {{count}} problems (see issues); nothing was stored',
    unknown_version: 'Glossary “{{glossary}}” has no version “{{version}}” (see GET /v1/glossaries/:id/versions)',
    too_many_changes: 'The text needs {{total, number}} changes, more than the {{listed, number}} an answer may list; send it in parts, or without "onTooManyChanges": "reject" to get a truncated list',
    response_too_large: 'The answer would exceed {{limit, number}} bytes; send the text in smaller parts',
    bad_request: 'The request is not valid HTTP',
    request_timeout: 'The request was not received in time; send it again without pausing',
    headers_too_large: 'The request headers are too large',
    internal_error: 'Internal error: the request could not be completed',
    unsupported_pair: '“{{provider}}” does not translate {{fromName}} (“{{from}}”) into {{toName}} (“{{to}}”); it translates: {{pairs, list}}',
    unsupported_pair_none: '“{{provider}}” does not translate {{fromName}} (“{{from}}”) into {{toName}} (“{{to}}”); it has no language pairs installed',
    provider_not_configured: 'The translation provider “{{provider}}” is not configured here; configured: {{available, list}}',
    provider_not_configured_none: 'No translation provider is configured: start Apertium (npm run translator) or set DEEPL_AUTH_KEY, then restart the service',
    provider_unavailable: 'The translation provider “{{provider}}” is unavailable; try again later',
    'provider_unavailable_apertium-unreachable':
      'Apertium is not reachable at {{url}}: install it (apt-get install apertium apertium-apy apertium-eng-spa), start it with npm run translator, or set APERTIUM_URL',
    provider_unavailable_unreachable: 'The translation provider “{{provider}}” is not reachable at {{url}}',
    provider_unavailable_key: 'The translation provider “{{provider}}” refused the key (HTTP {{status}}); check its configuration',
    provider_unavailable_quota: 'The translation provider “{{provider}}” quota for this billing period is used up (HTTP {{status}})',
    'provider_unavailable_rate-limited': 'The translation provider “{{provider}}” is rate limiting requests (HTTP 429); try again later',
    'provider_unavailable_engine-error': 'The translation provider “{{provider}}” failed; try again later',
    provider_timeout: 'The translation provider “{{provider}}” did not answer within {{timeoutMs, number}} ms (TRANSLATE_TIMEOUT_MS)',
    provider_bad_answer: 'The translation provider “{{provider}}” answered something that cannot be used; nothing was translated',
    unauthorized: 'This route needs an API key: send the Authorization header with Bearer followed by the key',
    unauthorized_scheme: 'The Authorization header must use the Bearer scheme, followed by the API key',
    unauthorized_invalid: 'The API key is not valid',
    rate_limited: 'Too many requests; retry later',
    rate_limited_one: 'Too many requests; retry in {{count}} second',
    rate_limited_other: 'Too many requests; retry in {{count}} seconds',
  },
  webhook: {
    'idempotency-key-reused': 'This delivery id was already used for a delivery with another body; send a new id (an Idempotency-Key is for one request only)',
    'delivery-in-progress': 'This delivery is being processed right now (by another instance); send it again in a few seconds to get its answer',
    'signature-missing': 'The {{header}} header is missing',
    'signature-malformed': 'The {{header}} header (or the timestamp it needs) is malformed',
    'signature-mismatch': "The {{header}} header does not match the integration's secrets",
    'signature-expired_one': 'The delivery was signed more than {{count}} minute ago (or ahead of our clock); replays are refused',
    'signature-expired_other': 'The delivery was signed more than {{count}} minutes ago (or ahead of our clock); replays are refused',
    'media-type': 'The Content-Type must be application/json or a +json type (charset, if given, utf-8), got “{{contentType}}”',
    'body-not-utf8': 'The body is not valid UTF-8',
    'body-empty': 'The body is empty',
    'body-not-json': 'The body is not valid JSON',
    'body-not-object': 'The body must be a JSON object',
    'generic-body': 'The body must be a JSON object {"id", "locale"?, "fields"}',
    'contentful-body': 'The body must be a JSON object (the Contentful entry)',
    'sanity-body': 'The body must be a JSON object (the document as the webhook projects it)',
    'header-missing': 'The {{header}} header is missing',
    'field-object': '"{{field}}" must be an object',
    'field-id': '"{{field}}" must be an id (letters, digits, ".", "_" or "-")',
    'field-text': '"{{field}}" must be a non-empty string',
    'field-short-text_one': '"{{field}}" must be a non-empty string of at most {{count}} character',
    'field-short-text_other': '"{{field}}" must be a non-empty string of at most {{count}} characters',
    'field-locale': '"{{field}}" must be a locale such as "en-US"',
    'field-map': '"{{field}}" must be an object from field ids to values',
    'field-locale-map': '"{{field}}" must be an object from locales to values',
    'field-positive-integer': '"{{field}}" must be a positive integer',
    'field-date-time': '"{{field}}" must be a date and time',
    'contentful-type': '"sys.type" must be "Entry" for the topic "{{topic}}"',
    'sanity-id': '"_id" must be a document id (project _id in the webhook)',
    'sanity-rev-required': 'Write-back needs the document\'s "_rev": add _rev to the webhook\'s projection',
    'strapi-event': '"event" must be a string such as "entry.update"',
    'strapi-uid': '"uid" must be a content-type uid such as "api::article.article"',
    'unknown-content-type': 'The content type "{{uid}}" has no REST endpoint in writeBack.collections',
    'cms-timeout_one': '{{cms}} did not answer within {{count}} millisecond; nothing was written',
    'cms-timeout_other': '{{cms}} did not answer within {{count}} milliseconds; nothing was written',
    'cms-network': '{{cms}} could not be reached (network error); nothing was written',
    'cms-incomplete': '{{cms}} answered an entry without {{field}}; nothing was written',
    'cms-unauthorized': "{{cms}} answered {{answer}} to {{method}}: check the integration's write-back token",
    'cms-not-found': '{{cms}} answered {{answer}} to {{method}}: the entry no longer exists',
    'cms-rate-limited': '{{cms}} answered {{answer}} to {{method}}: it is rate limiting us; nothing was written',
    'cms-rejected': '{{cms}} answered {{answer}} to {{method}}: the update was refused',
    'cms-failed': '{{cms}} answered {{answer}} to {{method}}; nothing was written',
    'version-conflict':
      'The entry changed in {{cms}} after this delivery (delivered: {{delivered}}); nothing was written, the newer save is normalized by its own delivery',
    'version-conflict-now':
      'The entry changed in {{cms}} after this delivery (delivered: {{delivered}}, now: {{current}}); nothing was written, the newer save is normalized by its own delivery',
    'skip-language-not-covered': 'The locale "{{locale}}" maps to “{{language}}”, which the glossary does not normalize',
    'skip-no-language': 'The locale "{{locale}}" is not in "locales" and has no language subtag',
    'skip-locale-not-mapped': 'The locale "{{locale}}" is not in "locales" and the glossary does not normalize “{{language}}”',
    'skip-not-text': 'The value is not a string (format "{{format}}")',
    'skip-not-rich-text': 'The value is not a rich-text document (an array of blocks or a node with "nodeType")',
    'skip-too-deep': 'The rich-text document is nested too deeply',
    'skip-no-translator': 'No machine translation is configured here; "{{locale}}" was not translated',
    'translation-unavailable': 'The translation into "{{locale}}" could not be made ({{provider}} is unavailable); nothing was written, the delivery can be retried',
    'ignored-event': 'The event "{{event}}" is not an entry save',
    'ignored-deleted': 'The document was deleted',
  },
} as const satisfies MessageTree

/** Two levels: group (`change`, `warning`, `language`, `error`, `webhook`), then key. */
export type MessageTree = Readonly<Record<string, Readonly<Record<string, string>>>>

/** The plural categories of `Intl.PluralRules`; i18next appends them to a key as `_<category>`. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'

/** A key without its plural suffix: `payload_too_large_one` → `payload_too_large`. */
export type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralCategory}` ? Base : K

type PluralBases<K extends string> = K extends `${infer Base}_${PluralCategory}` ? Base : never

/**
 * A group of another locale: English's keys, except that a plural message has the forms of
 * that locale's plural rules (`_other` always; which others is checked by the tests).
 */
type LocaleGroup<K extends string> = { readonly [Key in Exclude<K, `${string}_${PluralCategory}`>]: string } & {
  readonly [Key in `${PluralBases<K>}_other`]: string
} & { readonly [Key in `${PluralBases<K>}_${Exclude<PluralCategory, 'other'>}`]?: string }

/** The shape every locale has: the same groups and keys as English, any wording. */
export type Messages = { readonly [G in keyof typeof en]: LocaleGroup<keyof (typeof en)[G] & string> }
