import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse, YAMLParseError } from 'yaml'
import type { GlossaryDefinition } from '../src/core/glossary/extend.js'
import type { ConceptSource, GlossarySource, LanguageRulesSource } from '../src/core/glossary/source.js'

/** Reads a YAML file strictly (duplicate keys are errors); errors name the file and line. */
function readYaml(file: string, root: string): unknown {
  const name = relative(root, file)
  try {
    return parse(readFileSync(file, 'utf8'), { uniqueKeys: true, prettyErrors: true })
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message : String(error)
    throw new Error(`${name}: not valid YAML: ${detail}`)
  }
}

/**
 * Loads every glossary under `dir`: `<id>/glossary.yaml` plus one file per concept in
 * `<id>/concepts/*.yaml` and one per language in `<id>/languages/*.yaml`. Each concept remembers its file for error messages. A profile
 * (`extends: news` in its glossary.yaml) is returned as written; `resolveGlossaries` merges it.
 */
export function loadGlossaries(dir: string, root = process.cwd()): GlossaryDefinition[] {
  const glossaries: GlossaryDefinition[] = []
  for (const id of readdirSync(dir).sort()) {
    const manifest = join(dir, id, 'glossary.yaml')
    if (!existsSync(manifest)) continue
    const head = readYaml(manifest, root) as Omit<GlossarySource, 'concepts'>
    if (head === null || typeof head !== 'object') throw new Error(`${relative(root, manifest)}: must be a mapping`)
    if (head.id !== id) throw new Error(`${relative(root, manifest)}: id "${String(head.id)}" must match the folder name "${id}"`)
    const conceptDir = join(dir, id, 'concepts')
    const files = existsSync(conceptDir) ? readdirSync(conceptDir).filter((f) => f.endsWith('.yaml')).sort() : []
    const concepts = files.map((f) => {
      const file = join(conceptDir, f)
      const concept = readYaml(file, root) as ConceptSource
      const name = relative(root, file)
      if (concept === null || typeof concept !== 'object') throw new Error(`${name}: must be a mapping`)
      if (`${concept.id}.yaml` !== f) throw new Error(`${name}: id "${String(concept.id)}" must match the file name`)
      return { ...concept, file: name }
    })
    // Per-language rules (cues, inflection classes): `<id>/languages/<lang>.yaml`.
    const rulesDir = join(dir, id, 'languages')
    const ruleFiles = existsSync(rulesDir) ? readdirSync(rulesDir).filter((f) => f.endsWith('.yaml')).sort() : []
    const languageRules: Record<string, LanguageRulesSource> = {}
    for (const f of ruleFiles) {
      const file = join(rulesDir, f)
      const rules = readYaml(file, root) as LanguageRulesSource
      if (rules === null || typeof rules !== 'object') throw new Error(`${relative(root, file)}: must be a mapping`)
      languageRules[f.slice(0, -'.yaml'.length)] = { ...rules, file: relative(root, file) }
    }
    glossaries.push((ruleFiles.length > 0 ? { ...head, concepts, languageRules } : { ...head, concepts }) as GlossaryDefinition)
  }
  return glossaries
}
