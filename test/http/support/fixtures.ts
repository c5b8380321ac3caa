import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** shared/ sits beside the repository (CI clones it there too). */
const sharedFixtures = new URL('../../../../shared/fixtures/', import.meta.url)

export function seedArticle(): string {
  return readFileSync(fileURLToPath(new URL('seed-article-en.txt', sharedFixtures)), 'utf8')
}
