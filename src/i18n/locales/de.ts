import type { Messages } from './en.js'

/** German. Quotes: „…“. See `./en.ts` for the conventions. */
export const de = {
  change: {
    'preferred-form': '„{{replacement}}“ statt „{{original}}“ verwenden (Hausstil)',
    'preferred-surname': '„{{replacement}}“ statt „{{original}}“ verwenden (Nachname laut Hausstil)',
    'translation-leak': '„{{replacement}}“ statt „{{original}}“ verwenden (Hausstil für Texte auf {{languageName}})',
  },
  warning: {
    'language-not-covered':
      'Das Glossar „{{glossary}}“ hat keinen Hausstil für Texte auf {{languageName}} („{{language}}“); der Text bleibt unverändert',
    'split-by-markup': 'Der Name „{{original}}“ wird durch Auszeichnung getrennt; „{{replacement}}“ ließ sich nicht sicher einsetzen, der Text bleibt unverändert',
  },
  language: {
    declared: 'In der Anfrage angegeben: {{languageName}}',
    detected: 'Erkannt als {{languageName}} (Konfidenz {{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}})',
    undetermined: 'Die Sprache konnte nicht erkannt werden',
    'undetermined_no-letters': 'Die Sprache konnte nicht erkannt werden: Der Text enthält keine Buchstaben',
    'undetermined_too-short_one': 'Zu kurz, um die Sprache zu erkennen: weniger als {{count}} Buchstabe',
    'undetermined_too-short_other': 'Zu kurz, um die Sprache zu erkennen: weniger als {{count}} Buchstaben',
    'undetermined_not-confident':
      'Die Sprache konnte nicht sicher genug erkannt werden (Konfidenz {{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}, unter {{minConfidence, number(minimumFractionDigits: 2)}})',
    fallback: 'Die Sprache konnte nicht erkannt werden; verwendet wurde die Ersatzsprache {{languageName}}',
    'fallback_no-letters': 'Der Text enthält keine Buchstaben, an denen die Sprache zu erkennen wäre; verwendet wurde die Ersatzsprache {{languageName}}',
    'fallback_too-short_one':
      'Zu kurz, um die Sprache zu erkennen (weniger als {{count}} Buchstabe); verwendet wurde die Ersatzsprache {{languageName}}',
    'fallback_too-short_other':
      'Zu kurz, um die Sprache zu erkennen (weniger als {{count}} Buchstaben); verwendet wurde die Ersatzsprache {{languageName}}',
    'fallback_not-confident':
      'Die Sprache konnte nicht sicher genug erkannt werden (Konfidenz {{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}, unter {{minConfidence, number(minimumFractionDigits: 2)}}); verwendet wurde die Ersatzsprache {{languageName}}',
  },
  error: {
    invalid_json: 'Der Anfragetext muss gültiges JSON in UTF-8 sein',
    invalid_request: 'Der Anfragetext muss ein JSON-Objekt sein',
    invalid_field: '"{{field}}" ist ungültig',
    invalid_field_string: '"{{field}}" muss eine Zeichenkette sein',
    invalid_field_well_formed: '"{{field}}" muss wohlgeformter Unicode-Text sein (er enthält ein einzelnes Surrogat)',
    invalid_field_language:
      '"{{field}}" muss "auto" oder ein BCP-47-Sprachtag sein, dessen Hauptsubtag 2 oder 3 Buchstaben hat, etwa "en" oder "pt-BR"',
    invalid_field_glossary_one:
      '"{{field}}" muss eine Glossar-ID sein: eine nicht leere Zeichenkette mit höchstens {{count}} Zeichen (siehe GET /v1/glossaries)',
    invalid_field_glossary_other:
      '"{{field}}" muss eine Glossar-ID sein: eine nicht leere Zeichenkette mit höchstens {{count}} Zeichen (siehe GET /v1/glossaries)',
    invalid_field_format: '"{{field}}" muss "text", "markdown" oder "html" sein',
    invalid_field_locale:
      '"{{field}}" muss ein BCP-47-Sprachtag sein, der die Sprache der Meldungen angibt, etwa "en", "de" oder "es-MX"',
    unknown_glossary: 'Unbekanntes Glossar „{{glossary}}“; verfügbar: {{available, list}}',
    not_found: 'Keine Route für {{method}} {{path}}',
    method_not_allowed: '{{method}} ist für {{path}} nicht erlaubt; erlaubt: {{allowed, list}}',
    payload_too_large_one: 'Der Anfragetext überschreitet die Grenze von {{count}} Byte',
    payload_too_large_other: 'Der Anfragetext überschreitet die Grenze von {{count}} Byte',
    unsupported_media_type: 'Content-Type muss application/json sein (charset, falls angegeben, utf-8), erhalten: „{{contentType}}“',
    unsupported_media_type_missing: 'Content-Type muss application/json sein (charset, falls angegeben, utf-8), erhalten: keiner',
    unsupported_language:
      'Das Glossar „{{glossary}}“ normalisiert „{{language}}“ nicht; unterstützte Sprachen: {{supported, list}}',
    internal_error: 'Interner Fehler: Die Anfrage konnte nicht abgeschlossen werden',
  },
} as const satisfies Messages
