/**
 * English messages. Each key of `change` is a rule code, of `warning` a warning code, of
 * `error` an error code; `<code>_<context>` keys are i18next contexts that say more precisely
 * what is wrong (e.g. `invalid_field` with context `string`). Values are plain text: no HTML.
 * Another locale is a file like this one, typed `Messages`, listed in `./index.ts`.
 */
export const en = {
  change: {
    'preferred-form': 'Use “{{replacement}}” rather than “{{original}}” (house style)',
    'preferred-surname': 'Use “{{replacement}}” rather than “{{original}}” (house-style surname)',
    'translation-leak': 'Use “{{replacement}}”, the {{languageName}} house-style form, rather than “{{original}}”',
  },
  warning: {
    'language-not-covered':
      'The “{{glossary}}” glossary has no house style for {{languageName}} (“{{language}}”); the text was left unchanged',
  },
  error: {
    invalid_json: 'The request body must be valid JSON encoded as UTF-8',
    invalid_request: 'The request body must be a JSON object',
    invalid_field: '"{{field}}" is invalid',
    invalid_field_string: '"{{field}}" must be a string',
    invalid_field_well_formed: '"{{field}}" must be well-formed Unicode text (it contains a lone surrogate)',
    invalid_field_language:
      '"{{field}}" must be "auto" or a BCP 47 language tag whose primary subtag has 2 or 3 letters, such as "en" or "pt-BR"',
    invalid_field_glossary: '"{{field}}" must be a glossary id: a non-empty string of at most {{max}} characters (see GET /v1/glossaries)',
    unknown_glossary: 'Unknown glossary “{{glossary}}”; available: {{available, list}}',
    not_found: 'No route for {{method}} {{path}}',
    method_not_allowed: '{{method}} is not allowed on {{path}}; allowed: {{allowed, list}}',
    payload_too_large: 'The request body exceeds the limit of {{limit}} bytes',
    unsupported_media_type: 'Content-Type must be application/json (charset, if given, utf-8), got “{{contentType}}”',
    unsupported_media_type_missing: 'Content-Type must be application/json (charset, if given, utf-8), got none',
    unsupported_language:
      'The “{{glossary}}” glossary does not normalize “{{language}}”; supported languages: {{supported, list}}',
    internal_error: 'Internal error: the request could not be completed',
  },
} as const satisfies MessageTree

/** Two levels: group (`change`, `warning`, `error`), then key. */
export type MessageTree = Readonly<Record<string, Readonly<Record<string, string>>>>

/** The shape every locale has: the same groups and keys as English, any wording. */
export type Messages = { readonly [G in keyof typeof en]: { readonly [K in keyof (typeof en)[G]]: string } }
