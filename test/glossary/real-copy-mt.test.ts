import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 31 audit of TRANSLATED copy: real Spanish and English news passages (stored news pages)
 * through the real Apertium engine (APy, apertium-eng-spa) and Copydesk's translate. These cases
 * are the normalization half: the source copy and Apertium's output, as the engine wrote it
 * (adapted: shortened, names kept), normalized in its language; each came out wrong (a leak left
 * in silence, a region renamed) and now comes out right. The whole translation through APy is in
 * test/translate/real-copy-mt.test.ts.
 */
const cases: RealCopyCase[] = [
  {
    why: 'Apertium\'s English of EFE\'s "las regiones de … Jmelnitski, Cherkasi y Vínitsia" and "los óblasts de Mikoláyiv y Jersón" (https://andaluciainformacion.es/mundo/1581871/ucrania-derriba-38-de-los-42-drones-shahed-lanzados-contra-su-territorio-por-rusia/, https://vivagranada.es/andalucia/1759188/ucrania-derriba-34-de-los-51-drones-lanzados-por-rusia-contra-su-territorio): Spanish has no form for either city, and English listed neither spelling, so they stayed',
    text: 'The interceptions produced in the regions of Khmelnytskyi and Vínitsia. The sirens sounded in the óblasts of Mikoláyiv and Kherson.',
    language: 'en',
    expect: 'The interceptions produced in the regions of Khmelnytskyi and Vinnytsia. The sirens sounded in the óblasts of Mykolaiv and Kherson.',
    findings: [['Vínitsia', 'Vinnytsia', 'applied'], ['Mikoláyiv', 'Mykolaiv', 'applied']],
  },
  {
    why: 'EFE (Vozpópuli: "El ataque ruso causó daños en Cherníguiv, Kiev, Járkov y Odesa", https://www.vozpopuli.com/internacional/fuerza-aerea-de-ucrania-afirma-derribar-47-de-90-drones-rusos-en-ataque-nocturno.html): a Spanish spelling of Chernihiv no concept listed, left in Spanish and in Apertium\'s English',
    text: 'El ataque ruso causó daños en Cherníguiv, Kiev, Járkov y Odesa.',
    language: 'es',
    expect: 'El ataque ruso causó daños en Chernígov, Kiev, Járkov y Odesa.',
    findings: [['Cherníguiv', 'Chernígov', 'applied']],
  },
  {
    why: 'Europa Press in Menorca.info ("la posibilidad de liberar Artiomovsk (Bájmut) y Síversk"; "a pocos kilómetros de Bájmut", https://amp.menorca.info/actualidad/internacional/2023/01/11/1861223/duros-combates-urbanos-soledar-bajo-control-paramilitares-rusos.html): Bájmut with an accent, and Artiomovsk, were listed nowhere; now the gloss is reported and the bare leak changes',
    text: 'Pushilin aseguró que la liberación de Soledar aumenta la posibilidad de liberar Artiomovsk (Bájmut) y Síversk. Soledar está a pocos kilómetros de Bájmut.',
    language: 'es',
    expect: 'Pushilin aseguró que la liberación de Soledar aumenta la posibilidad de liberar Artiomovsk (Bájmut) y Síversk. Soledar está a pocos kilómetros de Bajmut.',
    findings: [['Artiomovsk', 'Bajmut', 'suggested', 'self-gloss'], ['Bájmut', 'Bajmut', 'suggested', 'self-gloss'], ['Bájmut', 'Bajmut', 'applied']],
  },
  {
    why: 'and Apertium\'s English of it ("to release Artiomovsk (Bájmut) and Siversk") said nothing of either',
    text: 'The boss of the region of Donetsk ensured that the release of Soledar augments the possibility to release Artiomovsk (Bájmut) and Siversk.',
    language: 'en',
    expect: 'The boss of the region of Donetsk ensured that the release of Soledar augments the possibility to release Artiomovsk (Bájmut) and Siversk.',
    findings: [['Artiomovsk', 'Bakhmut', 'suggested', 'self-gloss'], ['Bájmut', 'Bakhmut', 'suggested', 'self-gloss']],
  },
  {
    why: 'AFP in El Tiempo ("acentúa la presión contra Lyssychansk y Severodonetsk", https://www.eltiempo.com/mundo/europa/zelenski-visita-el-este-de-ucrania-y-despide-a-alto-mando-de-seguridad-676218): Lyssychansk listed nowhere, left in Spanish and in Apertium\'s English',
    text: 'Rusia reivindicó la toma de Limán, un avance que acentúa la presión contra Lyssychansk y Severodonetsk.',
    language: 'es',
    expect: 'Rusia reivindicó la toma de Limán, un avance que acentúa la presión contra Lisichansk y Severodonetsk.',
    findings: [['Lyssychansk', 'Lisichansk', 'applied']],
  },
  {
    why: 'EFE in RBTH ("Vitali Klitschkó asumió la alcaldía de Kiev", https://es.rbth.com/cultura/2013/10/15/29591): Klitschkó with an accent, listed nowhere, came through Apertium as "Vitali Klitschkó Assumed the city council of Kyiv"',
    text: 'Vitali Klitschkó asumió la alcaldía de Kiev. Klitschkó, estrecho aliado de Petró Poroshenko, prometió una ciudad europea moderna.',
    language: 'es',
    expect: 'Vitali Klitschko asumió la alcaldía de Kiev. Klitschko, estrecho aliado de Petró Poroshenko, prometió una ciudad europea moderna.',
    findings: [['Vitali Klitschkó', 'Vitali Klitschko', 'applied'], ['Klitschkó', 'Klitschko', 'applied']],
  },
  {
    why: 'El País ("Kiril Budánov sucederá a Andrii Yermak", https://elpais.com/internacional/2026-01-02/zelenski-elige-como-jefe-de-su-gabinete-al-actual-responsable-de-la-inteligencia-militar.html) and EFE in Infobae ("la renuncia de Andrí Yermak", https://www.infobae.com/america/mundo/2026/01/02/volodimir-zelensky-nombro-como-jefe-de-su-gabinete-a-kiril-budanov-responsable-de-la-inteligencia-militar-ucraniana/) came through Apertium as "Kiril Budanov" and "Andrí Yermak": Spanish given names English listed nowhere',
    text: 'The president of Ukraine chose like new boss of his cabinet to Kiril Budánov. The decision arrived after the renunciation of Andrí Yermak.',
    language: 'en',
    expect: 'The president of Ukraine chose like new boss of his cabinet to Kyrylo Budanov. The decision arrived after the renunciation of Andriy Yermak.',
    findings: [['Kiril Budánov', 'Kyrylo Budanov', 'applied'], ['Andrí Yermak', 'Andriy Yermak', 'applied']],
  },
  {
    why: 'EFE\'s "Nueva Kajovka" (Rosario Plus, https://rosarioplus.com/actualidad/politica/tras-la-explosion-de-la-represa-en-ucrania--el-agua-sumerge-a-varios-pueblos_a647f31c2533c5e377a047a30), left as written in Spanish, came through Apertium as "New Kakhovka": its "Kajovka" was read as the other town, Kakhovka, and protected as such; unprotected, Apertium writes "New Kajovka"',
    text: 'Near 900 people were evacuated in the city of New Kajovka. In New Kakhovka the floods arrived until the administrative headquarters.',
    language: 'en',
    expect: 'Near 900 people were evacuated in the city of Nova Kakhovka. In Nova Kakhovka the floods arrived until the administrative headquarters.',
    findings: [['New Kajovka', 'Nova Kakhovka', 'applied'], ['New Kakhovka', 'Nova Kakhovka', 'applied']],
  },
  {
    why: 'Spanish spellings of Ukrainian officials Apertium copies into English: EFE\'s "Sirski" (ABC Color, https://www.abc.com.py/internacionales/2025/12/04/kiev-dice-que-controla-la-parte-norte-de-pokrovsk-y-destaca-la-necesidad-de-evitar-bajas/), RTVE\'s "Mijailo Podoliak" (https://rtve.es/noticias/20230716/entrevista-mijailo-podoliak/2451939.shtml), Europa Press\'s "Vasil Maliuk" (http://sd-1374126-h00001.ferozo.net/64274-tras-despedir-al-jefe-de-inteligencia-y-a-la-fiscal-general-entre-rumores-de-traicion-zelenski-ya-nombro-reemplazantes) came out "Sirski published", "Mijailo Podolyak", "Vasil Maliuk"',
    text: 'Sirski published these statements in his account of Facebook. Mijailo Podolyak, aide of Zelensky, said that Ukraine already is Nato member. Zelensky has announced the nomination of Vasil Maliuk.',
    language: 'en',
    expect: 'Syrskyi published these statements in his account of Facebook. Mykhailo Podolyak, aide of Zelensky, said that Ukraine already is Nato member. Zelensky has announced the nomination of Vasyl Maliuk.',
    findings: [['Sirski', 'Syrskyi', 'applied'], ['Mijailo Podolyak', 'Mykhailo Podolyak', 'applied'], ['Vasil Maliuk', 'Vasyl Maliuk', 'applied']],
  },
  {
    why: 'English copy citing Kyiv\'s newspapers ("Lviv Mayor Andriy Sadovyi said that Lviv was attacked", the Kyiv Independent, https://kyivindependent.com/uncategorized/lviv-mayor-lviv-attacked; "The Kyiv Post reported…") came through Apertium as "el Kiev Independiente informó", "El Poste de Kiev informó": the titles, which Spanish keeps in English, translated and their Kyiv made Kiev',
    text: 'Sadovyi dijo que Leópolis estuvo atacado, el Kiev Independiente informó. El Poste de Kiev informó la huelga; el Kyiv el poste citó al ministerio.',
    language: 'es',
    expect: 'Sadovyi dijo que Leópolis estuvo atacado, el Kyiv Independent informó. El Kyiv Post informó la huelga; el Kyiv Post citó al ministerio.',
    findings: [['Kiev Independiente', 'Kyiv Independent', 'applied'], ['Poste de Kiev', 'Kyiv Post', 'applied'], ['Kyiv el poste', 'Kyiv Post', 'applied']],
  },
  {
    why: 'English wire copy on the grain deal ("The pact called the Black Sea Grain Initiative, brokered by the United Nations and Turkey", https://malaya.com.ph/business/shipping-transportation/russia-hits-ukrainian-military-facility-odesa-port) came through Apertium as "la Iniciativa de Grano de Mar Negra": the sea given the gender of the noun before it',
    text: 'El pacto llamó la Iniciativa de Grano de Mar Negra, cubre tres puertos. La Flota de Mar Negra rusa perdió su buque insignia.',
    language: 'es',
    expect: 'El pacto llamó la Iniciativa de Grano de mar Negro, cubre tres puertos. La Flota de mar Negro rusa perdió su buque insignia.',
    findings: [['Mar Negra', 'mar Negro', 'applied'], ['Mar Negra', 'mar Negro', 'applied']],
  },
  {
    why: 'The Kyiv Independent, the source of nova_kakhovka itself ("Kovalenko said that the Nova Kakhovka\'s local zoo, a boat station, and a theater were flooded", https://kyivindependent.com/mayor-significant-flooding-in-nova-kakhovka-after-russia-destroys-the-southern-dam/), came out "the Nova Kakhovkas local zoo": the variant "Nova Kakhovka\'" (a soft sign) took the possessive\'s apostrophe; and OrthodoxWiki\'s "Kievan Rus\' (1051 A.D.)" (https://orthodoxwiki.org/Special:MobileDiff/48196) kept its apostrophe in translation ("en el tiempo de Rus de Kiev\'")',
    text: 'Kovalenko said that the Nova Kakhovka\'s local zoo, a boat station, and a theater were flooded. The monastery was founded in the times of Kievan Rus\' (1051 A.D.); Kievan Rus\'s capital was Kyiv.',
    language: 'en',
    expect: 'Kovalenko said that the Nova Kakhovka\'s local zoo, a boat station, and a theater were flooded. The monastery was founded in the times of Kievan Rus (1051 A.D.); Kievan Rus\'s capital was Kyiv.',
    findings: [['Kievan Rus\'', 'Kievan Rus', 'applied']],
  },
]

describeRealCopy('real copy through Apertium (es, en): what the round 31 audit of translation found, now right', cases)
