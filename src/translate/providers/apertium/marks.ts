/**
 * Apertium writes `#` before a word it translated but could not generate in the target
 * language (not in its dictionary in that form, or the bilingual entry lacks what transfer
 * needs: https://wiki.apertium.org/wiki/Meaning_of_symbols_*_@_and_dieze_after_a_translation),
 * and `markUnknown=no` does not take it off (it only drops the `*` of unknown words). APy's
 * eng-spa answers "the station" with "La #canal", "have turned into" with "have #turn". The
 * word is the engine's best; the mark is for its developers. Taken off
 * before a letter unless what was sent has a `#` itself (our masked text: a hashtag is a
 * protected identifier, sent as a placeholder, so a `#` in it is the text's own).
 */
export function withoutGenerationMarks(sent: string, translated: string): string {
  return sent.includes('#') ? translated : translated.replace(/#(?=\p{L})/gu, '')
}
