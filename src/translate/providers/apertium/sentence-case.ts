/**
 * Target languages that write nouns with a capital (German, Luxembourgish): there a capital
 * after a name may be the noun's own, so it is left as the engine wrote it.
 */
const CAPITALIZED_NOUNS = new Set(['de', 'lb'])

/** A sentence's first word, after opening quotes or brackets, and the next word on the same line (with a full stop right after it). */
const OPENING = /(?:^|[.!?…]["'”’»)\]]*[ \t\r\n]+)["'“‘«(¿¡]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)[ \t]+(\p{L}[\p{L}\p{N}'’-]*\.?)/gu

/**
 * Apertium writes the first word it translates in a sentence with a capital when the source
 * sentence starts with one, and a word it does not know (a name it lacks, or our placeholder)
 * is copied through without counting as that first word: APy's eng-spa answers "Zelensky said on
 * Monday." with "Zelensky Dijo el lunes.", "Xq1x and Xq2x were hit." with "Xq1x Y Xq2x estuvo
 * pegado." Where a sentence of the answer starts with a word that starts a sentence of `source`
 * as well (copied, so unknown to the engine), and every such sentence of the source goes on with
 * a word in lower case, the capital of the word after it in the answer is that artifact, and is
 * taken back: "Zelensky dijo el lunes."
 */
export function uncapitalizeAfterCopiedStart(source: string, translated: string, to: string): string {
  if (CAPITALIZED_NOUNS.has(to)) return translated
  // Per first word of a source sentence: whether the word after it was in lower case every time.
  const lowerAfter = new Map<string, boolean>()
  for (const m of source.matchAll(OPENING)) {
    const next = m[2]!.charAt(0)
    lowerAfter.set(m[1]!, (lowerAfter.get(m[1]!) ?? true) && next !== next.toUpperCase())
  }
  if (![...lowerAfter.values()].includes(true)) return translated
  let out = ''
  let at = 0
  for (const m of translated.matchAll(OPENING)) {
    const next = m[2]!
    if (lowerAfter.get(m[1]!) !== true || !capitalized(next)) continue
    const letter = m.index + m[0].length - next.length
    out += translated.slice(at, letter) + next.charAt(0).toLowerCase()
    at = letter + 1
  }
  return at === 0 ? translated : out + translated.slice(at)
}

/** A capital, then no other: "Dijo", "Y"; not an acronym ("OTAN"), a name in capitals or an initial ("J."). */
function capitalized(word: string): boolean {
  const first = word.charAt(0)
  if (first === first.toLowerCase() || /^\p{L}\.$/u.test(word)) return false
  const rest = word.slice(1)
  return rest === rest.toLowerCase()
}

/**
 * Apertium also takes the start of what it is given for the start of a sentence: its first
 * translated word comes with a capital ("alcalde" → "Mayor", "de Járkov dijo" → "Of Járkov
 * said"), which is wrong where the text continues a sentence after inline markup ("El
 * **alcalde** de Járkov"); and a Spanish verb that opens it, its subject in the run before
 * ("[Zelenski](…) visitó"), gets one of its own ("It visited"). Sent after a clause going on
 * and a word it does not know standing for what came before, the text is translated as the
 * middle of a sentence after that subject (", Qzqz alcalde" → ", Qzqz mayor", ", Qzqz visitó"
 * → ", Qzqz visited"; ", visitó" alone gave ", it visited"), and a word the target language
 * writes with a capital anywhere keeps it (", lunes" → ", Monday", ", yo" → ", I"); measured on
 * APy's spa-eng and eng-spa. The word is made of letters the text does not have together.
 */
export function continuationOf(text: string): { prefix: string; standIn: string | undefined } {
  const lower = text.toLowerCase()
  const standIn = STAND_INS.find((word) => !lower.includes(word.toLowerCase()))
  // A text holding every one: the comma alone, so that no word of the text is taken out.
  return { prefix: standIn === undefined ? ', ' : `, ${standIn} `, standIn }
}

const STAND_INS = ['Qzqz', 'Zxzx', 'Jqjq', 'Vqvq']

/**
 * The answer to a text sent after `continuationOf`'s prefix, without it: the comma at its
 * start, and the stand-in wherever the engine put it (in any case, with the spaces after it).
 * An answer without them is as the engine wrote it.
 */
export function afterContinuation(answer: string, standIn: string | undefined): string {
  const at = standIn === undefined ? -1 : answer.toLowerCase().indexOf(standIn.toLowerCase())
  const without = standIn === undefined || at === -1 ? answer : answer.slice(0, at) + answer.slice(at + standIn.length).replace(/^[ \t]+/u, '')
  return without.replace(/^,[ \t]*/u, '')
}
