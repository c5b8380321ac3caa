import type { MarkdownIt } from 'markdown-it'
import type { StateBlock, Token } from 'markdown-it'
import { hooked, rulesOf } from './rules.js'

export interface DefinitionMeta {
  label: string
  title: string
  /** Parsed-text range of the definition, from its `[` to the end of its last line. */
  start: number
  end: number
}

/** Kept beside the `reference_definition` tokens, whose `meta` is untyped. */
const definitionMetas = new WeakMap<Token, DefinitionMeta>()

/** A definition's own title and range. */
export function definitionOf(token: Token): DefinitionMeta | undefined {
  return definitionMetas.get(token)
}

/**
 * In CommonMark, link reference definitions are read from the start of a paragraph, so the
 * line right after one continues that paragraph: an indented line is not code there, and an
 * HTML block that cannot interrupt a paragraph (`</span>` alone on a line) does not start.
 * markdown-it reads definitions as blocks of their own; this puts those lines back.
 */
export function afterDefinition(state: StateBlock, startLine: number): boolean {
  const last = state.tokens[state.tokens.length - 1]
  return last?.type === 'reference_definition' && last.map?.[1] === startLine
}

/**
 * Link reference definitions: each `reference_definition` token (kept, not stripped) gets its
 * own title and range (definitionOf). markdown-it stores only
 * the first definition of a label in `env.references`, but every definition's title is prose,
 * so the rule runs against a fresh `references` object, merged back as markdown-it would (the
 * first definition wins).
 */
export function definitions(md: MarkdownIt): void {
  const rules = rulesOf(md)
  rules.wrapBlock('code', (rule) => hooked(rule, { before: (state, startLine) => !afterDefinition(state, startLine) }))
  rules.wrapBlock('reference', (original) => (state, startLine, endLine, silent) => {
    if (silent) return original(state, startLine, endLine, silent)
    const env = state.env
    const shared = env.references
    const own: NonNullable<typeof shared> = {}
    env.references = own
    const from = state.tokens.length
    let ok = false
    try {
      ok = original(state, startLine, endLine, silent)
    } finally {
      env.references = shared
    }
    if (!ok) return false
    env.references ??= {}
    for (const [k, v] of Object.entries(own)) env.references[k] ??= v
    const t = state.tokens[from]
    const label = t?.meta?.label
    if (t?.type === 'reference_definition' && typeof label === 'string') {
      definitionMetas.set(t, {
        label,
        title: own[label]?.title ?? '',
        start: state.bMarks[startLine]! + state.tShift[startLine]!,
        end: state.eMarks[state.line - 1]!,
      })
    }
    return true
  })
}
