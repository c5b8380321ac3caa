import type { GlossarySource } from './source.js'
import { GlossaryError, type GlossaryIssue } from './glossary-error.js'
import { runExamples } from './examples.js'
import { compileGlossary } from './compile.js'
import { shown } from './validate.js'

/** A draft that does not pass: every problem, by entry, as the build reports them. */
export type DraftCheck = { ok: true; source: GlossarySource; version: string } | { ok: false; issues: GlossaryIssue[] }

/**
 * Checks a draft exactly as `npm run build:glossaries` and the tests do: validation and
 * compilation (every issue, by entry), then every concept's examples. What the service adds on
 * the way out (the glossary's `version`, each concept's `file`) is dropped, so a glossary as
 * `GET /v1/glossaries/:id` answers it goes back unchanged.
 */
export function checkDraft(document: unknown, id: string): DraftCheck {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return { ok: false, issues: [{ file: `glossary ${id}`, path: '', message: 'must be an object with id, name, fallbackLanguage, languages and concepts' }] }
  }
  const { version: _version, ...rest } = document as Record<string, unknown>
  const source = { ...rest, id: rest.id ?? id } as GlossarySource
  if (source.id !== id) return { ok: false, issues: [{ file: `glossary ${id}`, path: 'id', message: `"${shown(source.id)}" does not match the glossary in the path, "${id}"` }] }
  if (Array.isArray(source.concepts)) {
    source.concepts = source.concepts.map((c) => {
      if (c === null || typeof c !== 'object') return c
      const { file: _file, ...concept } = c
      return { ...concept, file: `${id}/concepts/${typeof concept.id === 'string' ? concept.id : '?'}` }
    })
  }
  let compiled
  try {
    compiled = compileGlossary(source)
  } catch (error) {
    if (error instanceof GlossaryError) return { ok: false, issues: [...error.issues] }
    throw error
  }
  const failed = runExamples(compiled).filter((r) => !r.ok)
  if (failed.length > 0) return { ok: false, issues: failed.map(({ file, path, message }) => ({ file, path, message })) }
  return { ok: true, source: stripFiles(source), version: compiled.version }
}

const stripFiles = (source: GlossarySource): GlossarySource => ({ ...source, concepts: source.concepts.map(({ file: _file, ...c }) => c) })
