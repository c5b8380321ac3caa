import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * Every sentence the service shows to an editor comes from src/i18n/locales. This test reads
 * the source of src/ (not tests, locales, generated code or fixtures) and fails on English
 * literals where a response could pick them up.
 *
 * Out of scope, on purpose: operator-facing text that never reaches an HTTP response
 * (configuration errors at start, in src/config/, src/runtime/ and the providers' settings.ts;
 * the Node server's start line), and the glossary build diagnostics of src/core/glossary/
 * (`npm run build:glossaries` output for glossary authors, and the start-up error when a
 * glossary does not validate).
 *
 * PENDING lists code still being written by others whose messages are not yet in
 * src/i18n/locales: remove an entry once its messages move there, and the checks apply to it.
 */
const PENDING: readonly string[] = []
const root = fileURLToPath(new URL('../..', import.meta.url))
const skipDirs = new Set(['generated', 'locales', 'fixtures', '.scratch', 'node_modules'])

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return skipDirs.has(entry.name) ? [] : sources(path)
    return /(?<!\.test|\.d|\.fixture)\.ts$/.test(entry.name) ? [path] : []
  })
}

interface Literal {
  file: string
  line: number
  text: string
  node: ts.Node
}

/** String and template literals of a file (the literal parts of a template, `${}` as "…"). */
function literals(file: string): Literal[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: Literal[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return
    let text: string | undefined
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…')
    if (text === undefined) return ts.forEachChild(node, visit)
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
    found.push({ file: relative(root, file).split(sep).join('/'), line, text, node })
  }
  visit(source)
  return found
}

/** Two words of Latin letters in a row: prose, not a code, a header or a media type. */
const prose = (text: string): boolean => /\b[A-Za-z]{2,} [A-Za-z]{2,}\b/.test(text)

/** The property a literal initializes (`message: '…'`), through conditionals and parentheses. */
function propertyOf(node: ts.Node): string | undefined {
  let parent = node.parent
  while (ts.isConditionalExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isBinaryExpression(parent)) parent = parent.parent
  return ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name) ? parent.name.text : undefined
}

/** Whether the literal is an argument of `new Error(...)` (or of a subclass named `...Error`). */
function errorArgument(node: ts.Node): boolean {
  const parent = node.parent
  return ts.isNewExpression(parent) && /Error$/.test(parent.expression.getText()) && (parent.arguments?.includes(node as ts.Expression) ?? false)
}

/** `'com org net'.split(' ')`: a word list, data rather than a sentence. */
function wordList(node: ts.Node): boolean {
  let parent = node.parent
  while (ts.isParenthesizedExpression(parent)) parent = parent.parent
  return ts.isPropertyAccessExpression(parent) && parent.name.text === 'split'
}

const all = sources(join(root, 'src'))
  .flatMap(literals)
  .filter((l) => !PENDING.some((prefix) => l.file.startsWith(prefix)))
const where = (l: Literal) => `${l.file}:${l.line} ${JSON.stringify(l.text)}`

describe('no English literal reaches a response', () => {
  it('finds the sources', () => {
    expect(all.some((l) => l.file === 'src/http/app.ts')).toBe(true)
    expect(all.some((l) => l.file === 'src/webhooks/process.ts')).toBe(true)
    expect(all.some((l) => l.file.startsWith('src/i18n/locales/'))).toBe(false)
  })

  it('has no literal "message" field outside the glossary build diagnostics and the command line', () => {
    // The command line (src/cli) is a client: what the service says comes localized (--locale),
    // its own diagnostics (a server it cannot reach) are English, like its usage text.
    const exempt = (file: string) => file.startsWith('src/core/glossary/') || file.startsWith('src/cli/')
    const offending = all.filter((l) => propertyOf(l.node) === 'message' && /\p{L}/u.test(l.text) && !exempt(l.file))
    expect(offending.map(where)).toEqual([])
  })

  it('has no English prose in the HTTP layer or the i18n code, except the start-up error of createApp', () => {
    // Also allowed: the WWW-Authenticate challenge, protocol syntax (RFC 6750) rather than prose.
    const challenge = (l: Literal) => l.file === 'src/http/middleware/access.ts' && /^Bearer realm="[a-z]+"$/.test(l.text)
    // Also allowed: the API's reference (its schemas' descriptions, the OpenAPI document and the
    // /docs page), written for developers in English like docs/, not messages of a response.
    const reference = (l: Literal) => /^src\/http\/(?:schemas|openapi)\//.test(l.file)
    const allowed = (l: Literal) =>
      (l.file === 'src/http/app.ts' && errorArgument(l.node) && l.text.startsWith('Default glossary ')) || challenge(l) || reference(l)
    const offending = all.filter((l) => (l.file.startsWith('src/http/') || l.file.startsWith('src/i18n/')) && prose(l.text) && !allowed(l))
    expect(offending.map(where)).toEqual([])
  })

  it('has English prose in the core only in Errors for misuse, which the HTTP layer prevents', () => {
    // Also allowed: the unified diff format's end-of-file marker, syntax that patch tools read.
    const diffMarker = (l: Literal) => l.file === 'src/core/normalize/diff.ts' && l.text === '\\ No newline at end of file'
    const offending = all.filter(
      (l) => l.file.startsWith('src/core/') && !l.file.startsWith('src/core/glossary/') && prose(l.text) && !errorArgument(l.node) && !wordList(l.node) && !diffMarker(l),
    )
    expect(offending.map(where)).toEqual([])
  })

  it('has no English prose in the webhook module outside its configuration errors', () => {
    const offending = all.filter((l) => l.file.startsWith('src/webhooks/') && !/^src\/webhooks\/(providers\/[^/]+|write-back)\/settings\.ts$/.test(l.file) && prose(l.text) && !errorArgument(l.node))
    expect(offending.map(where)).toEqual([])
  })

  it('has HttpErrors carry a code, never a sentence', () => {
    const offending = all.filter((l) => {
      const parent = l.node.parent
      return ts.isNewExpression(parent) && parent.expression.getText() === 'HttpError' && !/^[a-z_]+$/.test(l.text)
    })
    expect(offending.map(where)).toEqual([])
  })
})
