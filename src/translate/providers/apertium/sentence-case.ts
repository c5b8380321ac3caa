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
 * said", "visitó Járkov" → "It visited Járkov"), which is wrong where the text continues a
 * sentence after inline markup ("El **alcalde** de Járkov"). Sent after this, a clause going
 * on, the text is translated as the middle of a sentence (", alcalde" → ", mayor", ", visitó" →
 * ", it visited"), and a word the target language writes with a capital anywhere keeps it (",
 * lunes" → ", Monday", ", yo" → ", I"); measured on APy's spa-eng and eng-spa.
 */
export const CONTINUATION = ', '

/** The answer to a text sent after CONTINUATION, without it; as it is when the engine dropped the comma. */
export function afterContinuation(answer: string): string {
  return answer.replace(/^,[ \t]*/u, '')
}

