import { useEffect, useRef, useState } from 'hono/jsx/dom'
import { ApiError, createApi, isRecord } from './api.js'
import { downloadName, formatOfName, formats, guessFormat, mediaTypeOf, type Format } from './formats.js'
import { browserLocale, pageLocales, translator } from './i18n.js'
import { parseProviders, sourcesOf, targetsOf, type Provider } from './providers.js'
import {
  carryDecisions,
  counts,
  decide,
  decideAll,
  findingsOf,
  newReview,
  resultDiff,
  resultText,
  type Decision,
  type Review,
} from './review.js'
import { ChangeList, Redline } from './redline.js'

const KEY_STORAGE = 'copydesk.apiKey'

interface GlossarySummary {
  id: string
  name: string
  languages: string[]
}

interface Language {
  /** The service's sentence, in the page's locale: "Detected as English (confidence 0.86)". */
  explanation: string
}

/** A finished check or translation, with the editor's decisions. */
interface Outcome {
  mode: Mode
  review: Review
  format: Format
  fileName: string | undefined
  language: Language | undefined
  warnings: string[]
  /** Translation: who translated, into what. */
  provider?: string
  target?: string
  /** What was sent, to ask again in another locale. */
  request: Request
}

interface Request {
  mode: Mode
  path: string
  body: Record<string, unknown>
  fileName: string | undefined
  format: Format
}

type Mode = 'check' | 'translate'

/** An error to say in words; `until` (ms since epoch) counts a 429 down. */
interface Problem {
  text: string
  until?: number
}

