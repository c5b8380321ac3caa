import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

// Every concept of the researched reference is either in the news glossary or left out on
// purpose, with the reason in glossaries/news/omitted.yaml.
const reference = JSON.parse(readFileSync(fileURLToPath(new URL('../../../shared/reference/ukraine-names.json', import.meta.url)), 'utf8')) as { id: string }[]
const { renamed, omitted } = parse(readFileSync('glossaries/news/omitted.yaml', 'utf8')) as {
  renamed: Record<string, string>
  omitted: { id: string; why: string }[]
}
const isConcept = (id: string) => existsSync(`glossaries/news/concepts/${id}.yaml`)

describe('the reference file in the news glossary', () => {
  it.each(reference.map((c) => [c.id]))('%s is a concept or omitted with a reason', (id) => {
    const left = omitted.find((o) => o.id === id)
    if (left) expect(left.why.trim().length, `${id}: why`).toBeGreaterThan(20)
    else expect(isConcept(renamed[id] ?? id), `${id} has no concept file and is not in omitted.yaml`).toBe(true)
  })

  it('omits nothing it also defines', () => {
    for (const { id } of omitted) expect(isConcept(id), `${id} is omitted but has a concept file`).toBe(false)
  })
})
