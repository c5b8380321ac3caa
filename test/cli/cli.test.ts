import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createService } from '../../src/runtime/service.js'
import { startNodeServer, type NodeServer } from '../../src/runtime/node/start.js'
import { STAND_IN_KEY, startDeeplStandIn, type DeeplStandIn } from '../translate/deepl-stand-in.js'

/** The real `copydesk` command (bin/copydesk.js), run on files in a temporary folder. */
// Each run starts Node, tsx and the core: seconds on a busy machine.
vi.setConfig({ testTimeout: 120_000 })
const bin = fileURLToPath(new URL('../../bin/copydesk.js', import.meta.url))

interface Run {
  status: number
  stdout: string
  stderr: string
}

function copydesk(args: string[], options: { cwd: string; input?: string | Buffer; env?: Record<string, string> }): Promise<Run> {
  return new Promise((resolve) => {
    // No GITHUB_ACTIONS from the CI that runs these tests: each test says which reporter it wants.
    const env = { ...process.env, GITHUB_ACTIONS: '', NO_COLOR: '', ...options.env }
    const child = execFile(process.execPath, [bin, ...args], { cwd: options.cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    })
    if (options.input !== undefined) child.stdin!.end(options.input)
    else child.stdin!.end()
  })
}

const story = 'President Volodimir Zelenskyy spoke in Kiev.\nKyiv is fine.\n'
const markdown = '# Kiev\n\nThe mayor of [Kiev](https://kiev.example/kiev) spoke.\n'
const html = '<p title="Kiev">The mayor of <a href="/kiev">Kiev</a> spoke.</p>\n'
const clean = 'Kyiv is the capital of Ukraine.\n'

let dir: string
const read = (name: string) => readFileSync(join(dir, name), 'utf8')

function folder(files: Record<string, string>): void {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
}

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('copydesk check', () => {
  it('reports a redline and exits 1 when something would change, leaving the files as they are', async () => {
    folder({ 'story.txt': story, 'page.md': markdown, 'clean.txt': clean })
    const run = await copydesk(['check', 'story.txt', 'page.md', 'clean.txt'], { cwd: dir })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('story.txt\n  1:11  Use “Volodymyr Zelensky” rather than “Volodimir Zelenskyy” (house style)')
    expect(run.stdout).toContain('President [-Volodimir Zelenskyy-]{+Volodymyr Zelensky+} spoke in Kiev.')
    // Markdown from the extension: the link target is not prose, the heading and the link text are.
    expect(run.stdout).toContain('page.md\n  1:3 ')
    expect(run.stdout).toContain('The mayor of [[-Kiev-]{+Kyiv+}](https://kiev.example/kiev) spoke.')
    expect(run.stdout).not.toContain('clean.txt')
    expect(run.stdout).toMatch(/4 changes to make in 2 of 3 files\n$/)
    expect(read('story.txt')).toBe(story)
    expect(read('page.md')).toBe(markdown)
  })

  it('colours the redline with --color', async () => {
    folder({ 'story.txt': 'Kiev\n' })
    const run = await copydesk(['check', '--color', 'story.txt'], { cwd: dir })
    // Struck through in red, rewritten in green.
    expect(run.stdout).toContain('\x1b[31m\x1b[9mKiev\x1b[0m\x1b[32mKyiv\x1b[0m')
    const plain = await copydesk(['check', '--color', 'story.txt'], { cwd: dir, env: { NO_COLOR: '1' } })
    expect(plain.stdout).toContain('\x1b[31m') // --color wins over NO_COLOR
  })

  it('exits 0 when nothing would change', async () => {
    folder({ 'clean.txt': clean })
    const run = await copydesk(['check', 'clean.txt'], { cwd: dir })
    expect(run).toMatchObject({ status: 0, stdout: '0 changes to make in 0 of 1 file\n' })
  })

  it('reports a suggestion without failing the check: it would not change the text', async () => {
    folder({ 'named.txt': 'The city, formerly known as Kiev, is Kyiv.\n' })
    const run = await copydesk(['check', 'named.txt'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('1:29  suggestion  Use “Kyiv” rather than “Kiev” (house style). Not applied:')
    expect(run.stdout).toMatch(/0 changes to make in 0 of 1 file; 1 suggestion\n$/)
    const github = await copydesk(['check', '--github', 'named.txt'], { cwd: dir })
    expect(github.stdout).toMatch(/^::warning file=named\.txt,line=1,col=29,/)
  })

  it('writes GitHub workflow annotations, by default on GitHub Actions', async () => {
    folder({ 'story.txt': story, 'page.html': html })
    const run = await copydesk(['check', '*.txt', 'page.html'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } })
    expect(run.status).toBe(1)
    const lines = run.stdout.trim().split('\n')
    expect(lines[0]).toBe(
      '::error file=story.txt,line=1,col=11,endLine=1,endColumn=30,title=Copydesk%3A volodymyr_zelensky::Use “Volodymyr Zelensky” rather than “Volodimir Zelenskyy” (house style)' +
        lines[0]!.slice(lines[0]!.indexOf('(house style)') + '(house style)'.length),
    )
    expect(lines[0]).toMatch(/%0A.+/) // the concept's note, on the next line of the annotation
    // HTML from the extension: the title (text for readers) and the link text change, the link target stays.
    expect(lines.filter((l) => l.startsWith('::error file=page.html'))).toHaveLength(2)
    expect(lines.at(-1)).toMatch(/^::error file=page\.html,line=1,col=46,endLine=1,endColumn=50,/)
  })

  it('gives one JSON report with --json', async () => {
    folder({ 'story.txt': story, 'clean.txt': clean })
    const run = await copydesk(['check', '--json', '.'], { cwd: dir })
    expect(run.status).toBe(1)
    const { files } = JSON.parse(run.stdout)
    expect(files.map((f: { path: string }) => f.path)).toEqual(['clean.txt', 'story.txt'])
    expect(files[1].changes.map((c: { original: string; line: number; language: string }) => [c.original, c.line, c.language])).toEqual([['Volodimir Zelenskyy', 1, 'en'], ['Kiev', 1, 'en']])
    expect(Object.keys(files[1].concepts)).toEqual(['volodymyr_zelensky', 'kyiv'])
  })

  it('shows progress on stderr for many files', async () => {
    folder(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`f${i}.txt`, `Officials in Kiev met the mayor (${i}).\n`])))
    const run = await copydesk(['check', '--progress', '*.txt'], { cwd: dir })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('] 6/6 files\n')
    expect(run.stdout).toMatch(/6 changes to make in 6 of 6 files/)
  })
})

