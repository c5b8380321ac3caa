import MarkdownIt from 'markdown-it'
import type { MarkdownIt as Md, StateBlock, StateInline } from 'markdown-it'

export type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean
export type InlineRule = (state: StateInline, silent: boolean) => boolean

/** The chains markdown-it's block rules may belong to (which blocks a rule may interrupt). */
const CHAINS = ['paragraph', 'reference', 'blockquote', 'list']

/**
 * The block and inline rules of one markdown-it instance, by name, through the Ruler's public
 * API only: `at` replaces a rule, `before` adds one, and a rule's original function is what a
 * pristine instance lists (`getRules`) with only that rule enabled. Each rule is replaced at
 * most once, so two plugins can never silently undo each other's wrapper.
 */
export interface Rules {
  block(name: string): BlockRule
  wrapBlock(name: string, wrap: (original: BlockRule) => BlockRule): void
  addBlock(before: string, name: string, rule: BlockRule, alt: string[]): void
  inline(name: string): InlineRule
  wrapInline(name: string, wrap: (original: InlineRule) => InlineRule): void
}

const registries = new WeakMap<Md, Rules>()

/** The rule registry of `md`, created on first use. */
export function rulesOf(md: Md): Rules {
  let rules = registries.get(md)
  if (!rules) registries.set(md, (rules = createRules(md)))
  return rules
}

function createRules(md: Md): Rules {
  const probe = new MarkdownIt('default')
  const ownBlock = new Map<string, BlockRule>()
  const ownInline = new Map<string, InlineRule>()

  function pristine<F>(ruler: { enableOnly(list: string[]): void; getRules(chain: string): F[] }, name: string): F {
    ruler.enableOnly([name])
    const [fn] = ruler.getRules('')
    if (!fn) throw new Error(`markdown-it has no rule ${name}`)
    return fn
  }

  const block = (name: string): BlockRule => ownBlock.get(name) ?? pristine<BlockRule>(probe.block.ruler, name)
  const inline = (name: string): InlineRule => ownInline.get(name) ?? pristine<InlineRule>(probe.inline.ruler, name)

  return {
    block,
    inline,
    wrapBlock(name, wrap) {
      if (ownBlock.has(name)) throw new Error(`block rule ${name} is replaced twice`)
      const original = block(name)
      const alt = CHAINS.filter((chain) => probe.block.ruler.getRules(chain).includes(original))
      const rule = wrap(original)
      md.block.ruler.at(name, rule, { alt })
      ownBlock.set(name, rule)
    },
    addBlock(before, name, rule, alt) {
      md.block.ruler.before(before, name, rule, { alt })
      ownBlock.set(name, rule)
    },
    wrapInline(name, wrap) {
      if (ownInline.has(name)) throw new Error(`inline rule ${name} is replaced twice`)
      const rule = wrap(inline(name))
      md.inline.ruler.at(name, rule)
      ownInline.set(name, rule)
    },
  }
}

/** Runs once a block rule has pushed its tokens, while its container state is still in place. */
export type AfterBlock = (state: StateBlock, startLine: number, from: number) => void

/** `rule`, then `after` on what it pushed; `before` decides first (false: no match here). */
export function hooked(
  original: BlockRule,
  { before, after }: { before?: BlockRule; after?: AfterBlock },
): BlockRule {
  return (state, startLine, endLine, silent) => {
    if (before && !before(state, startLine, endLine, silent)) return false
    const from = state.tokens.length
    const ok = original(state, startLine, endLine, silent)
    if (ok && !silent && after) after(state, startLine, from)
    return ok
  }
}