export function App() {
  const [locale, setLocale] = useState(() => browserLocale(navigator.languages ?? [navigator.language]))
  const t = translator(locale)
  const [key, setKey] = useState(() => sessionStorage.getItem(KEY_STORAGE) ?? '')
  const [keyDraft, setKeyDraft] = useState('')
  const [keyNeeded, setKeyNeeded] = useState(false)
  const [glossaries, setGlossaries] = useState<GlossarySummary[]>([])
  const [glossary, setGlossary] = useState('')
  const [providers, setProviders] = useState<Provider[]>([])
  const [mode, setMode] = useState<Mode>('check')
  const [text, setText] = useState('')
  const [fileName, setFileName] = useState<string | undefined>(undefined)
  const [formatChoice, setFormatChoice] = useState<'auto' | Format>('auto')
  const [language, setLanguage] = useState('auto')
  const [from, setFrom] = useState('auto')
  const [to, setTo] = useState('')
  const [provider, setProvider] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Problem | undefined>(undefined)
  const [now, setNow] = useState(Date.now())
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined)
  const [editing, setEditing] = useState(true)
  const [selected, setSelected] = useState(-1)
  const [announcement, setAnnouncement] = useState('')
  const [dragging, setDragging] = useState(false)
  const [clean, setClean] = useState(false)
  const reveal = useRef<'none' | 'scroll' | 'focus'>('none')
  // The selection as the keyboard moves it: keys pressed faster than the page renders each count.
  const selectedRef = useRef(-1)

  // The API reads the key and locale of the moment through these refs.
  const keyRef = useRef(key)
  keyRef.current = key
  const localeRef = useRef(locale)
  localeRef.current = locale
  const apiRef = useRef(createApi({ key: () => keyRef.current ?? '', locale: () => localeRef.current ?? 'en' }))
  const api = apiRef.current!

  const guessed = guessFormat(text)
  const format: Format = formatChoice === 'auto' ? (fileName ? (formatOfName(fileName) ?? guessed) : guessed) : formatChoice
  const reachable = providers.filter((p) => p.reachable)
  const activeProvider = reachable.find((p) => p.id === provider) ?? reachable[0]
  const targets = targetsOf(activeProvider, from)
  const target = targets.includes(to) ? to : (targets[0] ?? '')
  const waiting = problem?.until !== undefined && problem.until > now
  const glossaryEntry = glossaries.find((g) => g.id === glossary)
  const names = languageNames(locale)

  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  // The 429 countdown: one tick a second while it runs.
  useEffect(() => {
    if (problem?.until === undefined) return
    const timer = setInterval(() => setNow(Date.now()), 250)
    return () => clearInterval(timer)
  }, [problem])

  const describe = (error: unknown, bytes: number): Problem => {
    if (!(error instanceof ApiError)) return { text: t('error.other', { status: '?', detail: String(error) }) }
    switch (error.status) {
      case 0:
        return { text: t('error.network') }
      case 401:
        setKeyNeeded(true)
        return { text: keyRef.current ? t('error.unauthorized') : t('error.keyNeeded') }
      case 413:
        return { text: t('error.tooLarge', { size: bytes.toLocaleString(locale), detail: error.detail }) }
      case 429:
        return { text: '', until: Date.now() + (error.retryAfter ?? 1) * 1000 }
      case 503:
        return { text: t('error.unavailable', { detail: error.detail }) }
      default:
        return { text: t('error.other', { status: error.status, detail: error.detail }) }
    }
  }

  /** What the service offers this key: glossaries, and translation providers when it translates. */
  const loadCatalog = async () => {
    try {
      const list = glossariesOf(await api.get('/v1/glossaries'))
      setGlossaries(list)
      // '' leaves the choice to the service (its DEFAULT_GLOSSARY), which the list does not name.
      setGlossary((current) => (list.some((g) => g.id === current) ? current : ''))
      setProblem(undefined)
      if (keyRef.current) setKeyNeeded(true) // keep the key field: it shows the key is in use
    } catch (error) {
      setProblem(describe(error, 0))
      return
    }
    try {
      setProviders(parseProviders(await api.get('/v1/translate/providers')))
    } catch {
      setProviders([]) // no translation on this service (404), or not now: the mode stays hidden
    }
  }

  useEffect(() => {
    void loadCatalog()
  }, [key])

  useEffect(() => {
    if (mode === 'translate' && reachable.length === 0) setMode('check')
  }, [providers])

  const send = async (request: Request, previous?: Review) => {
    setBusy(true)
    setProblem(undefined)
    try {
      const answer = await api.post(request.path, { ...request.body, locale: localeRef.current })
      const next = outcomeOf(request, answer)
      if (previous) next.review = carryDecisions(previous, next.review)
      setOutcome(next)
      setEditing(false)
      reveal.current = 'none' // a new result opens at the top of the text, the first change selected
      selectedRef.current = next.review.findings.length > 0 ? 0 : -1
      setSelected(selectedRef.current)
    } catch (error) {
      setProblem(describe(error, new TextEncoder().encode(String(request.body.text)).length))
    } finally {
      setBusy(false)
    }
  }

  const run = () => {
    if (busy || waiting) return
    const common = { text, format, ...(glossary ? { glossary } : {}) }
    const request: Request =
      mode === 'translate'
        ? { mode, path: '/v1/translate', body: { ...common, from, to: target, ...(activeProvider ? { provider: activeProvider.id } : {}) }, fileName, format }
        : { mode, path: '/v1/normalize', body: { ...common, language }, fileName, format }
    void send(request)
  }

  // Messages and notes come from the service in the page's locale: ask again, keeping the decisions.
  const switchLocale = (next: string) => {
    setLocale(next)
    localeRef.current = next
    if (outcome && !busy) void send(outcome.request, outcome.review)
  }

  // From the latest state, not this render's: decisions made faster than the page renders all count.
  const setDecision = (index: number, decision: Decision) =>
    setOutcome((previous) => {
      if (!previous) return previous
      const current = previous.review.decisions[index]
      return { ...previous, review: decide(previous.review, index, current === decision ? 'pending' : decision) }
    })

  /** Selects a finding; shown (scrolled to) when the editor chose it, focused when by keyboard. */
  const select = (index: number, fromKeyboard: boolean) => {
    reveal.current = fromKeyboard ? 'focus' : 'scroll'
    selectedRef.current = index
    setSelected(index)
  }

  useEffect(() => {
    // The latest selection, not this render's: keys may have moved it again before the page rendered.
    const index = selectedRef.current ?? -1
    if (index < 0 || reveal.current === 'none') return
    const card = document.getElementById(`finding-${index + 1}`)
    document.getElementById(`redline-${index + 1}`)?.scrollIntoView({ block: 'nearest' })
    card?.scrollIntoView({ block: 'nearest' })
    if (reveal.current === 'focus') card?.focus()
    reveal.current = 'none'
  }, [selected, outcome])

  // Keyboard: j / k next and previous change, a accept, r reject, Ctrl+Enter check.
  const keys = useRef<(event: KeyboardEvent) => void>(() => {})
  keys.current = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      run()
      return
    }
    const target = event.target
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
    if (typing || event.ctrlKey || event.metaKey || event.altKey || !outcome || editing) return
    const total = outcome.review.findings.length
    if (total === 0) return
    const current = selectedRef.current ?? -1
    const at = current < 0 ? 0 : current
    if (event.key === 'j') select(Math.min(total - 1, current + 1), true)
    else if (event.key === 'k') select(Math.max(0, current - 1), true)
    else if (event.key === 'a') setDecision(at, 'accepted')
    else if (event.key === 'r') setDecision(at, 'rejected')
    else return
    event.preventDefault()
  }
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keys.current?.(event)
    document.addEventListener('keydown', listener)
    return () => document.removeEventListener('keydown', listener)
  }, [])

  const openFile = async (file: File | undefined) => {
    if (!file) return
    try {
      const content = await file.text()
      if (content.includes('\u0000')) throw new Error('binary')
      setText(content)
      setFileName(file.name)
      setFormatChoice('auto')
      setOutcome(undefined)
      setEditing(true)
      setProblem(undefined)
    } catch {
      setProblem({ text: t('input.unreadable') })
    }
  }

  const copy = async (value: string) => {
    setAnnouncement('')
    const ok = await copyText(value)
    setAnnouncement(ok ? t('out.copied') : t('out.copyFailed'))
  }

  const download = () => {
    if (!outcome) return
    const suffix = outcome.mode === 'translate' && outcome.target ? outcome.target : ''
    const blob = new Blob([resultText(outcome.review)], { type: mediaTypeOf(outcome.format) })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = downloadName(outcome.fileName, outcome.format, suffix)
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }

  const saveKey = (event: Event) => {
    event.preventDefault()
    const value = keyDraft.trim()
    if (value === '') return
    sessionStorage.setItem(KEY_STORAGE, value)
    setKeyDraft('')
    setKey(value)
    if (value === key) void loadCatalog()
  }

  const forgetKey = () => {
    sessionStorage.removeItem(KEY_STORAGE)
    setKey('')
  }

  const review = outcome?.review
  const tally = review ? counts(review) : undefined
  const seconds = problem?.until !== undefined ? Math.max(0, Math.ceil((problem.until - now) / 1000)) : 0
  const problemText = problem?.until !== undefined ? (seconds > 0 ? t('error.rateLimited', { seconds }) : t('error.rateLimitedOver')) : problem?.text

  return (
    <div class="page">
      <header class="bar">
        <div class="brand">
          <span class="mark" aria-hidden="true">
            ¶
          </span>
          <h1>Copydesk</h1>
          <span class="tagline">{t('app.tagline')}</span>
        </div>
        {reachable.length > 0 && (
          <div class="modes" role="tablist" aria-label={t('mode.label')}>
            {(['check', 'translate'] as const).map((m) => (
              <button
                type="button"
                role="tab"
                class="mode"
                aria-selected={m === mode ? 'true' : 'false'}
                onClick={() => setMode(m)}
                onKeyDown={(e: KeyboardEvent) => {
                  // Arrow keys move between the two tabs (WAI-ARIA tabs pattern).
                  if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') setMode(mode === 'check' ? 'translate' : 'check')
                }}
              >
                {t(m === 'check' ? 'mode.check' : 'mode.translate')}
              </button>
            ))}
          </div>
        )}
        <label class="locale">
          <span>{t('app.pageLanguage')}</span>
          <select value={locale} onChange={(e: Event) => switchLocale(valueOf(e))}>
            {Object.entries(pageLocales).map(([code, { name }]) => (
              <option value={code} selected={code === locale} lang={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </header>

      {keyNeeded && (
        <form class="key" onSubmit={saveKey}>
          <h2 id="key-heading" class="sr-only">
            {t('key.heading')}
          </h2>
          <label for="api-key">{t('key.label')}</label>
          <input id="api-key" type="password" autocomplete="off" spellcheck={false} value={keyDraft} onInput={(e: Event) => setKeyDraft(valueOf(e))} />
          <button type="submit">{t('key.use')}</button>
          {key && (
            <button type="button" class="quiet" onClick={forgetKey}>
              {t('key.forget')}
            </button>
          )}
          <p class="hint">{key && !problem ? t('key.inUse') : t('key.help')}</p>
        </form>
      )}

      <div class={problemText ? 'problem' : 'problem quiet'} role="alert">
        {problemText && <p>{problemText}</p>}
      </div>

      <main class="layout">
        <section class="doc" aria-labelledby="doc-heading">
          <h2 id="doc-heading" class="sr-only">
            {editing ? t('input.label') : t('result.heading')}
          </h2>
          <div class="toolbar">
            <label class="button-like">
              {t('input.open')}
              <input
                class="sr-only"
                type="file"
                accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
                onChange={(e: Event) => {
                  const input = e.target instanceof HTMLInputElement ? e.target : undefined
                  void openFile(input?.files?.[0])
                  if (input) input.value = ''
                }}
              />
            </label>
            <Select id="format" label={t('format.label')} value={formatChoice} onChange={(v) => setFormatChoice(v === 'auto' ? 'auto' : formatFrom(v))}>
              <option value="auto">{t('format.auto', { format: t(`format.${fileName ? (formatOfName(fileName) ?? guessed) : guessed}`) })}</option>
              {formats.map((f) => (
                <option value={f}>{t(`format.${f}`)}</option>
              ))}
            </Select>
            {mode === 'check' ? (
              <Select id="language" label={t('language.label')} value={language} onChange={setLanguage}>
                <option value="auto">{t('language.auto')}</option>
                {(glossaryEntry?.languages ?? [...new Set(glossaries.flatMap((g) => g.languages))]).map((code) => (
                  <option value={code}>{names(code)}</option>
                ))}
              </Select>
            ) : (
              <>
                <Select id="from" label={t('translate.from')} value={from} onChange={setFrom}>
                  <option value="auto">{t('language.auto')}</option>
                  {sourcesOf(activeProvider).map((code) => (
                    <option value={code}>{names(code)}</option>
                  ))}
                </Select>
                <Select id="to" label={t('translate.to')} value={target} onChange={setTo}>
                  {targets.map((code) => (
                    <option value={code}>{names(code)}</option>
                  ))}
                </Select>
                <Select id="provider" label={t('translate.provider')} value={activeProvider?.id ?? ''} onChange={setProvider}>
                  {reachable.map((p) => (
                    <option value={p.id}>{p.id}</option>
                  ))}
                </Select>
              </>
            )}
            {glossaries.length > 0 && (
              <Select id="glossary" label={t('glossary.label')} value={glossary} onChange={setGlossary}>
                <option value="">{t('glossary.default')}</option>
                {glossaries.map((g) => (
                  <option value={g.id}>{g.name}</option>
                ))}
              </Select>
            )}
            <span class="spacer" />
            {!editing && (
              <button type="button" class="quiet" onClick={() => setEditing(true)}>
                {t('result.edit')}
              </button>
            )}
            <button type="button" class="primary" onClick={run} disabled={busy || waiting || text === '' || (mode === 'translate' && target === '')} aria-keyshortcuts="Control+Enter">
              {mode === 'translate' ? t(busy ? 'translate.running' : 'translate.run') : t(busy ? 'check.running' : 'check.run')}
            </button>
          </div>

          {editing || !outcome ? (
            <div
              class={dragging ? 'drop dragging' : 'drop'}
              onDragOver={(e: DragEvent) => {
                e.preventDefault()
                setDragging(true)
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={(e: DragEvent) => {
                e.preventDefault()
                setDragging(false)
                void openFile(e.dataTransfer?.files[0])
              }}
            >
              <label for="story" class="sr-only">
                {t('input.label')}
              </label>
              <textarea
                id="story"
                spellcheck={true}
                placeholder={t('input.placeholder')}
                value={text}
                onInput={(e: Event) => {
                  setText(valueOf(e))
                }}
              />
              {fileName && <p class="file">{t('input.file', { name: fileName })}</p>}
              {dragging && <p class="drop-hint">{t('input.dropHere')}</p>}
            </div>
          ) : (
            <div class="reading">
              <p class="meta">
                {outcome.language?.explanation && <span>{t('result.language', { explanation: outcome.language.explanation })}</span>}
                {outcome.mode === 'translate' && outcome.provider && (
                  <span>{t('translate.by', { provider: outcome.provider, target: names(outcome.target ?? '') })}</span>
                )}
                <span>{t(`format.${outcome.format}`)}</span>
                {outcome.fileName && <span>{outcome.fileName}</span>}
              </p>
              <div class="view" role="group" aria-label={t('view.label')}>
                <button type="button" aria-pressed={clean ? 'false' : 'true'} onClick={() => setClean(false)}>
                  {t('view.redline')}
                </button>
                <button type="button" aria-pressed={clean ? 'true' : 'false'} onClick={() => setClean(true)}>
                  {t('view.clean')}
                </button>
              </div>
              {clean ? (
                <div class="text clean">{resultText(outcome.review)}</div>
              ) : (
                <>
                  <p class="legend">{t('result.legend')}</p>
                  <Redline review={outcome.review} selected={selected} t={t} onSelect={(i) => select(i, false)} />
                </>
              )}
            </div>
          )}
        </section>

        <aside class="panel" aria-labelledby="changes-heading">
          <h2 id="changes-heading">{t('changes.heading')}</h2>
          {review && tally ? (
            <>
              <p class="counts" role="status">
                {t('changes.counts', { pending: tally.pending, accepted: tally.accepted, rejected: tally.rejected })}
              </p>
              {review.findings.length === 0 && <p class="none">{t('result.noChanges')}</p>}
              {review.findings.some((f) => !f.suggested) && (
                <div class="bulk">
                  <button type="button" onClick={() => setOutcome((p) => p && { ...p, review: decideAll(p.review, 'accepted', false) })}>
                    {t('changes.acceptAll')}
                  </button>
                  <button type="button" onClick={() => setOutcome((p) => p && { ...p, review: decideAll(p.review, 'rejected', false) })}>
                    {t('changes.rejectAll')}
                  </button>
                </div>
              )}
              <ChangeList review={review} suggested={false} selected={selected} t={t} languageName={names} onSelect={(i) => select(i, false)} onDecide={setDecision} />
              {review.findings.some((f) => f.suggested) && (
                <section class="suggestions" aria-labelledby="suggestions-heading">
                  <h3 id="suggestions-heading">{t('suggestions.heading')}</h3>
                  <p class="hint">{t('suggestions.help')}</p>
                  <ChangeList review={review} suggested={true} selected={selected} t={t} languageName={names} onSelect={(i) => select(i, false)} onDecide={setDecision} />
                </section>
              )}
              {outcome!.warnings.length > 0 && (
                <section class="warnings" aria-labelledby="warnings-heading">
                  <h3 id="warnings-heading">{t('warnings.heading')}</h3>
                  <ul>
                    {outcome!.warnings.map((w) => (
                      <li>{w}</li>
                    ))}
                  </ul>
                </section>
              )}
              <section class="out" aria-labelledby="out-heading">
                <h3 id="out-heading">{t('out.heading')}</h3>
                <div class="bulk">
                  <button type="button" onClick={() => void copy(resultText(review))}>
                    {t('out.copy')}
                  </button>
                  <button type="button" onClick={download}>
                    {t('out.download')}
                  </button>
                  <button type="button" onClick={() => void copy(resultDiff(review, downloadName(outcome!.fileName, outcome!.format)))}>
                    {t('out.diff')}
                  </button>
                </div>
              </section>
            </>
          ) : (
            <div class="empty">
              <p class="empty-title">{t('empty.title')}</p>
              <p>{t('empty.body')}</p>
            </div>
          )}
          <p class="hint keys">{t('keys.help')}</p>
        </aside>
      </main>
      <p class="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  )
}

/** A labelled select; the label points at it (`for`), so its name is the label alone, not the label and the chosen option. */
function Select(props: { id: string; label: string; value: string; onChange: (value: string) => void; children?: unknown }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e: Event) => props.onChange(valueOf(e))}>
        {props.children}
      </select>
    </div>
  )
}

function valueOf(event: Event): string {
  const target = event.target
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement ? target.value : ''
}

function formatFrom(value: string): Format {
  return formats.find((f) => f === value) ?? 'text'
}

function languageNames(locale: string): (code: string) => string {
  let display: Intl.DisplayNames | undefined
  try {
    display = new Intl.DisplayNames([locale], { type: 'language' })
  } catch {
    display = undefined
  }
  return (code) => {
    try {
      return display?.of(code) ?? code
    } catch {
      return code
    }
  }
}

/** `GET /v1/glossaries`: `{glossaries: [{id, name, languages}]}`. */
function glossariesOf(json: unknown): GlossarySummary[] {
  const list = isRecord(json) && Array.isArray(json.glossaries) ? json.glossaries : []
  return list.flatMap((g: unknown) =>
    isRecord(g) && typeof g.id === 'string'
      ? [{ id: g.id, name: stringOr(g.name, g.id), languages: Array.isArray(g.languages) ? g.languages.filter((l): l is string => typeof l === 'string') : [] }]
      : [],
  )
}

/** A check's or a translation's answer as the page keeps it. */
function outcomeOf(request: Request, json: unknown): Outcome {
  const answer = isRecord(json) ? json : {}
  const translated = request.mode === 'translate'
  const base = translated ? stringOr(answer.machineTranslation, stringOr(answer.text, '')) : String(request.body.text)
  const language = translated ? answer.source : answer.language
  const warnings = Array.isArray(answer.warnings) ? answer.warnings.flatMap((w: unknown) => (isRecord(w) && typeof w.message === 'string' ? [w.message] : [])) : []
  const provider = isRecord(answer.provider) ? answer.provider.id : answer.provider
  return {
    mode: request.mode,
    // The changes of a translation follow the target's house style; a check's, the text's (each block's or quotation's where it says so).
    review: newReview(base, findingsOf(answer.changes, answer.concepts, base, translated ? stringOr(answer.target, String(request.body.to)) : isRecord(language) && typeof language.code === 'string' ? language.code : undefined)),
    format: request.format,
    fileName: request.fileName,
    language: isRecord(language) && typeof language.explanation === 'string' ? { explanation: language.explanation } : undefined,
    warnings,
    ...(typeof provider === 'string' ? { provider } : {}),
    ...(translated ? { target: stringOr(answer.target, String(request.body.to)) } : {}),
    request,
  }
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback
}

async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value)
    return true
  } catch {
    // Without the Clipboard API (an insecure origin, a refused permission): the selection way.
    const area = document.createElement('textarea')
    area.value = value
    area.setAttribute('readonly', '')
    area.className = 'offscreen'
    document.body.append(area)
    area.select()
    const ok = document.execCommand('copy')
    area.remove()
    return ok
  }
}

