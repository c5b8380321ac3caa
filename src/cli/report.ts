import type { RenderedChange } from '../http/render/index.js'
import type { Reporter } from './options.js'

/** What a report shows of a change: where, what, why (a normalize or a translate answer's). */
export type ReportChange = Pick<RenderedChange, 'line' | 'column' | 'endLine' | 'endColumn' | 'original' | 'replacement' | 'concept' | 'message' | 'status'>

export interface ReportAnswer {
  changes?: ReportChange[]
  concepts?: Record<string, { note?: string }>
  warnings?: { message: string }[]
}

/** What became of one input. */
export interface FileReport {
  path: string
  /** The text the changes' lines and columns refer to. */
  input: string
  answer?: ReportAnswer
  error?: { code: string; message: string }
  /** fix: the file was rewritten. */
  written?: boolean
}

const ansi = { red: '\x1b[31m', green: '\x1b[32m', dim: '\x1b[2m', bold: '\x1b[1m', strike: '\x1b[9m', reset: '\x1b[0m' }

/**
 * The redline for a terminal: each change under its file, with its place, the line struck
 * through and rewritten, and the rule's message. Without colour, `[-old-]{+new+}` marks the
 * edit, as `git diff --word-diff` does.
 */
export function redline(files: readonly FileReport[], color: boolean, mode: 'check' | 'fix'): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${ansi.reset}` : text)
  const out: string[] = []
  for (const file of files) {
    if (file.error) {
      out.push(`${paint(ansi.bold, file.path)}: ${paint(ansi.red, `error: ${file.error.message}`)}`)
      continue
    }
    const changes = file.answer?.changes ?? []
    const warnings = file.answer?.warnings ?? []
    if (changes.length === 0 && warnings.length === 0) continue
    out.push(paint(ansi.bold, file.path))
    const lines = file.input.split('\n')
    for (const change of changes) {
      const line = lines[change.line - 1] ?? ''
      const before = line.slice(0, change.column - 1)
      const after = change.endLine === change.line ? line.slice(change.endColumn - 1) : ''
      const old = color ? paint(ansi.red + ansi.strike, change.original) : `[-${change.original}-]`
      const neu = color ? paint(ansi.green, change.replacement) : `{+${change.replacement}+}`
      const kind = change.status === 'suggested' ? `${paint(ansi.dim, 'suggestion')}  ` : ''
      out.push(`  ${paint(ansi.dim, `${change.line}:${change.column}`)}  ${kind}${change.message}  ${paint(ansi.dim, change.concept)}`)
      out.push(`      ${trim(before, true)}${old}${neu}${trim(after, false)}`)
    }
    for (const warning of warnings) out.push(`  ${paint(ansi.dim, 'warning')}  ${warning.message}`)
  }
  const applied = (f: FileReport) => f.answer?.changes?.filter((c) => c.status === 'applied').length ?? 0
  const suggested = files.reduce((sum, f) => sum + (f.answer?.changes?.filter((c) => c.status === 'suggested').length ?? 0), 0)
  const changed = files.filter((f) => applied(f) > 0)
  const count = changed.reduce((sum, f) => sum + applied(f), 0)
  const failed = files.filter((f) => f.error).length
  const verb = mode === 'fix' ? 'made' : 'to make'
  const summary = `${count} ${count === 1 ? 'change' : 'changes'} ${verb} in ${changed.length} of ${files.length} ${files.length === 1 ? 'file' : 'files'}${suggested > 0 ? `; ${suggested} ${suggested === 1 ? 'suggestion' : 'suggestions'}` : ''}${failed > 0 ? `; ${failed} failed` : ''}`
  out.push(paint(count > 0 || failed > 0 ? ansi.bold : ansi.dim, summary))
  return `${out.join('\n')}\n`
}

/** Long lines are cut around the change, so that the redline stays one line of a terminal. */
function trim(text: string, left: boolean): string {
  const max = 40
  if (text.length <= max) return text
  return left ? `…${text.slice(-max)}` : `${text.slice(0, max)}…`
}

/** One JSON document: each file with its changes (as the API gives them), its warnings or its error. */
export function jsonReport(files: readonly FileReport[]): string {
  return `${JSON.stringify({
    files: files.map((f) => ({
      path: f.path,
      ...(f.error ? { error: f.error } : { changes: f.answer?.changes ?? [], concepts: f.answer?.concepts ?? {}, warnings: f.answer?.warnings ?? [] }),
      ...(f.written !== undefined && { written: f.written }),
    })),
  }, null, 2)}\n`
}

/**
 * GitHub workflow commands: one annotation a change, on its line and columns
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message).
 * `check` reports errors, so that the job fails visibly; `fix` reports notices of what it did;
 * suggestions (held back, docs/changes.md) are warnings in both.
 */
export function githubReport(files: readonly FileReport[], mode: 'check' | 'fix'): string {
  const level = mode === 'check' ? 'error' : 'notice'
  const out: string[] = []
  for (const file of files) {
    if (file.error) {
      out.push(`::error file=${property(file.path)},title=Copydesk::${data(file.error.message)}`)
      continue
    }
    for (const change of file.answer?.changes ?? []) {
      // A suggestion is a warning: it does not change the text, so it does not fail the check.
      out.push(annotation(change.status === 'suggested' ? 'warning' : level, file.path, change, file.answer?.concepts?.[change.concept]?.note))
    }
    for (const warning of file.answer?.warnings ?? []) out.push(`::warning file=${property(file.path)},title=Copydesk::${data(warning.message)}`)
  }
  return out.length > 0 ? `${out.join('\n')}\n` : ''
}

function annotation(level: string, path: string, change: ReportChange, note: string | undefined): string {
  const place = `file=${property(path)},line=${change.line},col=${change.column},endLine=${change.endLine},endColumn=${change.endColumn}`
  const title = property(`Copydesk: ${change.concept}`)
  return `::${level} ${place},title=${title}::${data(note ? `${change.message}\n${note}` : change.message)}`
}

// The escapes of the workflow command format (actions/toolkit, command.ts).
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function report(files: readonly FileReport[], reporter: Reporter, color: boolean, mode: 'check' | 'fix'): string {
  if (reporter === 'json') return jsonReport(files)
  if (reporter === 'github') return githubReport(files, mode)
  return redline(files, color, mode)
}
