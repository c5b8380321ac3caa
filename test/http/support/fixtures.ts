// shared/ sits beside the repository (CI clones it there too). The file is imported as text
// (Vite's `?raw`), so the same module works in Node and inside workerd, which has no file system.
import seedArticleText from '../../../../shared/fixtures/seed-article-en.txt?raw'

export function seedArticle(): string {
  return seedArticleText
}
