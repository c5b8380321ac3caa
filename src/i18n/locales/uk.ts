import type { Messages } from './en.js'

/** Ukrainian. Quotes: «…». See `./en.ts` for the conventions. */
export const uk = {
  change: {
    'preferred-form': 'Пишіть «{{replacement}}», а не «{{original}}» (стиль редакції)',
    'preferred-surname': 'Пишіть «{{replacement}}», а не «{{original}}» (прізвище за стилем редакції)',
    'translation-leak': 'Пишіть «{{replacement}}», а не «{{original}}» (форма за стилем редакції; мова тексту — {{languageName}})',
  },
  warning: {
    'language-not-covered':
      'Глосарій «{{glossary}}» не має стилю редакції для мови тексту ({{languageName}}, «{{language}}»); текст залишено без змін',
    'split-by-markup': 'Назву «{{original}}» розірвано розміткою; «{{replacement}}» не вдалося безпечно застосувати, текст залишено без змін',
  },
  language: {
    declared: 'Мову вказано в запиті: {{languageName}}',
    detected: 'Визначено мову: {{languageName}} (впевненість {{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}})',
    undetermined: 'Не вдалося визначити мову',
    'undetermined_no-letters': 'Не вдалося визначити мову: у тексті немає літер',
    'undetermined_too-short_one': 'Текст закороткий, щоб визначити мову: менше ніж {{count}} літера',
    'undetermined_too-short_few': 'Текст закороткий, щоб визначити мову: менше ніж {{count}} літери',
    'undetermined_too-short_many': 'Текст закороткий, щоб визначити мову: менше ніж {{count}} літер',
    'undetermined_too-short_other': 'Текст закороткий, щоб визначити мову: менше ніж {{count}} літери',
    'undetermined_not-confident':
      'Не вдалося впевнено визначити мову (впевненість {{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}, нижче порога {{minConfidence, number(minimumFractionDigits: 2)}})',
    fallback: 'Не вдалося визначити мову; застосовано резервну мову — {{languageName}}',
    'fallback_no-letters': 'У тексті немає літер, за якими можна визначити мову; застосовано резервну мову — {{languageName}}',
    'fallback_too-short_one':
      'Текст закороткий, щоб визначити мову (менше ніж {{count}} літера); застосовано резервну мову — {{languageName}}',
    'fallback_too-short_few':
      'Текст закороткий, щоб визначити мову (менше ніж {{count}} літери); застосовано резервну мову — {{languageName}}',
    'fallback_too-short_many':
      'Текст закороткий, щоб визначити мову (менше ніж {{count}} літер); застосовано резервну мову — {{languageName}}',
    'fallback_too-short_other':
      'Текст закороткий, щоб визначити мову (менше ніж {{count}} літери); застосовано резервну мову — {{languageName}}',
    'fallback_not-confident':
      'Не вдалося впевнено визначити мову (впевненість {{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}, нижче порога {{minConfidence, number(minimumFractionDigits: 2)}}); застосовано резервну мову — {{languageName}}',
  },
  error: {
    invalid_json: 'Тіло запиту має бути коректним JSON у кодуванні UTF-8',
    invalid_request: 'Тіло запиту має бути об’єктом JSON',
    invalid_field: 'Поле "{{field}}" некоректне',
    invalid_field_string: 'Поле "{{field}}" має бути рядком',
    invalid_field_well_formed: 'Поле "{{field}}" має бути коректним текстом Unicode (у ньому є непарний сурогат)',
    invalid_field_language:
      'Поле "{{field}}" має бути "auto" або мовним тегом BCP 47 з основним підтегом із 2 або 3 літер, наприклад "en" чи "pt-BR"',
    invalid_field_glossary_one:
      'Поле "{{field}}" має бути ідентифікатором глосарію: непорожнім рядком не довшим за {{count}} символ (див. GET /v1/glossaries)',
    invalid_field_glossary_few:
      'Поле "{{field}}" має бути ідентифікатором глосарію: непорожнім рядком не довшим за {{count}} символи (див. GET /v1/glossaries)',
    invalid_field_glossary_many:
      'Поле "{{field}}" має бути ідентифікатором глосарію: непорожнім рядком не довшим за {{count}} символів (див. GET /v1/glossaries)',
    invalid_field_glossary_other:
      'Поле "{{field}}" має бути ідентифікатором глосарію: непорожнім рядком не довшим за {{count}} символу (див. GET /v1/glossaries)',
    invalid_field_format: '"{{field}}" має бути "text", "markdown" або "html"',
    invalid_field_locale:
      'Поле "{{field}}" має бути мовним тегом BCP 47, що задає мову повідомлень, наприклад "en", "de" чи "es-MX"',
    unknown_glossary: 'Невідомий глосарій «{{glossary}}»; доступні: {{available, list}}',
    not_found: 'Немає маршруту для {{method}} {{path}}',
    method_not_allowed: 'Метод {{method}} не дозволено для {{path}}; дозволені: {{allowed, list}}',
    payload_too_large_one: 'Тіло запиту перевищує ліміт у {{count}} байт',
    payload_too_large_few: 'Тіло запиту перевищує ліміт у {{count}} байти',
    payload_too_large_many: 'Тіло запиту перевищує ліміт у {{count}} байтів',
    payload_too_large_other: 'Тіло запиту перевищує ліміт у {{count}} байта',
    unsupported_media_type: 'Content-Type має бути application/json (charset, якщо вказано, — utf-8), отримано «{{contentType}}»',
    unsupported_media_type_missing: 'Content-Type має бути application/json (charset, якщо вказано, — utf-8), але його не вказано',
    unsupported_language:
      'Глосарій «{{glossary}}» не нормалізує «{{language}}»; підтримувані мови: {{supported, list}}',
    internal_error: 'Внутрішня помилка: запит не вдалося виконати',
  },
} as const satisfies Messages
