import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { fileURLToPath } from 'node:url'
import { build, type BuildOptions } from 'esbuild'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// The core (src/core) must run unchanged on Node and on Workers: no Node built-in module, no
// Node global, no file system, in its own files and in the npm packages it imports. Checked
// twice: its sources are read for runtime-specific references, and the core (then the whole
// worker) is bundled for a neutral platform, where no Node built-in resolves.

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Node globals that do not exist on Workers (without nodejs_compat). */
const NODE_GLOBALS = new Set(['process', 'Buffer', '__dirname', '__filename', 'require', 'module', 'exports', 'global', 'setImmediate', 'clearImmediate', 'NodeJS'])
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0]!]))

const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0]!)

/**
 * The runtime-specific references in a TypeScript or JavaScript source: imports of Node
 * built-ins (static, dynamic, `require`, type-only too), references to Node globals that the
 * source does not declare itself (also as `globalThis.process`) and `import.meta.dirname` /
 * `filename`. One line each, `line:column what`.
 */
function runtimeSpecificReferences(source: string, fileName = '/source.ts'): string[] {
  const kind = fileName.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind)
  let typeChecker: ts.TypeChecker | undefined // made only when a candidate needs it (seconds for a bundle)
  const checker = () => (typeChecker ??= singleFileChecker(file))
  const found: string[] = []
  const report = (node: ts.Node, what: string) => {
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file))
    found.push(`${line + 1}:${character + 1} ${what}`)
  }
  const checkSpecifier = (node: ts.Node | undefined) => {
    if (node && ts.isStringLiteralLike(node) && isNodeBuiltin(node.text)) report(node, `imports "${node.text}"`)
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) checkSpecifier(node.moduleSpecifier)
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      checkSpecifier(node.moduleReference.expression)
      report(node, 'uses require')
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) checkSpecifier(node.argument.literal)
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) checkSpecifier(node.arguments[0])
    else if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text) && isReference(node) && !isParameterInScope(node) && !checker().getSymbolAtLocation(node)?.declarations?.length) {
      report(node, `uses ${node.text}`)
    } else if (ts.isPropertyAccessExpression(node)) {
      const object = node.expression
      const name = node.name.text
      if (ts.isIdentifier(object) && object.text === 'globalThis' && NODE_GLOBALS.has(name)) report(node, `uses globalThis.${name}`)
      if (ts.isMetaProperty(object) && (name === 'dirname' || name === 'filename')) report(node, `uses import.meta.${name}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** A type checker that sees only `file` (no lib, no imports): an undeclared name has no symbol. */
function singleFileChecker(file: ts.SourceFile): ts.TypeChecker {
  const host: ts.CompilerHost = {
    getSourceFile: (name) => (name === file.fileName ? file : undefined),
    getDefaultLibFileName: () => '/lib.d.ts',
    writeFile: () => {},
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (name) => name === file.fileName,
    readFile: () => undefined,
  }
  const options: ts.CompilerOptions = { noLib: true, noResolve: true, allowJs: true, types: [], target: ts.ScriptTarget.Latest }
  return ts.createProgram({ rootNames: [file.fileName], options, host }).getTypeChecker()
}

/** Whether an enclosing function has a parameter of that name (as bundled CommonJS modules have `module`). */
function isParameterInScope(node: ts.Identifier): boolean {
  for (let scope: ts.Node | undefined = node.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope) && scope.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === node.text)) return true
  }
  return false
}

/** Whether an identifier is read as a variable (or type), rather than being a property name or key. */
function isReference(node: ts.Identifier): boolean {
  const parent = node.parent
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false
  if (ts.isQualifiedName(parent) && parent.right === node) return false
  if (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent)) return parent.name !== node
  if (ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent) || ts.isGetAccessor(parent) || ts.isSetAccessor(parent)) return parent.name !== node
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false
  return true
}

/** The modules of a folder of src/ (`core`, `webhooks`...), less tests and test fixtures (`fixtures/`, `*.fixture.ts`). */
function modulesOf(dir: string): string[] {
  return (readdirSync(`${root}src/${dir}`, { recursive: true, encoding: 'utf8' }) as string[])
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('.d.ts'))
    .filter((path) => !path.split('/').includes('fixtures') && !path.endsWith('.fixture.ts'))
    .map((path) => `src/${dir}/${path}`)
    .sort()
}

/** As wrangler bundles a Worker, but for a platform without Node built-ins. */
const neutral: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  conditions: ['workerd', 'worker', 'browser'],
  logLevel: 'silent',
}

/**
 * Bundles for a neutral platform; answers the build errors (a Node built-in does not resolve)
 * and the runtime-specific references in the bundled code, the npm packages included.
 */
async function bundle(options: BuildOptions): Promise<{ errors: string[]; references: string[] }> {
  try {
    const result = await build({ ...neutral, ...options })
    const references = result.outputFiles!.flatMap((file) =>
      runtimeSpecificReferences(file.text, '/bundle.js').map((what) => `${file.path.slice(root.length)}:${what}`),
    )
    return { errors: [], references }
  } catch (error) {
    const errors = (error as { errors?: { text: string; location?: { file: string } | null }[] }).errors
    if (!errors) throw error
    return { errors: errors.map((e) => `${e.location?.file ?? ''}: ${e.text}`), references: [] }
  }
}

describe('runtimeSpecificReferences', () => {
  it.each([
    ["import { readFileSync } from 'node:fs'", 'imports "node:fs"'],
    ["import path from 'path'", 'imports "path"'],
    ["import type { Stats } from 'fs'", 'imports "fs"'],
    ["export { createHash } from 'crypto'", 'imports "crypto"'],
    ["const fs = await import('node:fs/promises')", 'imports "node:fs/promises"'],
    ["const fs = require('fs')", 'uses require'],
    ["import fs = require('fs')", 'imports "fs"'],
    ['const debug = process.env.DEBUG', 'uses process'],
    ["const bytes = Buffer.from('x')", 'uses Buffer'],
    ['const here = __dirname', 'uses __dirname'],
    ['const here = import.meta.dirname', 'uses import.meta.dirname'],
    ['const p = globalThis.process', 'uses globalThis.process'],
    ['let t: NodeJS.Timeout', 'uses NodeJS'],
  ])('finds %s', (source, what) => {
    expect(runtimeSpecificReferences(source).map((found) => found.replace(/^\d+:\d+ /, ''))).toContain(what)
  })

  it('ignores properties, strings, comments and names the source declares itself', () => {
    const source = [
      "const node = { process: 1, require: true }; node.process; node.require",
      'function f(process: number) { return process }',
      "class C { Buffer = 1; process() {} }",
      "const text = 'process.env and node:fs in a string'; // process, require('fs') in a comment",
      'const buffer = new ArrayBuffer(8); const s: SharedArrayBuffer | undefined = undefined',
      'const url = import.meta.url',
      'const wrapped = (exports, module) => { module.exports = exports }',
    ].join('\n')
    expect(runtimeSpecificReferences(source)).toEqual([])
  })
})

describe('the core', () => {
  const modules = modulesOf('core')

  it('has modules to check', () => {
    expect(modules).toContain('src/core/copydesk.ts')
    expect(modules).toContain('src/core/api.ts')
    expect(modules.some((path) => path.endsWith('.test.ts'))).toBe(false)
  })

  it('references nothing runtime-specific in its own files', () => {
    const found = modules.flatMap((path) => runtimeSpecificReferences(readFileSync(`${root}${path}`, 'utf8'), `/${path}`).map((what) => `${path}:${what}`))
    expect(found).toEqual([])
  })

  it('bundles, with every npm package it imports, for a platform without Node built-ins and globals', { timeout: 60_000 }, async () => {
    expect(await bundle({ entryPoints: modules, outdir: 'out', splitting: true })).toEqual({ errors: [], references: [] })
  })

  it('would not bundle if it imported a Node built-in, nor pass if it used a Node global', async () => {
    const read = await bundle({ stdin: { contents: "import { readFileSync } from 'node:fs'\nexport const read = readFileSync", resolveDir: root } })
    expect(read.errors).toEqual(['<stdin>: Could not resolve "node:fs"'])
    expect((await bundle({ stdin: { contents: "import path from 'path'\nexport const join = path.join", resolveDir: root } })).errors).toHaveLength(1)
    const debug = await bundle({ stdin: { contents: 'export const debug = process.env.DEBUG', resolveDir: root }, outdir: 'out' })
    expect(debug).toEqual({ errors: [], references: ['out/stdin.js:2:13 uses process'] })
  })
})

// The webhooks and the configuration run in workerd too (without nodejs_compat): only fetch,
// WebCrypto and web globals.
describe.each(['webhooks', 'config'])('src/%s', (dir) => {
  const modules = modulesOf(dir)

  it('has modules to check', () => {
    expect(modules).toContain(`src/${dir}/index.ts`)
  })

  it('references nothing runtime-specific in its own files', () => {
    const found = modules.flatMap((path) => runtimeSpecificReferences(readFileSync(`${root}${path}`, 'utf8'), `/${path}`).map((what) => `${path}:${what}`))
    expect(found).toEqual([])
  })

  it('bundles for a platform without Node built-ins and globals', { timeout: 60_000 }, async () => {
    expect(await bundle({ entryPoints: [`src/${dir}/index.ts`], outdir: 'out' })).toEqual({ errors: [], references: [] })
  })
})

describe('the worker (src/runtime/worker/main.ts, with the HTTP app and i18n)', () => {
  it('bundles for a platform without Node built-ins and globals', { timeout: 60_000 }, async () => {
    expect(await bundle({ entryPoints: ['src/runtime/worker/main.ts'], outdir: 'out', external: ['cloudflare:workers'] })).toEqual({ errors: [], references: [] })
  })
})
