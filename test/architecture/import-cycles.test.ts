import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// No import cycle in src/, type-only imports included: a cycle means two modules that cannot be
// understood (or moved, or loaded) one without the other. docs/architecture.md, "Layers".

const root = fileURLToPath(new URL('../../', import.meta.url))
const src = join(root, 'src')

/** The relative imports of a file (static, dynamic, `export from`, type-only), resolved to files of src/. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
  return importedFiles.flatMap(({ fileName }) => {
    if (!fileName.startsWith('.')) return []
    const target = join(dirname(file), fileName)
    const candidates = [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.d.ts'), `${target}.ts`, join(target, 'index.ts')]
    return candidates.filter((candidate) => candidate.startsWith(src) && existsSync(candidate)).slice(0, 1)
  })
}

/** Every cycle of the graph, once, by Tarjan's strongly connected components (a component of two or more files, or a file importing itself). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (node: string) => {
    index.set(node, index.size)
    low.set(node, index.get(node)!)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) !== index.get(node)) return
    const component: string[] = []
    let member: string
    do {
      member = stack.pop()!
      onStack.delete(member)
      component.push(member)
    } while (member !== node)
    if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort())
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}

describe('src/ import graph', () => {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(src, file))
  const graph = new Map(files.map((file) => [file, importsOf(file)]))

  it('reads the imports of every file', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(graph.get(join(src, 'http/app.ts'))).toContain(join(src, 'http/error-response.ts'))
  })

  it('has no import cycle (type-only imports included)', () => {
    expect(cycles(graph).map((cycle) => cycle.map((file) => relative(root, file)))).toEqual([])
  })

  it('finds a cycle when there is one', () => {
    const a = '/a.ts'
    const b = '/b.ts'
    expect(cycles(new Map([[a, [b]], [b, [a]], ['/c.ts', [a]]]))).toEqual([[a, b]])
    expect(cycles(new Map([[a, [a]]]))).toEqual([[a]])
  })
})