describe('copydesk fix', () => {
  it('rewrites the files in place, then check finds nothing', async () => {
    folder({ 'story.txt': story, 'page.md': markdown, 'page.html': html })
    const run = await copydesk(['fix', 'story.txt', 'page.md', 'page.html'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/6 changes made in 3 of 3 files\n$/)
    expect(read('story.txt')).toBe('President Volodymyr Zelensky spoke in Kyiv.\nKyiv is fine.\n')
    expect(read('page.md')).toBe('# Kyiv\n\nThe mayor of [Kyiv](https://kiev.example/kiev) spoke.\n')
    expect(read('page.html')).toBe('<p title="Kyiv">The mayor of <a href="/kiev">Kyiv</a> spoke.</p>\n')
    expect((await copydesk(['check', '.'], { cwd: dir })).status).toBe(0)
  })

  it('reads "-" from stdin and writes the text to stdout, the report to stderr', async () => {
    folder({})
    const run = await copydesk(['fix', '--language', 'en', '-'], { cwd: dir, input: 'Kiev and Kharkov' })
    expect(run).toMatchObject({ status: 0, stdout: 'Kyiv and Kharkiv' })
    expect(run.stderr).toContain('<stdin>')
  })

  // Read as UTF-8 and written back, a Latin-1 "é" came back as EF BF BD: bytes outside every
  // change, lost. Such a file is refused and left as it is; the others are still fixed.
  it('refuses a file that is not UTF-8, leaving its bytes, and fixes the others', async () => {
    folder({ 'story.txt': story })
    const latin1 = Buffer.from('Caf\xe9 in Kiev.\n', 'latin1')
    const utf16 = Buffer.from('\ufeffKiev', 'utf16le')
    const bom = Buffer.from('\ufeffIn Kiev.\n', 'utf8')
    writeFileSync(join(dir, 'latin1.txt'), latin1)
    writeFileSync(join(dir, 'utf16.txt'), utf16)
    writeFileSync(join(dir, 'bom.txt'), bom)
    const run = await copydesk(['fix', '.'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain('latin1.txt: error: not UTF-8 (line 1): convert it to UTF-8')
    expect(run.stdout).toContain('utf16.txt: error: UTF-16, not UTF-8')
    expect(readFileSync(join(dir, 'latin1.txt'))).toEqual(latin1)
    expect(readFileSync(join(dir, 'utf16.txt'))).toEqual(utf16)
    // A UTF-8 byte order mark is text like any other: kept.
    expect(readFileSync(join(dir, 'bom.txt'))).toEqual(Buffer.from('\ufeffIn Kyiv.\n', 'utf8'))
    expect(read('story.txt')).toBe('President Volodymyr Zelensky spoke in Kyiv.\nKyiv is fine.\n')
    const stdin = await copydesk(['fix', '-'], { cwd: dir, input: latin1 })
    expect(stdin).toMatchObject({ status: 2, stdout: '' })
    expect(stdin.stderr).toContain('<stdin>: error: not UTF-8 (line 1)')
  })
})

describe('copydesk against a server (--url)', () => {
  let server: NodeServer
  beforeAll(async () => {
    const { config, copydesk: core } = createService({ HOST: '127.0.0.1', PORT: '0', API_KEYS: 'cli-key-0123456789abcdef' })
    server = await startNodeServer(config, { copydesk: core, log: () => {} })
  })
  afterAll(() => server?.close())

  it('answers as the built-in core does', async () => {
    folder({ 'story.txt': story, 'page.md': markdown })
    const local = await copydesk(['check', '--json', '.'], { cwd: dir })
    const remote = await copydesk(['check', '--json', '--url', server.url, '.'], { cwd: dir, env: { COPYDESK_API_KEY: 'cli-key-0123456789abcdef' } })
    expect(remote.status).toBe(1)
    expect(JSON.parse(remote.stdout)).toEqual(JSON.parse(local.stdout))
  })

  it('says what the server refused, and exits 2', async () => {
    folder({ 'story.txt': story })
    const run = await copydesk(['check', '--url', server.url, '--key', 'wrong-key-0123456789abcdef', 'story.txt'], { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stdout).toContain('story.txt: error: The API key is not valid')
  })
})

describe('copydesk translate', () => {
  // DeepL as the engine: a loopback stand-in speaking its documented API (test/translate/deepl-stand-in.ts).
  let deepl: DeeplStandIn
  beforeAll(async () => {
    deepl = await startDeeplStandIn()
  })
  afterAll(() => deepl?.close())

  it('prints the translation, with the names in house style, and its changes on stderr', async () => {
    folder({ 'story.txt': 'El alcalde de Kiev habló con el presidente.' })
    const env = { DEEPL_AUTH_KEY: STAND_IN_KEY, DEEPL_SERVER_URL: deepl.url, APERTIUM_URL: '' }
    const run = await copydesk(['translate', '--to', 'en', '--from', 'es', '--provider', 'deepl', 'story.txt'], { cwd: dir, env })
    expect(run.stderr).toMatch(/^story\.txt: translated by deepl /)
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/Kyiv/)
    expect(run.stdout).not.toMatch(/Kiev/)
  })

  it('says what is wrong when no engine is configured, and exits 2', async () => {
    folder({ 'story.txt': 'El alcalde de Kiev habló.' })
    const run = await copydesk(['translate', '--to', 'en', '--provider', 'deepl', 'story.txt'], { cwd: dir, env: { DEEPL_AUTH_KEY: '', APERTIUM_URL: '' } })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/deepl/i)
  })
})

describe('usage', () => {
  it.each([
    [['check'], 'copydesk check needs files, globs or "-"'],
    [['lint', 'x'], 'unknown command "lint"'],
    [['check', '--format', 'rtf', 'x.txt'], '--format must be text, markdown or html, got "rtf"'],
    [['check', 'missing.txt'], 'missing.txt: no such file'],
    [['translate', 'x.txt'], 'copydesk translate needs --to <language> and one file or "-"'],
  ])('copydesk %j exits 2: %s', async (args, message) => {
    folder({ 'x.txt': 'Kiev' })
    const run = await copydesk(args, { cwd: dir })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(message)
  })

  it('prints the help', async () => {
    folder({})
    const run = await copydesk(['--help'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^Usage: copydesk <command>/)
  })
})
