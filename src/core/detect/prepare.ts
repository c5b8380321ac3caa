/**
 * Turns arbitrary input into what a detector should see: letters only, in a bounded sample.
 *
 * URLs, e-mail addresses, @handles, #hashtags and words with digits are removed first,
 * because they are the same in every language (or, for handles and hashtags, very often
 * English inside non-English text) and would otherwise pull short texts towards English.
 * Then every non-letter becomes a space, keeping apostrophes inside words ("l'État",
 * "don't"), which eld's n-grams were trained with.
 *
 * The work is bounded whatever the input: we clean chunk by chunk and stop as soon as the
 * sample is full, or after `MAX_SCAN_CHARS` of input, so a 10 MB body costs the same as a
 * 5 KB article.
 */

/**
 * Characters of cleaned text given to the detector. Measured (bench/detect-accuracy.ts):
 * both detectors are already 100 % right on 95-170 character ledes, so more text buys no
 * accuracy, while franc's time grows linearly with its input (about 0.4 µs a character, up
 * to its own cap of 2048: 0.9 ms on a whole 5 KB article). eld reads only its first ~350
 * bytes anyway. With 600, a 5 KB article takes ~0.1 ms with eld and ~0.2 ms with franc.
 */
export const SAMPLE_CHARS = 600

/** Input scanned at most, for texts that start with a long run of non-letters (code, emoji, tables). */
export const MAX_SCAN_CHARS = 20_000

// One pass removes every token that is not prose. Two things keep it fast (on a 5 KB Russian
// article, cleaning took 0.6 ms without them and with 2000-character chunks, 0.04 ms now):
// - each alternative may only start where a token starts (the lookbehinds); unanchored,
//   `\S*@` or `[a-z]*\d` retry from every character of every word;
// - the classes are small explicit ranges, not \p{L}: V8 tests Unicode property classes on
//   non-ASCII characters ten times slower. URLs, addresses and domains are ASCII in practice,
//   and letters glued to digits are Latin or Cyrillic in the languages we detect (elsewhere
//   they simply stay, which only adds a few letters).
const WORD = String.raw`A-Za-z\u00C0-\u024F\u0400-\u04FF`
export const NOISE = new RegExp(
  [
    // URLs with a scheme or www.
    String.raw`(?<!\S)(?:https?:\/\/|www\.)\S*`,
    // Any token with an @: e-mail addresses and @handles.
    String.raw`(?<!\S)[^\s@]*@\S*`,
    // #hashtags
    `(?<![${WORD}\\d_])#[${WORD}\\d_]+`,
    // Bare domains such as bbc.co.uk or example.com/path (lower-case TLD, so "end.The" typos survive).
    String.raw`(?<![\w.-])(?:[\w-]+\.)+[a-z]{2,24}(?![\w])(?:\/\S*)?`,
    // Words containing digits: A320, COVID19, 5G, 10km, 2020-й.
    `(?<![${WORD}\\d])[${WORD}]*\\d[${WORD}\\d]*`,
  ].join('|'),
  'g',
)

/**
 * A token (a run of non-spaces) NOISE could match in: each of its alternatives needs a "://",
 * "www.", "@", "#", a digit, or a dot before a lower-case letter. Every NOISE match lies within
 * one token, and its lookarounds see the same thing at a token's edges (a space, or the end of the
 * string), so cleaning only these tokens gives the same text (prepare.test.ts checks it) while
 * NOISE runs on a few tokens instead of trying its five alternatives at every word of prose (it
 * was half of preparing a sample).
 */
const NOISY_TOKEN = /(?<!\S)\S*?(?:[@#\d]|\.[a-z]|:\/\/|www\.)\S*/g

/** `text.replace(NOISE, ' ')`, by way of the tokens that can hold a match. */
export function removeNoise(text: string): string {
  return text.replace(NOISY_TOKEN, (token) => token.replace(NOISE, ' '))
}

// Everything that is not a letter, a combining mark, or an apostrophe between letters.
const NON_LETTERS = /(?:[^\p{L}\p{M}'’]|(?<![\p{L}\p{M}])['’]|['’](?![\p{L}\p{M}]))+/gu

const LETTER = /\p{L}/gu

/**
 * A word from its first capital on: a name, or a sentence's first word (what `names: false`
 * leaves out). Its letters only, not on past a hyphen or an apostrophe: what follows reads the
 * same whether the name was a finding, cut out first (copydesk.ts, detectedAs), or not. With
 * them, "Lvov-in-Kharkov" kept its "in" and "Lviv-in-Kharkiv" lost it, "Dnipropetrovsk’s" its
 * "s" and "Dnipro’s" not, and a paragraph was foreign in one run and not in the next.
 */
export const CAPITALISED = /\p{Lu}[\p{L}\p{M}\p{N}]*/gu

export interface PreparedText {
  /** Letters and single spaces, at most `SAMPLE_CHARS` long, NFC. */
  sample: string
  /** Letters in `sample` (UTF-16 units): the amount of evidence the detector gets. */
  letters: number
}

export function prepareText(text: string, sampleChars: number = SAMPLE_CHARS, names = true): PreparedText {
  let sample = ''
  let position = 0
  const end = Math.min(text.length, MAX_SCAN_CHARS)
  // Prose loses ~15 % of its characters to cleaning, so one chunk usually fills the sample;
  // cleaning more than needed is the main cost of detection on long texts.
  const chunkChars = Math.max(200, Math.ceil(sampleChars * 1.25))
  while (position < end && sample.length < sampleChars) {
    const chunkEnd = chunkBoundary(text, position, Math.min(end, position + chunkChars))
    const cleaned = cleanChunk(text.slice(position, chunkEnd), names)
    if (cleaned !== '') sample = sample === '' ? cleaned : `${sample} ${cleaned}`
    position = chunkEnd
  }
  sample = cutAtWord(sample, sampleChars)
  return { sample, letters: countLetters(sample) }
}

function cleanChunk(chunk: string, names: boolean): string {
  const prose = removeNoise(chunk)
  return (names ? prose : prose.replace(CAPITALISED, ' ')).replace(NON_LETTERS, ' ').trim().normalize('NFC')
}

/** Ends a chunk at whitespace when there is some near the end, so no URL or word is cut in two. */
function chunkBoundary(text: string, start: number, end: number): number {
  if (end >= text.length) return text.length
  for (let i = end; i > Math.max(start, end - 200); i--) {
    if (/\s/.test(text[i - 1] ?? '')) return i
  }
  return end
}

function cutAtWord(sample: string, max: number): string {
  if (sample.length <= max) return sample
  const space = sample.lastIndexOf(' ', max)
  if (space > max / 2) return sample.slice(0, space)
  // A single giant "word" (no spaces, e.g. Thai) is cut hard, but never inside a surrogate pair.
  const code = sample.charCodeAt(max - 1)
  return sample.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max)
}

/**
 * UTF-16 units of letters (`\p{L}`) in `sample`. The ASCII start of a sample (all of most English
 * ones) is counted unit by unit, the rest by the regular expression: removing every letter with
 * a Unicode property class cost ~3 us a sample (prepare.test.ts compares the two by property).
 */
export function countLetters(sample: string): number {
  let letters = 0
  let i = 0
  for (; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if (code >= 0x80) break
    if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) letters++
  }
  if (i === sample.length) return letters
  const rest = sample.slice(i)
  return letters + rest.length - rest.replace(LETTER, '').length
}
