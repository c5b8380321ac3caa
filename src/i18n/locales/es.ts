import type { Messages } from './en.js'

/** Spanish. Quotes: «…». See `./en.ts` for the conventions. */
export const es = {
  change: {
    'preferred-form': 'Use «{{replacement}}» en lugar de «{{original}}» (libro de estilo)',
    'preferred-surname': 'Use «{{replacement}}» en lugar de «{{original}}» (apellido según el libro de estilo)',
    'translation-leak': 'Use «{{replacement}}», la forma del libro de estilo para textos en {{languageName}}, en lugar de «{{original}}»',
  },
  warning: {
    'language-not-covered':
      'El glosario «{{glossary}}» no tiene libro de estilo para textos en {{languageName}} («{{language}}»); el texto no se ha modificado',
    'split-by-markup': 'El nombre «{{original}}» está partido por el marcado; no se pudo aplicar «{{replacement}}» con seguridad y el texto se dejó como estaba',
  },
  language: {
    declared: 'Idioma declarado en la solicitud: {{languageName}}',
    detected: 'Idioma detectado: {{languageName}} (confianza {{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}})',
    undetermined: 'No se pudo detectar el idioma',
    'undetermined_no-letters': 'No se pudo detectar el idioma: el texto no tiene letras',
    'undetermined_too-short_one': 'Texto demasiado corto para detectar el idioma: menos de {{count}} letra',
    'undetermined_too-short_many': 'Texto demasiado corto para detectar el idioma: menos de {{count}} letras',
    'undetermined_too-short_other': 'Texto demasiado corto para detectar el idioma: menos de {{count}} letras',
    'undetermined_not-confident':
      'No se pudo detectar el idioma con suficiente confianza ({{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}, por debajo de {{minConfidence, number(minimumFractionDigits: 2)}})',
    fallback: 'No se pudo detectar el idioma; se aplicó el idioma por defecto, {{languageName}}',
    'fallback_no-letters': 'El texto no tiene letras con las que detectar el idioma; se aplicó el idioma por defecto, {{languageName}}',
    'fallback_too-short_one':
      'Texto demasiado corto para detectar el idioma (menos de {{count}} letra); se aplicó el idioma por defecto, {{languageName}}',
    'fallback_too-short_many':
      'Texto demasiado corto para detectar el idioma (menos de {{count}} letras); se aplicó el idioma por defecto, {{languageName}}',
    'fallback_too-short_other':
      'Texto demasiado corto para detectar el idioma (menos de {{count}} letras); se aplicó el idioma por defecto, {{languageName}}',
    'fallback_not-confident':
      'No se pudo detectar el idioma con suficiente confianza ({{confidence, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}, por debajo de {{minConfidence, number(minimumFractionDigits: 2)}}); se aplicó el idioma por defecto, {{languageName}}',
  },
  error: {
    invalid_json: 'El cuerpo de la solicitud debe ser JSON válido codificado en UTF-8',
    invalid_request: 'El cuerpo de la solicitud debe ser un objeto JSON',
    invalid_field: '"{{field}}" no es válido',
    invalid_field_string: '"{{field}}" debe ser una cadena de texto',
    invalid_field_well_formed: '"{{field}}" debe ser texto Unicode bien formado (contiene un sustituto suelto)',
    invalid_field_language:
      '"{{field}}" debe ser "auto" o una etiqueta de idioma BCP 47 cuya subetiqueta principal tenga 2 o 3 letras, como "en" o "pt-BR"',
    invalid_field_glossary_one:
      '"{{field}}" debe ser el identificador de un glosario: una cadena no vacía de {{count}} carácter como máximo (véase GET /v1/glossaries)',
    invalid_field_glossary_many:
      '"{{field}}" debe ser el identificador de un glosario: una cadena no vacía de {{count}} caracteres como máximo (véase GET /v1/glossaries)',
    invalid_field_glossary_other:
      '"{{field}}" debe ser el identificador de un glosario: una cadena no vacía de {{count}} caracteres como máximo (véase GET /v1/glossaries)',
    invalid_field_format: '"{{field}}" debe ser "text", "markdown" o "html"',
    invalid_field_locale:
      '"{{field}}" debe ser una etiqueta de idioma BCP 47 que indique el idioma de los mensajes, como "en", "de" o "es-MX"',
    unknown_glossary: 'Glosario desconocido: «{{glossary}}»; disponibles: {{available, list}}',
    not_found: 'No hay ninguna ruta para {{method}} {{path}}',
    method_not_allowed: '{{method}} no está permitido en {{path}}; permitidos: {{allowed, list}}',
    payload_too_large_one: 'El cuerpo de la solicitud supera el límite de {{count}} byte',
    payload_too_large_many: 'El cuerpo de la solicitud supera el límite de {{count}} bytes',
    payload_too_large_other: 'El cuerpo de la solicitud supera el límite de {{count}} bytes',
    unsupported_media_type: 'El Content-Type debe ser application/json (con charset utf-8, si se indica); se recibió «{{contentType}}»',
    unsupported_media_type_missing: 'El Content-Type debe ser application/json (con charset utf-8, si se indica); no se recibió ninguno',
    unsupported_language:
      'El glosario «{{glossary}}» no normaliza «{{language}}»; idiomas admitidos: {{supported, list}}',
    internal_error: 'Error interno: no se pudo completar la solicitud',
  },
} as const satisfies Messages
