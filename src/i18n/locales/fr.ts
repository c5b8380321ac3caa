import type { Messages } from './en.js'

/**
 * French. Quotes: « … » with narrow no-break spaces (U+202F) inside; a narrow no-break space
 * before ; ! ? and a no-break space (U+00A0) before a colon. See `./en.ts` for the conventions.
 */
export const fr = {
  change: {
    'preferred-form': 'Utiliser «\u202F{{replacement}}\u202F» plutôt que «\u202F{{original}}\u202F» (style maison)',
    'preferred-surname': 'Utiliser «\u202F{{replacement}}\u202F» plutôt que «\u202F{{original}}\u202F» (nom de famille selon le style maison)',
    'translation-leak': 'Utiliser «\u202F{{replacement}}\u202F», la forme du style maison pour les textes en {{languageName}}, plutôt que «\u202F{{original}}\u202F»',
  },
  warning: {
    'language-not-covered':
      'Le glossaire «\u202F{{glossary}}\u202F» n’a pas de style maison pour les textes en {{languageName}} («\u202F{{language}}\u202F»)\u202F; le texte est resté inchangé',
    'split-by-markup': 'Le nom «\u202F{{original}}\u202F» est coupé par le balisage\u202F; «\u202F{{replacement}}\u202F» n’a pas pu être appliqué sans risque et le texte est resté tel quel',
  },
  language: {
    declared: 'Langue déclarée dans la requête\u00A0: {{languageName}}',
    detected: 'Langue détectée\u00A0: {{languageName}} (confiance {{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}})',
    undetermined: 'La langue n’a pas pu être détectée',
    'undetermined_no-letters': 'La langue n’a pas pu être détectée\u00A0: le texte ne contient aucune lettre',
    'undetermined_too-short_one': 'Texte trop court pour détecter la langue\u00A0: moins de {{count}} lettre',
    'undetermined_too-short_many': 'Texte trop court pour détecter la langue\u00A0: moins de {{count}} lettres',
    'undetermined_too-short_other': 'Texte trop court pour détecter la langue\u00A0: moins de {{count}} lettres',
    'undetermined_not-confident':
      'La langue n’a pas pu être détectée avec assez de confiance ({{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}, sous le seuil de {{minConfidence, number(minimumFractionDigits: 2)}})',
    fallback: 'La langue n’a pas pu être détectée\u202F; langue par défaut appliquée\u00A0: {{languageName}}',
    'fallback_no-letters': 'Le texte ne contient aucune lettre permettant de détecter la langue\u202F; langue par défaut appliquée\u00A0: {{languageName}}',
    'fallback_too-short_one':
      'Texte trop court pour détecter la langue (moins de {{count}} lettre)\u202F; langue par défaut appliquée\u00A0: {{languageName}}',
    'fallback_too-short_many':
      'Texte trop court pour détecter la langue (moins de {{count}} lettres)\u202F; langue par défaut appliquée\u00A0: {{languageName}}',
    'fallback_too-short_other':
      'Texte trop court pour détecter la langue (moins de {{count}} lettres)\u202F; langue par défaut appliquée\u00A0: {{languageName}}',
    'fallback_not-confident':
      'La langue n’a pas pu être détectée avec assez de confiance ({{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}, sous le seuil de {{minConfidence, number(minimumFractionDigits: 2)}})\u202F; langue par défaut appliquée\u00A0: {{languageName}}',
  },
  error: {
    invalid_json: 'Le corps de la requête doit être du JSON valide encodé en UTF-8',
    invalid_request: 'Le corps de la requête doit être un objet JSON',
    invalid_field: '"{{field}}" n’est pas valide',
    invalid_field_string: '"{{field}}" doit être une chaîne de caractères',
    invalid_field_well_formed: '"{{field}}" doit être un texte Unicode bien formé (il contient un demi-codet isolé)',
    invalid_field_language:
      '"{{field}}" doit valoir "auto" ou être une étiquette de langue BCP 47 dont la sous-étiquette principale compte 2 ou 3 lettres, par exemple "en" ou "pt-BR"',
    invalid_field_glossary_one:
      '"{{field}}" doit être l’identifiant d’un glossaire\u00A0: une chaîne non vide d’au plus {{count}} caractère (voir GET /v1/glossaries)',
    invalid_field_glossary_many:
      '"{{field}}" doit être l’identifiant d’un glossaire\u00A0: une chaîne non vide d’au plus {{count}} caractères (voir GET /v1/glossaries)',
    invalid_field_glossary_other:
      '"{{field}}" doit être l’identifiant d’un glossaire\u00A0: une chaîne non vide d’au plus {{count}} caractères (voir GET /v1/glossaries)',
    invalid_field_format: '"{{field}}" doit valoir "text", "markdown" ou "html"',
    invalid_field_locale:
      '"{{field}}" doit être une étiquette de langue BCP 47 indiquant la langue des messages, par exemple "en", "de" ou "es-MX"',
    unknown_glossary: 'Glossaire inconnu «\u202F{{glossary}}\u202F»\u202F; disponibles\u00A0: {{available, list}}',
    not_found: 'Aucune route pour {{method}} {{path}}',
    method_not_allowed: '{{method}} n’est pas autorisé sur {{path}}\u202F; autorisés\u00A0: {{allowed, list}}',
    payload_too_large_one: 'Le corps de la requête dépasse la limite de {{count}} octet',
    payload_too_large_many: 'Le corps de la requête dépasse la limite de {{count}} octets',
    payload_too_large_other: 'Le corps de la requête dépasse la limite de {{count}} octets',
    unsupported_media_type:
      'Le Content-Type doit être application/json (avec charset utf-8, s’il est indiqué)\u202F; reçu\u00A0: «\u202F{{contentType}}\u202F»',
    unsupported_media_type_missing: 'Le Content-Type doit être application/json (avec charset utf-8, s’il est indiqué)\u202F; reçu\u00A0: aucun',
    unsupported_language:
      'Le glossaire «\u202F{{glossary}}\u202F» ne normalise pas «\u202F{{language}}\u202F»\u202F; langues prises en charge\u00A0: {{supported, list}}',
    internal_error: 'Erreur interne\u00A0: la requête n’a pas pu aboutir',
  },
} as const satisfies Messages
