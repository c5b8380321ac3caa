import { describe, expect, it } from 'vitest'
import { realApertium, spanishToEnglish } from './support.js'

// Round 34, through the real Apertium (APy from Debian, apertium-eng-spa, started on a free
// loopback port for this file): what round 33's translation fixes still got wrong.
const apy = realApertium()
const { call } = apy

const toEnglish = (text: string) => spanishToEnglish(call, text)
const codes = (body: Awaited<ReturnType<typeof toEnglish>>) => (body.warnings as { code: string }[]).map((w) => w.code)

describe('a name that takes no article, where it does not end its noun phrase', () => {
  // The drop read only the words before the name: "the <Snake Island> garrison" lost the
  // garrison's article. Apertium keeps a noun after the name where the Spanish has one
  // (a headline's word order: "La plaza de San Miguel protestas…" → "The square of San Miguel
  // protest…"); the article is kept and reported.
  it('keeps "the" before a noun the name may modify, and says so', async () => {
    const body = await toEnglish('La plaza de San Miguel protestas siguen.')
    expect(body.text).toBe("The St Michael's Square protests follow.")
    expect(codes(body)).toEqual(['name-article-unsure'])
    const island = await toEnglish('La Isla de las Serpientes guarnición resistió.')
    expect(island.text).toBe('The Snake Island guarnición resisted.')
    expect(codes(island)).toEqual(['name-article-unsure'])
  })

  it('still drops it where the name ends the phrase: a stop, a comma, a verb, a preposition', async () => {
    // https://www.eluniverso.com/noticias/internacional/trece-soldados-ucranianos-prefirieron-morir-a-rendirse-en-toma-de-la-isla-de-las-serpientes-a-45-kilometros-de-territorio-rumano-nota (EFE)
    const body = await toEnglish('El ejército ruso tomó la Isla de las Serpientes. Los soldados de la Isla de las Serpientes se rindieron. La Isla de las Serpientes resistió. Miles de personas se reunieron en la plaza de San Miguel de Kiev.')
    expect(body.text).toBe("The Russian army took Snake Island. The soldiers of Snake Island surrendered. Snake Island resisted. Miles of people gathered in St Michael's Square of Kyiv.")
    expect(codes(body)).toEqual([])
  })
})
