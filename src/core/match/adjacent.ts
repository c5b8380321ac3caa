import { isSpaceUnit, isWordUnit } from '../text/chars.js'

/** How many initials and patronymics a chain passes over before it gives up ("A. V. Nikolaev"). */
const MAX_LINKS = 3

/**
 * A patronymic, passed over between a given name and the surname ("Andrei Vladimirovich
 * Nikolaev", "Andrej Wladimirowitsch Nikolaev", "Olha Volodymyrivna …"): a capitalised word
 * with one of these endings.
 */
const PATRONYMIC = /^\p{Lu}\p{L}+(?:vich|vitch|vych|witsch|vna|wna)$/u

/**
 * Whether `word` (with a dot after it when `dot`) is in `words`: listed in lower case, in any
 * case ("général", "Général"); listed with a capital, only with one ("Major", "MAJOR", not the
 * adjective in "a major Nikolaev shipyard").
 */
function listed(words: ReadonlySet<string>, word: string, dot: boolean): boolean {
  const lower = word.toLowerCase()
  const suffix = dot ? '.' : ''
  if (words.has(lower + suffix)) return true
  const first = word.charAt(0)
  return first !== first.toLowerCase() && words.has(first + lower.slice(1) + suffix)
}

/**
 * Whether the form at `start` stands right after one of `words` (as `listed` reads them; an
 * abbreviation with its dot, "Gen.", matches only with it, a word without one only without
 * it), so that it is a surname: "Oleg Nikolaev", "General Nikolaev", "Gen. Nikolaev", "Mr Lvov". Initials ("V.")
 * and patronymics between the word and the form are passed over: "Gen. Sergei Nikolaev",
 * "Andrei V. Nikolaev", "Andrei Vladimirovich Nikolaev". Unlike `notPrecededBy`, nothing
 * further back counts: "Vladimir Putin threatened Nikolaev" is the city.
 *
 * Asked only of a variant whose context has such words (a few forms: "Nikolaev", "Lvov"), so
 * the slice per word read is no cost on the hot path.
 */
export function afterPersonWord(words: ReadonlySet<string>, text: string, start: number): boolean {
  let at = start
  for (let links = 0; links <= MAX_LINKS; links++) {
    // Whitespace, at least one unit and no blank line, between the word and what follows it.
    let i = at - 1
    let breaks = 0
    while (i >= 0 && isSpaceUnit(text.charCodeAt(i))) {
      if (text.charCodeAt(i) === 0x0a && ++breaks > 1) return false
      i--
    }
    if (i === at - 1 || i < 0) return false
    const dot = text.charCodeAt(i) === 0x2e
    const end = dot ? i : i + 1
    let j = end - 1
    while (j >= 0 && isWordUnit(text.charCodeAt(j))) j--
    const wordStart = j + 1
    if (wordStart === end) return false
    const word = text.slice(wordStart, end)
    if (listed(words, word, dot)) return true
    const initial = dot && end - wordStart === 1 && word !== word.toLowerCase()
    if (!initial && (dot || !PATRONYMIC.test(word))) return false
    at = wordStart
  }
  return false
}
