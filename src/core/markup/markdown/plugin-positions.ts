import type { MarkdownIt, StateInline, Token } from 'markdown-it'

/** One step of the inline tokenizer: where it started, and what was there before it. */
interface Step {
  start: number
  /** Tokens before the step. */
  count: number
  /** Pending text was already waiting when the step started. */
  hadPending: boolean
}

/**
 * Positions, part 2: every inline child token gets `map = [start, end)` in its `inline`
 * token's content. markdown-it's tokenizer runs its rules in turn at each position; a first
 * rule that never matches (`positions`) marks where each step starts and places the tokens
 * the previous step pushed, and the tokenizer itself is wrapped to place those of its last
 * step. Pending text is always a run of the content (the text rule, the fallback and unmatched
 * backticks append what they pass over; the newline rule only trims its end, possibly to
 * nothing), so it is placed from where it started. A child that cannot be placed keeps
 * `map === null`, and the extractor then leaves the whole block alone.
 */
export function positions(md: MarkdownIt): void {
  const PositionState = positionState(md.inline.State)
  md.inline.State = PositionState
  md.inline.ruler.before('text', 'positions', (state, silent) => {
    if (!silent && state instanceof PositionState) {
      state.closeStep()
      state.step = { start: state.pos, count: state.tokens.length, hadPending: state.pending !== '' }
    }
    return false
  })
  const tokenize = md.inline.tokenize.bind(md.inline)
  md.inline.tokenize = (state: StateInline): void => {
    if (!(state instanceof PositionState)) return tokenize(state)
    const outer = state.step
    state.step = undefined
    tokenize(state)
    state.closeStep()
    state.step = outer
    // a link's label is tokenized on its own, up to where it ends
    state.labelEnd = state.posMax
  }
}

interface Positioned extends StateInline {
  step: Step | undefined
  /** Where the pending text starts, once known. */
  pendingStart: number
  /** Where the link label last tokenized ends. */
  labelEnd: number
}

/** markdown-it's StateInline (`Base`), plus the open step, where pending text started and where a link label ended. */
function positionState(Base: typeof StateInline) {
  return class PositionState extends Base implements Positioned {
    step: Step | undefined = undefined
    pendingStart = -1
    labelEnd = -1

    override pushPending(): Token {
      const step = this.step
      const start = this.pendingStart >= 0 ? this.pendingStart : step && !step.hadPending ? step.start : -1
      const token = super.pushPending()
      token.map = start >= 0 ? [start, start + token.content.length] : null
      this.pendingStart = -1
      return token
    }

    /** Places what the open step pushed (nested tokens are placed already). */
    closeStep(): void {
      const step = this.step
      if (!step) return
      this.step = undefined
      // The newline rule trims the spaces that end the pending text and pushes its break, which
      // pushes no text when the pending text was all spaces (`<b> ` + line ending): the text that
      // follows starts a new run, not where those spaces started.
      if (this.pending === '') this.pendingStart = -1
      if (!step.hadPending && this.pending !== '') this.pendingStart = step.start
      if (this.tokens.length > step.count) locate(this, step.count, step.start)
    }
  }
}

/** Places the tokens a rule pushed over content [start, state.pos). */
function locate(state: Positioned, from: number, start: number): void {
  const end = state.pos
  const pushed: Token[] = []
  for (let i = from; i < state.tokens.length; i++) if (state.tokens[i]!.map === null) pushed.push(state.tokens[i]!)
  const head = pushed[0]
  const tail = pushed[pushed.length - 1]
  if (!head || !tail) return
  if (pushed.length === 1) {
    head.map = [start, end]
  } else if (head.type === 'link_open' && tail.type === 'link_close') {
    if (head.markup === 'autolink' && pushed.length === 3) {
      head.map = [start, start + 1]
      pushed[1]!.map = [start + 1, end - 1]
      tail.map = [end - 1, end]
    } else if (pushed.length === 2 && state.labelEnd > start && state.labelEnd < end) {
      // The link rule tokenized the label [start + 1, labelEnd) in place.
      head.map = [start, start + 1]
      tail.map = [state.labelEnd, end]
    }
  } else {
    // Delimiter runs: one text token per character (emphasis) or per run (strikethrough).
    let at = start
    for (const t of pushed) {
      if (t.type !== 'text') return
      at += t.content.length
    }
    if (at !== end) return
    at = start
    for (const t of pushed) {
      t.map = [at, at + t.content.length]
      at += t.content.length
    }
  }
}
