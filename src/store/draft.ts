import { parse as parseYaml } from 'yaml'

/**
 * Reads a whole glossary as `GET /v1/glossaries/:id` answers it or as the files hold it
 * (`glossary.yaml` with the concepts in a `concepts` list), in JSON or YAML (duplicate keys
 * refused, as the build does). Throws with the line on bad syntax.
 */
export function readGlossaryDocument(text: string, yaml: boolean): unknown {
  if (!yaml) return JSON.parse(text)
  return parseYaml(text, { uniqueKeys: true, prettyErrors: true })
}

export { checkDraft, type DraftCheck } from '../core/glossary/check-draft.js'
