import { describe, expect, it } from 'vitest'
import { realApertium, spanishToEnglish } from './support.js'

// Round 31 audit of translated copy: real Spanish wire passages (adapted: shortened, names kept)
// through the real Apertium (APy from Debian, apertium-eng-spa, started on a free loopback port
// for this file and stopped after it) and Copydesk's translate, as POST /v1/translate runs it.
// Each came out with a name wrong in English; the glossary fixes are in the concepts, and their
// normalization cases in test/glossary/real-copy-mt.test.ts.
const apy = realApertium()
const { call } = apy

const toEnglish = (text: string) => spanishToEnglish(call, text)

describe('real Spanish copy through Apertium into English (round 31)', () => {
  it('writes EFE\'s Mikoláyiv, Vínitsia and Cherníguiv in English, which Apertium copies as they are', async () => {
    // https://vivagranada.es/andalucia/1759188/ucrania-derriba-34-de-los-51-drones-lanzados-por-rusia-contra-su-territorio,
    // https://andaluciainformacion.es/mundo/1581871/ucrania-derriba-38-de-los-42-drones-shahed-lanzados-contra-su-territorio-por-rusia/,
    // https://www.vozpopuli.com/internacional/fuerza-aerea-de-ucrania-afirma-derribar-47-de-90-drones-rusos-en-ataque-nocturno.html
    const body = await toEnglish('Las defensas aéreas se activaron en las regiones de Mikoláyiv y Jersón y en Vínitsia. El ataque ruso causó daños en Cherníguiv, Kiev, Járkov y Odesa.')
    expect(body.text).toContain('Mykolaiv')
    expect(body.text).toContain('Vinnytsia')
    expect(body.text).toContain('Chernihiv, Kyiv, Kharkiv and Odesa')
    expect(body.text).not.toMatch(/Mikoláyiv|Vínitsia|Cherníguiv|Kiev|Járkov/)
  })

  it('protects Klitschkó (EFE in RBTH), which Apertium left and followed with a capital: "Vitali Klitschkó Assumed"', async () => {
    // https://es.rbth.com/cultura/2013/10/15/29591
    const body = await toEnglish('Vitali Klitschkó asumió la alcaldía de Kiev. Klitschkó, estrecho aliado de Petró Poroshenko, prometió una ciudad europea moderna.')
    expect(body.text).toMatch(/^Vitali Klitschko assumed /)
    expect(body.text).toContain('Klitschko, narrow ally of Petro Poroshenko')
    expect(body.text).not.toContain('Klitschkó')
  })

  it('gives Spanish given names and spellings their English house form: Kiril Budánov, Andrí Yermak (El País, EFE), Lyssychansk (AFP)', async () => {
    // https://elpais.com/internacional/2026-01-02/zelenski-elige-como-jefe-de-su-gabinete-al-actual-responsable-de-la-inteligencia-militar.html,
    // https://www.infobae.com/america/mundo/2026/01/02/volodimir-zelensky-nombro-como-jefe-de-su-gabinete-a-kiril-budanov-responsable-de-la-inteligencia-militar-ucraniana/,
    // https://www.eltiempo.com/mundo/europa/zelenski-visita-el-este-de-ucrania-y-despide-a-alto-mando-de-seguridad-676218
    const body = await toEnglish('Zelenski eligió como jefe de su gabinete a Kiril Budánov, tras la renuncia de Andrí Yermak. Rusia reivindicó la toma de Limán, que acentúa la presión contra Lyssychansk.')
    expect(body.text).toContain('Kyrylo Budanov')
    expect(body.text).toContain('Andriy Yermak')
    expect(body.text).toContain('Lysychansk')
    expect(body.text).not.toMatch(/Kiril|Budánov|Andrí|Lyssychansk|Zelenski\b/)
  })

  it('writes EFE\'s Nueva Kajovka as Nova Kakhovka, not "New Kakhovka", the calque of another town', async () => {
    // https://rosarioplus.com/actualidad/politica/tras-la-explosion-de-la-represa-en-ucrania--el-agua-sumerge-a-varios-pueblos_a647f31c2533c5e377a047a30
    const body = await toEnglish('Cerca de 900 personas fueron evacuadas de las zonas inundadas en la ciudad ucraniana de Nueva Kajovka, bajo control del Ejército ruso. La hidroeléctrica de Kajovka es la quinta de Ucrania.')
    expect(body.text).toContain('city of Nova Kakhovka')
    expect(body.text).toContain('of Kakhovka')
    expect(body.text).not.toMatch(/New Ka|Kajovka/)
    expect(body.protected.map((p) => p.original)).toEqual(['Kajovka', 'Ucrania'])
  })

  it('writes Spanish spellings of officials in English house style: Sirski (EFE), Mijailo Podoliak (RTVE), Vasil Maliuk (Europa Press)', async () => {
    // https://www.abc.com.py/internacionales/2025/12/04/kiev-dice-que-controla-la-parte-norte-de-pokrovsk-y-destaca-la-necesidad-de-evitar-bajas/,
    // https://rtve.es/noticias/20230716/entrevista-mijailo-podoliak/2451939.shtml,
    // http://sd-1374126-h00001.ferozo.net/64274-tras-despedir-al-jefe-de-inteligencia-y-a-la-fiscal-general-entre-rumores-de-traicion-zelenski-ya-nombro-reemplazantes
    const body = await toEnglish('Sirski publicó estas declaraciones durante una visita al frente de Pokrovsk. Mijailo Podoliak, asesor de Zelenski, dijo que Ucrania ya es miembro de la OTAN. Zelenski anunció el nombramiento de Vasil Maliuk.')
    expect(body.text).toMatch(/^Syrskyi published /)
    expect(body.text).toContain('Mykhailo Podolyak')
    expect(body.text).toContain('Vasyl Maliuk')
    expect(body.text).not.toMatch(/Sirski|Mijailo|Podoliak|Vasil\b/)
  })
})

