import { parseArgs } from 'node:util'

export type Command = 'fix' | 'check' | 'translate' | 'help' | 'version'
export type Reporter = 'redline' | 'json' | 'github'
export type Format = 'text' | 'markdown' | 'html'

export interface CliOptions {
  command: Command
  /** Files, globs, or "-" for standard input. */
  inputs: string[]
  format: Format | undefined
  language: string
  glossary: string | undefined
  locale: string
  reporter: Reporter
  /** fix: write the normalized text to standard output instead of in place. */
  stdout: boolean
  color: boolean
  progress: boolean | undefined
  url: string | undefined
  key: string | undefined
  /** translate: the target and source languages, the provider. */
  to: string | undefined
  from: string
  provider: string | undefined
}

/** A mistake in the command line: said on stderr with the usage, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export const usage = `Usage: copydesk <command> [options] <files | globs | ->

Commands:
  check   report what would change; exit 1 if anything would (for CI)
  fix     apply the house style to the files in place (or to stdout with --stdout or "-")
  translate --to <lang> <file | ->
          machine-translate, with the names in house style: the translation on stdout, its
          changes on stderr (the server's providers with --url; else APERTIUM_URL, DEEPL_AUTH_KEY...)

Options:
  --format text|markdown|html   how the files are written (default: from the extension:
                                .md .markdown → markdown, .html .htm → html, else text)
  --language auto|<tag>         the language of the text (default: auto, detected)
  --glossary <id>               the glossary (default: the service's, "news")
  --locale <tag>                the language of the messages (en, es, de, fr, uk; default en)
  --json                        one JSON report on stdout
  --github                      GitHub workflow annotations (the default when GITHUB_ACTIONS=true)
  --stdout                      fix: print the normalized text instead of rewriting the file
  --color / --no-color          colour the redline (default: when stdout is a terminal and NO_COLOR is unset)
  --progress / --no-progress    a progress bar on stderr (default: on a terminal, for 5 files or more)
  --to, --from <tag>            translate: the target language, the source (default: auto)
  --provider <id>               translate: apertium, deepl or workers-ai (default: the first configured)
  --url <url>                   use a Copydesk server instead of the built-in core
  --key <key>                   its API key (default: $COPYDESK_API_KEY)
  -h, --help                    this help
  -v, --version                 the version

Exit status: 0 done (check: nothing to change), 1 check found something to change, 2 an error.`

export function parseOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, stdoutIsTty: boolean, stderrIsTty: boolean): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      allowNegative: true,
      options: {
        format: { type: 'string' },
        language: { type: 'string', default: 'auto' },
        glossary: { type: 'string' },
        locale: { type: 'string', default: 'en' },
        json: { type: 'boolean', default: false },
        github: { type: 'boolean', default: false },
        stdout: { type: 'boolean', default: false },
        color: { type: 'boolean' },
        progress: { type: 'boolean' },
        url: { type: 'string' },
        to: { type: 'string' },
        from: { type: 'string', default: 'auto' },
        provider: { type: 'string' },
        key: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  const [first, ...inputs] = positionals
  const command: Command = values.help ? 'help' : values.version ? 'version' : commandOf(first)
  if ((command === 'fix' || command === 'check') && inputs.length === 0) throw new UsageError(`copydesk ${command} needs files, globs or "-"`)
  if (command === 'translate' && (values.to === undefined || inputs.length !== 1)) throw new UsageError('copydesk translate needs --to <language> and one file or "-"')
  const format = values.format
  if (format !== undefined && format !== 'text' && format !== 'markdown' && format !== 'html') {
    throw new UsageError(`--format must be text, markdown or html, got "${format}"`)
  }
  if (values.json && values.github) throw new UsageError('--json and --github cannot be used together')
  const reporter: Reporter = values.json ? 'json' : values.github || env.GITHUB_ACTIONS === 'true' ? 'github' : 'redline'
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== ''
  return {
    command,
    inputs,
    format,
    language: values.language,
    glossary: values.glossary,
    locale: values.locale,
    reporter,
    stdout: values.stdout,
    color: values.color ?? (stdoutIsTty && !noColor),
    progress: values.progress ?? (stderrIsTty ? undefined : false),
    url: values.url,
    key: values.key ?? env.COPYDESK_API_KEY,
    to: values.to,
    from: values.from,
    provider: values.provider,
  }
}

function commandOf(name: string | undefined): Command {
  if (name === undefined) return 'help'
  if (name === 'fix' || name === 'check' || name === 'translate') return name
  throw new UsageError(`unknown command "${name}"`)
}

/** The format of a file from its extension; text when it has none we know. */
export function formatOf(path: string): Format {
  const extension = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase()
  if (extension === 'md' || extension === 'markdown') return 'markdown'
  if (extension === 'html' || extension === 'htm') return 'html'
  return 'text'
}
