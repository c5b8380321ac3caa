import { readFileSync } from 'node:fs'

export const seedArticle = readFileSync(new URL('../../shared/fixtures/seed-article-en.txt', import.meta.url), 'utf8')

const LEAKY = [
  'Troops withdrew from Kiev and Kharkov as Zelenskyy visited Odessa.',
  'The Dnipropetrovsk region and the city of Dnipropetrovsk saw shelling near Zaporozhye.',
  "Volodímir Zelenski spoke in the capital's Plaza San Miguel about Donbass and Lugansk.",
  'A Kiev-based analyst said chicken Kiev sales rose in Lvov, Rovno and Vinnitsa.',
]

/** About `size` characters of news text: the seed article, with leaky sentences every few paragraphs. */
export function articleOfSize(size: number): string {
  const paragraphs = seedArticle.split('\n\n')
  const out: string[] = []
  let length = 0
  for (let i = 0; length < size; i++) {
    const p = i % 3 === 2 ? LEAKY[i % LEAKY.length]! : paragraphs[i % paragraphs.length]!
    out.push(p)
    length += p.length + 2
  }
  return out.join('\n\n').slice(0, size)
}
