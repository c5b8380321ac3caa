import type { ConceptSource, FormsSource, VariantSource } from '../source.js'

/**
 * What a form is to its concept in one language. Exchange formats carry some roles and not
 * others; each format's header says which (see `docs/glossary-exchange.md`).
 */
export type TermRole = 'preferred' | 'variant' | 'surname' | 'surname-variant' | 'given-variant' | 'exception'

export interface Term {
  concept: string
  language: string
  role: TermRole
  form: string
}

export const variantForm = (variant: VariantSource): string => (typeof variant === 'string' ? variant : variant.form)

/** Every form of a concept, language by language, in the order the source lists them. */
export function conceptTerms(concept: ConceptSource): Term[] {
  const terms: Term[] = []
  for (const [language, forms] of Object.entries(concept.forms)) {
    const add = (role: TermRole, form: string | undefined): void => {
      if (form !== undefined) terms.push({ concept: concept.id, language, role, form })
    }
    add('preferred', forms.preferred)
    add('surname', forms.surname)
    for (const v of forms.variants ?? []) add('variant', variantForm(v))
    for (const v of forms.surnameVariants ?? []) add('surname-variant', variantForm(v))
    for (const g of forms.givenVariants ?? []) add('given-variant', g)
    for (const e of forms.exceptions ?? []) add('exception', e)
  }
  return terms
}

/**
 * Builds the `forms` of one concept back from terms. `base` is the concept as the glossary
 * has it already: a variant that the format wrote as a bare form gets back the context the
 * base gave it, since no exchange format carries context.
 */
export function formsFromTerms(terms: readonly Term[], base?: Record<string, FormsSource>): Record<string, FormsSource> {
  const forms: Record<string, FormsSource> = {}
  const restore = (language: string, key: 'variants' | 'surnameVariants', form: string): VariantSource =>
    base?.[language]?.[key]?.find((v) => variantForm(v) === form) ?? form
  for (const { language, role, form } of terms) {
    // What no exchange format carries (inflection overrides, case forms, the article) stays as the base has it.
    const f = (forms[language] ??= {
      ...(base?.[language]?.inflect ? { inflect: base[language]!.inflect } : {}),
      ...(base?.[language]?.cases ? { cases: base[language]!.cases } : {}),
      ...(base?.[language]?.article !== undefined ? { article: base[language]!.article } : {}),
    })
    if (role === 'preferred') f.preferred = form
    else if (role === 'surname') f.surname = form
    else if (role === 'variant') (f.variants ??= []).push(restore(language, 'variants', form))
    else if (role === 'surname-variant') (f.surnameVariants ??= []).push(restore(language, 'surnameVariants', form))
    else if (role === 'given-variant') (f.givenVariants ??= []).push(form)
    else (f.exceptions ??= []).push(form)
  }
  return forms
}
