import { globSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import packageJson from '../../package.json' with { type: 'json' }
import { localEngine, remoteEngine, type Engine } from './engine.js'
import { formatOf, parseOptions, usage, UsageError, type CliOptions } from './options.js'
import { progressBar } from './progress.js'
import { utf8Text } from './read-text.js'
import { report, type FileReport } from './report.js'

export interface Io {
  argv: readonly string[]
  env: Readonly<Record<string, string | undefined>>
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown; isTTY?: boolean }
  /** Standard input: its bytes (read as UTF-8, as files are), or text already decoded. */
  readStdin(): Uint8Array | string
}

const STDIN = '-'
const PROGRESS_FROM = 5

/** `copydesk check|fix …`: the exit status (0 done, 1 check found changes, 2 error). */
export async function run(io: Io): Promise<number> {
  let options: CliOptions
  try {
    options = parseOptions(io.argv, io.env, io.stdout.isTTY === true, io.stderr.isTTY === true)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`copydesk: ${error.message}\n\n${usage}\n`)
    return 2
  }
  if (options.command === 'help') {
    io.stdout.write(`${usage}\n`)
    return 0
  }
  if (options.command === 'version') {
    io.stdout.write(`${packageJson.version}\n`)
    return 0
  }
  if (options.command === 'translate') return translate(options, io)
  const mode = options.command

  let paths: string[]
  try {
    paths = expand(options.inputs)
  } catch (error) {
    io.stderr.write(`copydesk: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  }
  const toStdout = options.stdout || paths.includes(STDIN)
  if (mode === 'fix' && options.stdout && paths.length > 1) {
    io.stderr.write('copydesk: --stdout takes one file\n')
    return 2
  }

  let engine: Engine
  try {
    engine = options.url ? remoteEngine(options.url, options.key, options.locale) : localEngine(options.locale)
  } catch (error) {
    io.stderr.write(`copydesk: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  }

  const progress = progressBar(io.stderr, paths.length, options.progress ?? paths.length >= PROGRESS_FROM)
  const files: FileReport[] = []
  for (const [index, path] of paths.entries()) {
    files.push(await processFile(path, options, engine, io, mode, toStdout))
    progress.tick(index + 1)
  }

  // The normalized text went to stdout: the report goes to stderr.
  const reportStream = mode === 'fix' && toStdout ? io.stderr : io.stdout
  reportStream.write(report(files, options.reporter, options.color && reportStream.isTTY !== false, mode))
  if (files.some((f) => f.error)) return 2
  // A suggestion is reported, not applied: only what would change the text fails a check.
  if (mode === 'check' && files.some((f) => f.answer?.changes?.some((c) => c.status === 'applied'))) return 1
  return 0
}

/** `copydesk translate --to <tag> <file|->`: the translation on stdout, the changes made on top of the engine's output on stderr. */
async function translate(options: CliOptions, io: Io): Promise<number> {
  const [path] = options.inputs as [string]
  const name = path === STDIN ? '<stdin>' : path
  let text: string
  try {
    text = readInput(path, io)
  } catch (error) {
    io.stderr.write(`copydesk: ${name}: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  }
  const engine = options.url ? remoteEngine(options.url, options.key, options.locale) : localEngine(options.locale, io.env)
  const format = options.format ?? (path === STDIN ? 'text' : formatOf(path))
  let outcome
  try {
    outcome = await engine.translate({ text, format, to: options.to!, from: options.from, provider: options.provider, glossary: options.glossary })
  } catch (error) {
    io.stderr.write(`copydesk: ${error instanceof Error ? error.message : String(error)}\n`)
    return 2
  }
  if ('error' in outcome) {
    io.stderr.write(`${name}: error: ${outcome.error.message}\n`)
    return 2
  }
  const { answer } = outcome
  io.stdout.write(answer.text)
  // The changes index the engine's output: the redline shows them on it.
  io.stderr.write(`${name}: translated by ${answer.provider.id} (${answer.provider.engine})\n`)
  const file: FileReport = { path: name, input: answer.machineTranslation, answer }
  io.stderr.write(report([file], options.reporter === 'json' ? 'redline' : options.reporter, options.color && io.stderr.isTTY === true, 'fix'))
  return 0
}

async function processFile(path: string, options: CliOptions, engine: Engine, io: Io, mode: 'check' | 'fix', toStdout: boolean): Promise<FileReport> {
  const name = path === STDIN ? '<stdin>' : path
  let input: string
  try {
    input = readInput(path, io)
  } catch (error) {
    return { path: name, input: '', error: { code: 'unreadable', message: error instanceof Error ? error.message : String(error) } }
  }
  const format = options.format ?? (path === STDIN ? 'text' : formatOf(path))
  const outcome = await engine.normalize({ text: input, format, language: options.language, glossary: options.glossary })
  if ('error' in outcome) return { path: name, input, error: outcome.error }
  const file: FileReport = { path: name, input, answer: outcome.answer }
  if (mode === 'fix') {
    const text = outcome.answer.text ?? input
    if (toStdout) {
      io.stdout.write(text)
    } else {
      const changed = text !== input
      if (changed) writeFileSync(path, text)
      file.written = changed
    }
  }
  return file
}

/** A file's or standard input's text, refused unless it is UTF-8 (read-text.ts). */
function readInput(path: string, io: Io): string {
  const content = path === STDIN ? io.readStdin() : readFileSync(path)
  return typeof content === 'string' ? content : utf8Text(content)
}

/** Files, directories (their Markdown, HTML and text files) and globs, each file once, in order. */
function expand(inputs: readonly string[]): string[] {
  const seen = new Set<string>()
  for (const input of inputs) {
    if (input === STDIN) {
      seen.add(STDIN)
      continue
    }
    const stat = statOf(input)
    if (stat?.isFile()) {
      seen.add(input)
      continue
    }
    const pattern = stat?.isDirectory() ? `${input.replace(/\/$/, '')}/**/*.{md,markdown,html,htm,txt}` : input
    if (!stat && !/[*?[{]/.test(input)) throw new Error(`${input}: no such file`)
    const matches = globSync(pattern, { exclude: (name) => name === 'node_modules' || name === '.git' })
      .filter((match) => statOf(match)?.isFile())
      .sort()
    if (matches.length === 0) throw new Error(`${input}: no file matches`)
    for (const match of matches) seen.add(match)
  }
  return [...seen]
}

function statOf(path: string) {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}
