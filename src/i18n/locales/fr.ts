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
    invalid_field_export_format: '"{{field}}" doit valoir l’un de ces formats\u00A0: {{formats, list}}',
    invalid_field_export_pair: 'Le format {{format}} exige "{{field}}"\u202F: une langue dans laquelle le glossaire a des formes ({{languages, list}}), différente de l’autre',
    invalid_field_locale:
      '"{{field}}" doit être une étiquette de langue BCP 47 indiquant la langue des messages, par exemple "en", "de" ou "es-MX"',
    unknown_glossary: 'Glossaire inconnu «\u202F{{glossary}}\u202F»\u202F; disponibles\u00A0: {{available, list}}',
    not_found: 'Aucune route pour {{method}} {{path}}',
    method_not_allowed: '{{method}} n’est pas autorisé sur {{path}}\u202F; autorisés\u00A0: {{allowed, list}}',
    payload_too_large: 'Le corps de la requête est trop volumineux',
    payload_too_large_one: 'Le corps de la requête dépasse la limite de {{count}} octet',
    payload_too_large_many: 'Le corps de la requête dépasse la limite de {{count}} octets',
    payload_too_large_other: 'Le corps de la requête dépasse la limite de {{count}} octets',
    unsupported_media_type:
      'Le Content-Type doit être application/json (avec charset utf-8, s’il est indiqué)\u202F; reçu\u00A0: «\u202F{{contentType}}\u202F»',
    unsupported_media_type_missing: 'Le Content-Type doit être application/json (avec charset utf-8, s’il est indiqué)\u202F; reçu\u00A0: aucun',
    unsupported_language:
      'Le glossaire «\u202F{{glossary}}\u202F» ne normalise pas «\u202F{{language}}\u202F»\u202F; langues prises en charge\u00A0: {{supported, list}}',
    request_failed: 'La requête n’a pas pu aboutir (statut HTTP {{status}})',
    internal_error: 'Erreur interne\u00A0: la requête n’a pas pu aboutir',
    unauthorized: 'Cette route exige une clé d’API\u00A0: envoyez l’en-tête Authorization avec Bearer suivi de la clé',
    unauthorized_scheme: 'L’en-tête Authorization doit utiliser le schéma Bearer, suivi de la clé d’API',
    unauthorized_invalid: 'La clé d’API n’est pas valide',
    rate_limited: 'Trop de requêtes\u202F; réessayez plus tard',
    rate_limited_one: 'Trop de requêtes\u202F; réessayez dans {{count}} seconde',
    rate_limited_many: 'Trop de requêtes\u202F; réessayez dans {{count}} secondes',
    rate_limited_other: 'Trop de requêtes\u202F; réessayez dans {{count}} secondes',
  },
  webhook: {
    'unknown-integration': 'Aucune intégration de webhook ne s’appelle "{{integration}}"',
    'signature-missing': 'L’en-tête {{header}} est absent',
    'signature-malformed': 'L’en-tête {{header}} (ou l’horodatage dont il a besoin) est mal formé',
    'signature-mismatch': 'L’en-tête {{header}} ne correspond à aucun secret de l’intégration',
    'signature-expired_one': 'La livraison a été signée il y a plus de {{count}} minute (ou en avance sur notre horloge)\u202F; les rejeux sont refusés',
    'signature-expired_many': 'La livraison a été signée il y a plus de {{count}} minutes (ou en avance sur notre horloge)\u202F; les rejeux sont refusés',
    'signature-expired_other': 'La livraison a été signée il y a plus de {{count}} minutes (ou en avance sur notre horloge)\u202F; les rejeux sont refusés',
    'media-type': 'Le Content-Type doit être application/json ou un type +json (avec charset utf-8, s’il est indiqué)\u202F; reçu\u00A0: «\u202F{{contentType}}\u202F»',
    'body-not-utf8': 'Le corps n’est pas de l’UTF-8 valide',
    'body-empty': 'Le corps est vide',
    'body-not-json': 'Le corps n’est pas du JSON valide',
    'body-not-object': 'Le corps doit être un objet JSON',
    'generic-body': 'Le corps doit être un objet JSON {"id", "locale"?, "fields"}',
    'contentful-body': 'Le corps doit être un objet JSON (l’entrée Contentful)',
    'sanity-body': 'Le corps doit être un objet JSON (le document tel que le webhook le projette)',
    'header-missing': 'L’en-tête {{header}} est absent',
    'field-object': '"{{field}}" doit être un objet',
    'field-id': '"{{field}}" doit être un identifiant (lettres, chiffres, ".", "_" ou "-")',
    'field-text': '"{{field}}" doit être une chaîne non vide',
    'field-short-text_one': '"{{field}}" doit être une chaîne non vide d’au plus {{count}} caractère',
    'field-short-text_many': '"{{field}}" doit être une chaîne non vide d’au plus {{count}} caractères',
    'field-short-text_other': '"{{field}}" doit être une chaîne non vide d’au plus {{count}} caractères',
    'field-locale': '"{{field}}" doit être un paramètre régional comme "en-US"',
    'field-map': '"{{field}}" doit être un objet associant des identifiants de champ à des valeurs',
    'field-locale-map': '"{{field}}" doit être un objet associant des paramètres régionaux à des valeurs',
    'field-positive-integer': '"{{field}}" doit être un entier positif',
    'field-date-time': '"{{field}}" doit être une date avec l’heure',
    'contentful-type': '"sys.type" doit valoir "Entry" pour le sujet "{{topic}}"',
    'sanity-id': '"_id" doit être un identifiant de document (projetez _id dans le webhook)',
    'sanity-rev-required': 'La réécriture a besoin du "_rev" du document\u00A0: ajoutez _rev à la projection du webhook',
    'strapi-event': '"event" doit être une chaîne comme "entry.update"',
    'strapi-uid': '"uid" doit être l’uid d’un type de contenu, comme "api::article.article"',
    'unknown-content-type': 'Le type de contenu "{{uid}}" n’a pas de point d’accès REST dans writeBack.collections',
    'cms-timeout_one': '{{cms}} n’a pas répondu en {{count}} milliseconde\u202F; rien n’a été écrit',
    'cms-timeout_many': '{{cms}} n’a pas répondu en {{count}} millisecondes\u202F; rien n’a été écrit',
    'cms-timeout_other': '{{cms}} n’a pas répondu en {{count}} millisecondes\u202F; rien n’a été écrit',
    'cms-network': '{{cms}} est injoignable (erreur réseau)\u202F; rien n’a été écrit',
    'cms-incomplete': '{{cms}} a renvoyé une entrée sans {{field}}\u202F; rien n’a été écrit',
    'cms-unauthorized': '{{cms}} a répondu {{answer}} à {{method}}\u00A0: vérifiez le jeton de réécriture de l’intégration',
    'cms-not-found': '{{cms}} a répondu {{answer}} à {{method}}\u00A0: l’entrée n’existe plus',
    'cms-rate-limited': '{{cms}} a répondu {{answer}} à {{method}}\u00A0: il limite nos requêtes\u202F; rien n’a été écrit',
    'cms-rejected': '{{cms}} a répondu {{answer}} à {{method}}\u00A0: la mise à jour a été refusée',
    'cms-failed': '{{cms}} a répondu {{answer}} à {{method}}\u202F; rien n’a été écrit',
    'version-conflict':
      'L’entrée a changé dans {{cms}} après cette livraison (livrée\u00A0: {{delivered}})\u202F; rien n’a été écrit, l’enregistrement plus récent est normalisé par sa propre livraison',
    'version-conflict-now':
      'L’entrée a changé dans {{cms}} après cette livraison (livrée\u00A0: {{delivered}}, maintenant\u00A0: {{current}})\u202F; rien n’a été écrit, l’enregistrement plus récent est normalisé par sa propre livraison',
    'skip-language-not-covered': 'Le paramètre régional "{{locale}}" correspond à «\u202F{{language}}\u202F», que le glossaire ne normalise pas',
    'skip-no-language': 'Le paramètre régional "{{locale}}" n’est pas dans "locales" et n’a pas de sous-étiquette de langue',
    'skip-locale-not-mapped': 'Le paramètre régional "{{locale}}" n’est pas dans "locales" et le glossaire ne normalise pas «\u202F{{language}}\u202F»',
    'skip-not-text': 'La valeur n’est pas une chaîne (format "{{format}}")',
    'skip-not-rich-text': 'La valeur n’est pas un document de texte enrichi (une liste de blocs ou un nœud avec "nodeType")',
    'skip-too-deep': 'Le document de texte enrichi est imbriqué trop profondément',
    'ignored-event': 'L’événement "{{event}}" n’est pas l’enregistrement d’une entrée',
    'ignored-deleted': 'Le document a été supprimé',
  },
} as const satisfies Messages
