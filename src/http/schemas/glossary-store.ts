import * as v from 'valibot'
import { FormatField, LanguageField, maxPreviewTexts, Text } from './fields.js'

/** `POST /v1/glossaries/:id/preview`: the draft's version and the texts to try it on. */
export const PreviewRequest = v.pipe(
  v.object({ version: Text, texts: v.pipe(v.array(v.unknown(), 'preview_texts'), v.minLength(1, 'preview_texts'), v.maxLength(maxPreviewTexts, 'preview_texts'), v.description(`1 to ${maxPreviewTexts} texts: strings, or {text, format?, language?}.`)) }, 'invalid_request'),
  v.title('PreviewRequest'),
)

/** One text of a preview. */
export const PreviewText = v.object({ text: Text, format: FormatField, language: LanguageField }, 'invalid_request')

/** A stored draft or version, as the glossary-management routes answer (docs/glossary-store.md). */
export const StoreAnswer = v.pipe(v.looseObject({ glossary: v.string() }), v.title('GlossaryStoreAnswer'), v.description('See docs/glossary-store.md.'))

export const VersionId = v.pipe(v.string(), v.description('A stored version of the glossary.'))

export const GlossaryDocument = v.pipe(v.looseObject({}), v.title('GlossarySource'), v.description('A whole glossary (JSON or YAML), as docs/glossary.md describes it.'))