describe('real English copy through Apertium into Spanish (round 31)', () => {
  it('keeps the titles of Kyiv\'s newspapers, which Apertium translated ("el Kiev Independiente", "El Poste de Kiev")', async () => {
    // https://kyivindependent.com/uncategorized/lviv-mayor-lviv-attacked
    const res = await call('POST', '/v1/translate', { text: 'Lviv Mayor Andriy Sadovyi said that Lviv was attacked, the Kyiv Independent reported. The Kyiv Post reported the strike before the ministry confirmed it.', from: 'en', to: 'es' })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { text: string }
    expect(body.text).toContain('el Kyiv Independent informó')
    expect(body.text).toContain('El Kyiv Post informó')
    expect(body.text).toContain('Leópolis')
    expect(body.text).not.toMatch(/Independiente|[Pp]oste|Kiev (Independ|Post)/)
  })

  it('gives the Black Sea its gender in Spanish, which Apertium took from the noun before it ("de Mar Negra")', async () => {
    // https://malaya.com.ph/business/shipping-transportation/russia-hits-ukrainian-military-facility-odesa-port
    const res = await call('POST', '/v1/translate', { text: 'The pact called the Black Sea Grain Initiative, brokered by the United Nations and Turkey last July, covers three ports.', from: 'en', to: 'es' })
    const body = (await res.json()) as { text: string }
    expect(body.text).toContain('mar Negro')
    expect(body.text).not.toMatch(/[Mm]ar Negra/)
  })

  it('leaves no apostrophe of "Kievan Rus\'" behind ("Rus de Kiev\'")', async () => {
    // https://orthodoxwiki.org/Special:MobileDiff/48196, https://kyivindependent.com/mayor-significant-flooding-in-nova-kakhovka-after-russia-destroys-the-southern-dam/
    const res = await call('POST', '/v1/translate', { text: "The monastery was founded in the times of Kievan Rus' (1051 A.D.).", from: 'en', to: 'es' })
    const body = (await res.json()) as { text: string }
    expect(body.text).toContain('Rus de Kiev (1051')
    expect(body.text).not.toContain("Kiev'")
  })
})
