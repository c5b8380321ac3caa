import { isIncluded, type Decision, type Finding, type Review } from './review.js'
import type { Translate } from './i18n.js'

const stateKey = { pending: 'change.pending', accepted: 'change.accepted', rejected: 'change.rejected' } as const
const stateMark: Record<Decision, string> = { pending: '', accepted: '✓', rejected: '✗' }

/**
 * The text as a reading view, each change in place as a redline: a link to its card in the
 * list (a link, not a button, so that it wraps with the line like the words around it). Readable without colour:
 * what leaves the result is struck through (`<del>`, or `<s>` for a proposal left out), what
 * enters it is underlined (`<ins>`), and the number and state mark sit beside it.
 */
export function Redline(props: { review: Review; selected: number; t: Translate; onSelect: (index: number) => void }) {
  const { review, selected, t } = props
  const parts: unknown[] = []
  let at = 0
  review.findings.forEach((finding, index) => {
    if (finding.start > at) parts.push(review.base.slice(at, finding.start))
    const decision = review.decisions[index]!
    const included = isIncluded(finding, decision)
    const classes = ['redline', decision, finding.suggested ? 'suggested' : '', index === selected ? 'selected' : ''].filter(Boolean).join(' ')
    parts.push(
      <a
        href={`#finding-${finding.number}`}
        id={`redline-${finding.number}`}
        class={classes}
        onClick={(event: Event) => {
          event.preventDefault()
          props.onSelect(index)
        }}
      >
        <span class="num" aria-hidden="true">
          {finding.number}
          {stateMark[decision]}
        </span>
        <span class="sr-only">{t('change.number', { number: finding.number })} </span>
        {finding.byHand ? (
          <mark class="byhand">
            {finding.original}
            <span class="sr-only"> {t('change.byHand')}</span>
          </mark>
        ) : included ? (
          <>
            <del>
              <span class="sr-only">{t('change.removed')} </span>
              {finding.original}
            </del>
            <ins>
              <span class="sr-only"> {t('change.inserted')} </span>
              {finding.replacement}
            </ins>
          </>
        ) : (
          <>
            <span class="kept">{finding.original}</span>
            <s class="proposal">
              <span class="sr-only"> {t('change.notApplied')} </span>
              {finding.replacement}
            </s>
          </>
        )}
        <span class="sr-only"> ({t(stateKey[decision])})</span>
      </a>,
    )
    at = finding.end
  })
  if (at < review.base.length) parts.push(review.base.slice(at))
  return <div class="text">{parts}</div>
}

/** The changes (or the held-back suggestions) as cards: message, note, rule, the house style's language where it is not the document's, and the decision. */
export function ChangeList(props: {
  review: Review
  suggested: boolean
  selected: number
  t: Translate
  /** A language code's name in the page's locale. */
  languageName: (code: string) => string
  onSelect: (index: number) => void
  onDecide: (index: number, decision: Decision) => void
}) {
  const { review, t } = props
  const items = review.findings.map((finding, index) => ({ finding, index })).filter(({ finding }) => finding.suggested === props.suggested)
  return (
    <ol class="changes">
      {items.map(({ finding, index }) => (
        <li>
          <Card finding={finding} decision={review.decisions[index]!} selected={index === props.selected} t={t} languageName={props.languageName} onSelect={() => props.onSelect(index)} onDecide={(d) => props.onDecide(index, d)} />
        </li>
      ))}
    </ol>
  )
}

function Card(props: { finding: Finding; decision: Decision; selected: boolean; t: Translate; languageName: (code: string) => string; onSelect: () => void; onDecide: (decision: Decision) => void }) {
  const { finding, decision, t } = props
  const id = `finding-${finding.number}`
  return (
    <article
      id={id}
      tabindex={-1}
      class={`card ${decision}${props.selected ? ' selected' : ''}`}
      aria-labelledby={`${id}-title`}
      aria-current={props.selected ? 'true' : undefined}
      onClick={props.onSelect}
    >
      <header>
        <span class="num" aria-hidden="true">
          {finding.number}
        </span>
        <h3 id={`${id}-title`}>
          {finding.byHand ? (
            <mark class="byhand">{finding.original}</mark>
          ) : (
            <>
              <span class="sr-only">{t('change.label', { number: finding.number, original: finding.original, replacement: finding.replacement })}</span>
              <span aria-hidden="true">
                <del>{finding.original}</del> → <ins>{finding.replacement}</ins>
              </span>
            </>
          )}
        </h3>
        {!finding.byHand && (
          <span class={`state ${decision}`}>
            {stateMark[decision]} {t(stateKey[decision])}
          </span>
        )}
      </header>
      {finding.message && <p class="message">{finding.message}</p>}
      {finding.reason && (
        <p class="reason">
          {t('change.reason')}: <code>{finding.reason}</code>
        </p>
      )}
      {finding.note && (
        <p class="note">
          <strong>{t('change.note')}:</strong> {finding.note}
        </p>
      )}
      <p class="rule">
        <span>
          {t('change.rule')}: <code>{finding.rule}</code>
        </span>
        {finding.concept && (
          <span>
            {t('change.concept')}: <code>{finding.concept}</code>
          </span>
        )}
        {finding.language && <span class="language">{t('change.language', { language: props.languageName(finding.language) })}</span>}
      </p>
      {finding.byHand ? (
        <p class="byhand">{t('change.byHand')}</p>
      ) : (
      <div class="decide">
        <button type="button" class="accept" aria-pressed={decision === 'accepted' ? 'true' : 'false'} onClick={() => props.onDecide('accepted')}>
          ✓ {t('change.accept')}
        </button>
        <button type="button" class="reject" aria-pressed={decision === 'rejected' ? 'true' : 'false'} onClick={() => props.onDecide('rejected')}>
          ✗ {t('change.reject')}
        </button>
      </div>
      )}
    </article>
  )
}
