import { isWordUnit } from '../text/chars.js'
import type { Context } from './entry.js'

/** . ! ? ; … end the stretch a neighbouring word is looked for in (a code unit test: this runs for every name). */
function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x2026
}

/** Up to `count` lower-cased words after `from`, stopping at the end of the sentence. */
function wordsAfter(text: string, from: number, count: number): string[] {
  const words: string[] = []
  let i = from
  while (i < text.length && words.length < count) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      const start = i
      while (i < text.length && isWordUnit(text.charCodeAt(i))) i++
      words.push(text.slice(start, i).toLowerCase())
      continue
    }
    if (isSentenceEnd(code) || (code === 0x0a && text.charCodeAt(i + 1) === 0x0a)) break
    i++
  }
  return words
}

/** Up to `count` lower-cased words before `to`, stopping at the start of the sentence. */
function wordsBefore(text: string, to: number, count: number): string[] {
  const words: string[] = []
  let i = to - 1
  while (i >= 0 && words.length < count) {
    const code = text.charCodeAt(i)
    if (isWordUnit(code)) {
      const end = i + 1
      while (i >= 0 && isWordUnit(text.charCodeAt(i))) i--
      words.push(text.slice(i + 1, end).toLowerCase())
      continue
    }
    if (isSentenceEnd(code) || (code === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0a)) break
    i--
  }
  return words
}

function anyIn(words: string[], set: ReadonlySet<string>): boolean {
  return words.some((word) => set.has(word))
}

/** Whether the neighbouring words allow the change (mentions are checked by the matcher). */
export function neighboursAllow(context: Context, text: string, start: number, end: number): boolean {
  if (context.notFollowedBy && anyIn(wordsAfter(text, end, context.window), context.notFollowedBy)) return false
  if (context.notPrecededBy && anyIn(wordsBefore(text, start, context.window), context.notPrecededBy)) return false
  return true
}
