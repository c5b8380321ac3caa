import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 33: glossary data gaps the last audit found in real copy. Spellings no concept listed
 * (Spanish copy's Zaluzhni and Sirski, English Sirsky) were left in silence; the other
 * spellings of Dnipropetrovsk in French, Italian and Portuguese were changed with no context
 * ("la région de Dnipropetrowsk" became "la région de Dnipro"); the 1941 Battle of Kiev was
 * renamed "Battle of Kyiv". Each case is adapted from the page it cites.
 */
const cases: RealCopyCase[] = [
  {
    why: 'English: Spanish copy\'s "Zaluzhni", left in silence (anti-empire.com, https://anti-empire.com/the-supreme-commander-of-the-ukrainian-military-is-a-russian/: "replacing Valeri Zaluzhni")',
    text: 'In February Syrskyi was appointed the overall commander of the Ukrainian military, replacing Valeri Zaluzhni.',
    language: 'en',
    expect: 'In February Syrskyi was appointed the overall commander of the Ukrainian military, replacing Valerii Zaluzhnyi.',
    findings: [['Valeri Zaluzhni', 'Valerii Zaluzhnyi', 'applied']],
  },
  {
    why: 'German: the Spanish spelling translated into German copy (El Independiente via andaluciainforma.com, https://andaluciainforma.com/zaluzhni-el-estratega-militar-detras-de-la-resiliencia-de-ucrania-y-posible-sucesor-de-zelenski: "Zaluzhni prioriza la unidad nacional")',
    text: 'Zaluzhni stellt die nationale Einheit über alles, heißt es in London.',
    language: 'de',
    expect: 'Saluschnyj stellt die nationale Einheit über alles, heißt es in London.',
    findings: [['Zaluzhni', 'Saluschnyj', 'applied']],
  },
  {
    why: 'Spanish: EFE\'s Sirski is the Spanish form; an English spelling in Spanish copy becomes it (ABC Color with EFE, https://www.abc.com.py/internacionales/2025/12/04/kiev-dice-que-controla-la-parte-norte-de-pokrovsk-y-destaca-la-necesidad-de-evitar-bajas/)',
    text: 'El comandante en jefe, Oleksandr Syrskyi, publicó estas declaraciones en su cuenta de Facebook.',
    language: 'es',
    expect: 'El comandante en jefe, Oleksandr Sirski, publicó estas declaraciones en su cuenta de Facebook.',
    findings: [['Oleksandr Syrskyi', 'Oleksandr Sirski', 'applied']],
  },
  {
    why: 'Spanish: EFE\'s own sentence stays (ABC Color with EFE, as above)',
    text: 'Sirski publicó estas declaraciones en su cuenta de Facebook.',
    language: 'es',
    expect: 'Sirski publicó estas declaraciones en su cuenta de Facebook.',
    findings: [],
  },
  {
    why: 'English: "Sirsky" in a quoted post, left in silence (infostart.hu, https://infostart.hu/tudositoink/2024/03/01/erdekes-helyzetben-az-uj-ukran-foparancsnok-a-fia-az-oroszoknak-drukkol-a-szulei-oroszorszagban-elnek)',
    text: "Sirsky's parents also live in a small town not far from Moscow.",
    language: 'en',
    expect: "Syrskyi's parents also live in a small town not far from Moscow.",
    findings: [['Sirsky', 'Syrskyi', 'applied']],
  },
  {
    why: 'French: the German spelling of the region in French copy was changed with no context (AFP via bluewin.ch, https://www.bluewin.ch/fr/infos/international/ukraine-des-frappes-russes-font-un-mort-et-une-dizaine-de-bless-s-2879443.html: "La région de Dnipropetrovsk a de nouveau été la cible d\'une attaque massive")',
    text: "La région de Dnipropetrowsk a de nouveau été la cible d'une attaque massive.",
    language: 'fr',
    expect: "La région de Dnipropetrowsk a de nouveau été la cible d'une attaque massive.",
    findings: [],
  },
  {
    why: 'French: the same spelling for the city still changes',
    text: 'Des missiles ont frappé Dnipropetrowsk dans la nuit, a indiqué le maire.',
    language: 'fr',
    expect: 'Des missiles ont frappé Dnipro dans la nuit, a indiqué le maire.',
    findings: [['Dnipropetrowsk', 'Dnipro', 'applied']],
  },
  {
    why: 'Italian: the soft-sign spelling of the province (Sapere.it, https://sapere.it/enciclopedia/Dnipropetrovs%27k+%28citt%C3%A0%29.html: "capoluogo della provincia omonima") and the German spelling after "regione"',
    text: "Colpite nella notte la regione di Dnepropetrowsk e la provincia di Dnipropetrovs'k.",
    language: 'it',
    expect: "Colpite nella notte la regione di Dnepropetrowsk e la provincia di Dnipropetrovs'k.",
    findings: [],
  },
  {
    why: 'Portuguese: the German spelling after "região" (the region word held only the main spelling)',
    text: 'A região de Dnipropetrowsk foi de novo alvo de um ataque maciço, disse o governador.',
    language: 'pt',
    expect: 'A região de Dnipropetrowsk foi de novo alvo de um ataque maciço, disse o governador.',
    findings: [],
  },
  {
    why: 'English: the 1941 battle by its Wikipedia title (https://en.wikipedia.org/wiki/Battle_of_Kiev_(1941)) was renamed "Battle of Kyiv (1941)"',
    text: 'The Battle of Kiev (1941) ended in the encirclement of the Soviet Southwestern Front.',
    language: 'en',
    expect: 'The Battle of Kiev (1941) ended in the encirclement of the Soviet Southwestern Front.',
    findings: [],
  },
  {
    why: 'English: the 1941 battle with its year in the sentence (cambridgeblog.org: "This was the Battle of Kiev – one of the largest and most decisive battles of World War II")',
    text: 'In the summer of 1941 the Wehrmacht conquered central Ukraine. This was the Battle of Kiev of 1941, one of the largest battles of World War II.',
    language: 'en',
    expect: 'In the summer of 1941 the Wehrmacht conquered central Ukraine. This was the Battle of Kiev of 1941, one of the largest battles of World War II.',
    findings: [],
  },
  {
    why: 'English: the war of 1941 only in another sentence of the paragraph: which battle is the editor\'s call (xumo.tv\'s episode: "Hitler has diverted the bulk of Heinz Guderian\'s panzers down to the South")',
    text: 'Hitler diverted the bulk of his panzers to the south. The Battle of Kiev became the biggest encirclement in history.',
    language: 'en',
    expect: 'Hitler diverted the bulk of his panzers to the south. The Battle of Kiev became the biggest encirclement in history.',
    findings: [['Battle of Kiev', 'Battle of Kyiv', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'English: the 2022 battle is the Battle of Kyiv (Wikipedia on Syrskyi, https://en.wikipedia.org/wiki/Oleksandr_Syrskyi: "Battle of Kyiv"); "Soviet" in the sentence holds nothing',
    text: 'Russia lost the Battle of Kiev, its worst defeat since the Soviet collapse.',
    language: 'en',
    expect: 'Russia lost the Battle of Kyiv, its worst defeat since the Soviet collapse.',
    findings: [['Battle of Kiev', 'Battle of Kyiv', 'applied']],
  },
  {
    why: 'English: the medieval title keeps Kiev, as AP does "in historical contexts" (https://ds.svcs.associatedpress.com/announcements/an-update-on-ap-style-on-kyiv), adapted from a genealogy page (https://mckague.com/genealogy/ancestors/ps136/PS136_074.HTM: "Vladimir OF KIEV, Grand Prince of Kiev")',
    text: 'Vladimir, Grand Prince of Kiev, was baptized in 988 and married the emperor\'s sister Anna.',
    language: 'en',
    expect: 'Vladimir, Grand Prince of Kiev, was baptized in 988 and married the emperor\'s sister Anna.',
    findings: [],
  },
  {
    why: 'English: a prince of today beside the city holds nothing',
    text: 'Prince Harry arrived in Kiev on Thursday for a surprise visit.',
    language: 'en',
    expect: 'Prince Harry arrived in Kyiv on Thursday for a surprise visit.',
    findings: [['Kiev', 'Kyiv', 'applied']],
  },
  {
    why: 'German: the medieval title (wissen-digital.de, http://www.wissen-digital.de/Wladimir_I._(Russland): "Großfürst von Kiew 980-1015")',
    text: 'Wladimir I. war von 980 bis 1015 Großfürst von Kiew und ließ sich 988 taufen.',
    language: 'de',
    expect: 'Wladimir I. war von 980 bis 1015 Großfürst von Kiew und ließ sich 988 taufen.',
    findings: [],
  },
  {
    why: 'German: the 1941 battle by its German name (https://en.wikipedia.org/wiki/Battle_of_Kiev_(1941): "German: Schlacht bei Kiew") and with its year',
    text: 'Die Kesselschlacht bei Kiew war die größte Einkesselung der Kriegsgeschichte; die Schlacht um Kiew 1941 kostete die Rote Armee 600.000 Mann.',
    language: 'de',
    expect: 'Die Kesselschlacht bei Kiew war die größte Einkesselung der Kriegsgeschichte; die Schlacht um Kiew 1941 kostete die Rote Armee 600.000 Mann.',
    findings: [],
  },
  {
    why: 'German: the 2022 battle follows the city (Kyjiw, dpa)',
    text: 'Russland verlor die Schlacht um Kiew und zog im April 2022 seine Truppen aus dem Norden ab.',
    language: 'de',
    expect: 'Russland verlor die Schlacht um Kyjiw und zog im April 2022 seine Truppen aus dem Norden ab.',
    findings: [['Schlacht um Kiew', 'Schlacht um Kyjiw', 'applied']],
  },
  {
    why: 'English: the Russian town of the name with its region in the sentence was suggested (context-missing) though the text decides (kuban-museum.ru, https://kuban-museum.ru/en/podmoskove-i-moskva/g-krasnoarmejsk-moskovskaya-oblast.html: "Krasnoarmeysk, near Moscow, … is a dead-end town")',
    text: 'Krasnoarmeysk, near Moscow, is a dead-end town: no highway passes through it.',
    language: 'en',
    expect: 'Krasnoarmeysk, near Moscow, is a dead-end town: no highway passes through it.',
    findings: [],
  },
  {
    why: 'English: the Siberian Seversk with its region (https://en.wikipedia.org/wiki/Seversk: "a closed town in Tomsk Oblast")',
    text: 'The Siberian Chemical Combine in Seversk, Tomsk region, reported a leak.',
    language: 'en',
    expect: 'The Siberian Chemical Combine in Seversk, Tomsk region, reported a leak.',
    findings: [],
  },
  {
    why: 'English: a soldier\'s home town beside the Donbas town holds nothing',
    text: 'A soldier from Tomsk was killed near Seversk in the Donetsk region, his family said.',
    language: 'en',
    expect: 'A soldier from Tomsk was killed near Siversk in the Donetsk region, his family said.',
    findings: [['Seversk', 'Siversk', 'applied']],
  },
  {
    why: 'English: a year further off in the sentence is a comparison, not the date of the battle: 2022\'s changes',
    text: 'Analysts compared the Battle of Kiev to the defence of Moscow in 1941.',
    language: 'en',
    expect: 'Analysts compared the Battle of Kyiv to the defence of Moscow in 1941.',
    findings: [['Battle of Kiev', 'Battle of Kyiv', 'applied']],
  },
]

describeRealCopy('real copy, round 33: glossary data gaps', cases, ['news', 'ap', 'reuters', 'bbc'])
