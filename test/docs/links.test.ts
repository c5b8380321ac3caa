import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/** Every relative link of README.md and docs/*.md resolves: the file exists, and so does the heading its #anchor names. */
const root = fileURLToPath(new URL('../../', import.meta.url))
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]

/** The text outside fenced code blocks and code spans, where a link is a link. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '')
}

/** GitHub's heading ids: lower case, punctuation dropped, spaces to "-", repeats numbered. */
function anchors(markdown: string): Set<string> {
  const ids = new Set<string>()
  const seen = new Map<string, number>()
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = heading!
      .replace(/`/g, '')
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\- _]/gu, '')
      .replace(/ /g, '-')
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    ids.add(n === 0 ? base : `${base}-${n}`)
  }
  return ids
}

function links(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z][a-z0-9+.-]*:/i.test(href))
}

describe('documentation links', () => {
  it.each(pages)('%s: every relative link and anchor resolves', (page) => {
    const text = readFileSync(join(root, page), 'utf8')
    const broken: string[] = []
    for (const href of links(text)) {
      const [path, anchor] = href.split('#') as [string, string | undefined]
      const target = path === '' ? join(root, page) : join(root, dirname(page), decodeURIComponent(path))
      if (!existsSync(target)) {
        broken.push(`${href}: no file ${relative(root, target)}`)
        continue
      }
      if (anchor !== undefined && statSync(target).isFile() && target.endsWith('.md') && !anchors(readFileSync(target, 'utf8')).has(anchor)) {
        broken.push(`${href}: no heading #${anchor} in ${relative(root, target)}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('the README fits on two screens and keeps the test command', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    // 160 lines, and the performance table issue 14 asks the README to show.
    expect(readme.split('\n').length).toBeLessThanOrEqual(170)
    expect(readme).toContain('npm test')
  })
})
