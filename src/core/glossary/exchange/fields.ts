import type { GlossarySource } from '../source.js'
import { KEYS } from '../validate.js'
import { conceptTerms, type Term, type TermRole } from './terms.js'

/**
 * The fields of a glossary source by the names the docs and the loss reports give them: a
 * concept's fields as its YAML file spells them (`note`, `context.doubt`,
 * `forms.<lang>.variants`, `forms.<lang>.variants[].context.speakerAfter`), the glossary's own
 * as `glossary.<key>`, a language's rules as `languageRules.<lang>.<key>`. Built from the keys
 * the validator accepts, so a key added to the schema is reported as not carried by every format
 * until a format says it carries it. `glossary.id` is not one: a file goes into the glossary the
 * import names.
 */
export const SOURCE_FIELDS: readonly string[] = [
  ...KEYS.glossary.filter((k) => k !== 'id' && k !== 'concepts' && k !== 'languageRules').map((k) => `glossary.${k}`),
  ...KEYS.languageRules.filter((k) => k !== 'file').map((k) => `languageRules.<lang>.${k}`),
  ...KEYS.concept.filter((k) => k !== 'file' && k !== 'forms' && k !== 'context').map(String),
  ...KEYS.context.map((k) => `context.${k}`),
  ...KEYS.forms.flatMap((k) => [
    `forms.<lang>.${k}`,
    ...(k === 'variants' || k === 'surnameVariants'
      ? KEYS.variant.filter((v) => v !== 'form').flatMap((v) => (v === 'context' ? KEYS.context.map((c) => `forms.<lang>.${k}[].context.${c}`) : [`forms.<lang>.${k}[].${v}`]))
      : []),
  ]),
]

/** A field a file does not carry, and the concepts that lose it (none for the glossary's own fields). */
export interface NotCarried {
  field: string
  concepts: string[]
}

/** How a language's code shows in a field's name: `<lang>`, or `<from>`/`<to>` for a pair format. */
export type LanguageSlot = (language: string) => string
export const anyLanguage: LanguageSlot = () => '<lang>'

/** The field a form of this role is in. */
export const ROLE_FIELD: Record<TermRole, string> = {
  preferred: 'preferred', surname: 'surname', variant: 'variants', 'surname-variant': 'surnameVariants', 'given-variant': 'givenVariants', exception: 'exceptions',
}

/** Every field the glossary gives a value, with the concepts that give it. */
export function usedFields(glossary: GlossarySource, slot: LanguageSlot = anyLanguage): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>()
  const add = (field: string, concept?: string): void => {
    const concepts = used.get(field) ?? new Set<string>()
    if (concept !== undefined) concepts.add(concept)
    used.set(field, concepts)
  }
  for (const [key, value] of Object.entries(glossary)) {
    if (value === undefined || key === 'id' || key === 'concepts' || key === 'version') continue
    if (key !== 'languageRules') add(`glossary.${key}`)
    else for (const rules of Object.values(value as object)) for (const [k, v] of Object.entries(rules as object)) if (k !== 'file' && v !== undefined) add(`languageRules.<lang>.${k}`)
  }
  for (const concept of glossary.concepts) {
    const id = concept.id
    for (const [key, value] of Object.entries(concept)) {
      if (value === undefined || key === 'file') continue
      if (key === 'context') {
        for (const [k, v] of Object.entries(value as object)) if (v !== undefined) add(`context.${k}`, id)
      } else if (key !== 'forms') add(key, id)
    }
    for (const [language, forms] of Object.entries(concept.forms)) {
      const at = `forms.${slot(language)}`
      for (const [key, value] of Object.entries(forms)) {
        if (value === undefined) continue
        add(`${at}.${key}`, id)
        if ((key !== 'variants' && key !== 'surnameVariants') || !Array.isArray(value)) continue
        for (const variant of value) {
          if (typeof variant !== 'object' || variant === null) continue
          for (const [k, v] of Object.entries(variant as object)) {
            if (k === 'form' || v === undefined) continue
            if (k !== 'context') add(`${at}.${key}[].${k}`, id)
            else for (const [c, w] of Object.entries(v as object)) if (w !== undefined) add(`${at}.${key}[].context.${c}`, id)
          }
        }
      }
    }
  }
  return used
}

/** Whether `field` is `entry`, or a part of it (`forms.<lang>` holds `forms.<lang>.article`). */
export const names = (entry: string, field: string): boolean => field === entry || field.startsWith(`${entry}.`) || field.startsWith(`${entry}[]`)

/**
 * What a format loses of this glossary: each used field not in `carried` (exact names: carrying
 * `forms.<lang>.variants` is carrying the forms, not their context), and, for the
 * formats that hold forms one by one (the MT engines'), each form `held` says the file lacks.
 */
export function notCarried(
  glossary: GlossarySource,
  carried: readonly string[],
  slot: LanguageSlot = anyLanguage,
  held?: (term: Term) => boolean,
): NotCarried[] {
  const lost = new Map<string, Set<string>>()
  for (const [field, concepts] of usedFields(glossary, slot)) {
    if (!carried.includes(field)) lost.set(field, concepts)
  }
  if (held) {
    for (const concept of glossary.concepts) {
      for (const term of conceptTerms(concept)) {
        if (held(term)) continue
        const field = `forms.${slot(term.language)}.${ROLE_FIELD[term.role]}`
        lost.set(field, (lost.get(field) ?? new Set()).add(concept.id))
      }
    }
  }
  return [...lost].map(([field, concepts]) => ({ field, concepts: [...concepts] }))
}

/** The static list for the docs: every field of the schema `carried` does not name, per language slot. */
export function fieldsNotCarried(carried: readonly string[], slots: readonly string[] = ['<lang>']): string[] {
  const fields = SOURCE_FIELDS.flatMap((f) => (f.startsWith('forms.<lang>') ? slots.map((s) => f.replace('<lang>', s)) : [f]))
  return fields.filter((f) => !carried.includes(f))
}
