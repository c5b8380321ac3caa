import { functionWordLead } from '../markup/function-words.js'
import { quotations } from '../text/quotes.js'
import type { Change } from './change.js'

/** A quotation of the text in another language than the copy around it: its inside, and that language. */
export interface ForeignQuote {
  start: number
  end: number
  code: string
}

/**
 * The quotations of `text` whose function words say they are in another language than `language`
 * (functionWordLead): an English tweet quoted in Spanish copy, a French minister quoted in
 * German. The copy's house style is not theirs: "Kyiv" in an English quotation is right, and its
 * Spanish "Kiev" would change the quoted words.
 */
export function foreignQuotes(text: string, language: string): ForeignQuote[] {
  const out: ForeignQuote[] = []
  for (const { start, end } of quotations(text)) {
    const code = functionWordLead(text, language, start, end)
    if (code !== undefined) out.push({ start, end, code })
  }
  return out
}

/**
 * The findings in text[start, end) by the house style of `code`, in the text's offsets; undefined
 * when the glossary has none for that language.
 */
export type FindInQuote = (code: string, start: number, end: number) => Change[] | undefined

/**
 * `changes` (the copy's language's findings over the whole text, in order) with each foreign
 * quotation's findings replaced by its own language's (`findIn`). Where the glossary has no house
 * style for the quotation's language, the copy's findings inside it are held as `heldIn` says
 * (`quoted-language`): that style may not be the quotation's, and the text does not decide. A
 * quotation a finding of the copy crosses into is left to the copy (no form holds a quotation
 * mark, so none should).
 */
export function withForeignQuotes(changes: readonly Change[], quotes: readonly ForeignQuote[], findIn: FindInQuote, heldIn: (change: Change) => Change): Change[] {
  const out: Change[] = []
  let k = 0
  for (const quote of quotes) {
    for (; k < changes.length && changes[k]!.end <= quote.start; k++) out.push(changes[k]!)
    let inside = k
    while (inside < changes.length && changes[inside]!.start < quote.end) inside++
    const crossed = k < inside && (changes[k]!.start < quote.start || changes[inside - 1]!.end > quote.end)
    const own = crossed ? undefined : findIn(quote.code, quote.start, quote.end)
    if (own !== undefined) for (const change of own) out.push(change)
    else for (let j = k; j < inside; j++) out.push(crossed ? changes[j]! : heldIn(changes[j]!))
    k = inside
  }
  for (; k < changes.length; k++) out.push(changes[k]!)
  return out
}
