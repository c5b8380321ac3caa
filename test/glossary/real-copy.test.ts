import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Findings of the audit of real copy: the shared data sets (mt-names-dev.json's sources and
 * Apertium's raw output, langid-news-dev.json, the seed article) and newsroom sentences built
 * from the reference's traps, run through the service. Each case is copy that came out wrong
 * (a false positive, a wrong suggestion, a leak left in silence) and now comes out right; the
 * findings are listed whole, suggestions included, since a wrong suggestion is a wrong answer too.
 */
const cases: RealCopyCase[] = [
  {
    why: 'Odessa (Texas) was suggested as Odesa (context-missing) although Texas beside it says which Odessa (mt-names-dev es-en-0432a1, Apertium)',
    text: 'A church of Odessa (Texas) collected 40.000 dollars for a childish hospital of Odesa, the Ukrainian city with which shares name.',
    language: 'en',
    expect: 'A church of Odessa (Texas) collected 40.000 dollars for a childish hospital of Odesa, the Ukrainian city with which shares name.',
    findings: [],
  },
  {
    why: 'Odessa (Texas) alone, with nothing about Ukraine: not a finding',
    text: 'Odessa (Texas) police said the suspect fled on foot.',
    language: 'en',
    expect: 'Odessa (Texas) police said the suspect fled on foot.',
    findings: [],
  },
  {
    why: 'Lyman next to Bakhmut (a Donetsk-region town) was only suggested: its context asked for Donbas, Donetsk, Kramatorsk or Sloviansk (mt-names-dev en-es-40f4a2, Apertium)',
    text: 'El ejército de Ucrania lo dijo había repelido 14 ataques rusos cercanos Bakhmut y 11 cercanos Lyman antiguamente 24 horas.',
    language: 'es',
    expect: 'El ejército de Ucrania lo dijo había repelido 14 ataques rusos cercanos Bajmut y 11 cercanos Limán antiguamente 24 horas.',
    findings: [['Bakhmut', 'Bajmut', 'applied'], ['Lyman', 'Limán', 'applied']],
  },
  {
    why: 'the HBO series Chernobyl keeps its title in Spanish copy (it became "la serie Chernóbil"); the plant still changes',
    text: 'Chernóbil sigue contaminada; la serie Chernobyl de HBO ganó premios, y la central de Chernobyl perdió la luz.',
    language: 'es',
    expect: 'Chernóbil sigue contaminada; la serie Chernobyl de HBO ganó premios, y la central de Chernóbil perdió la luz.',
    findings: [['Chernobyl', 'Chernóbil', 'applied']],
  },
  {
    why: 'and in German copy (it became „Die Serie „Tschernobyl“"), in every profile',
    text: 'Die Serie „Chernobyl“ lief bei Sky.',
    language: 'de',
    glossary: 'ap',
    expect: 'Die Serie „Chernobyl“ lief bei Sky.',
    findings: [],
  },
  {
    why: 'Lvov and Nikolaev were held in silence before a wire attribution ("…, Ukraine said"): their surname guard (said, says… within three words) read the speaker of the sentence as the name',
    text: 'Russian missiles hit Lvov and Nikolaev overnight, officials said. "We are ready," said Nikolaev, a Russian officer, while Lvov said nothing.',
    language: 'en',
    expect: 'Russian missiles hit Lviv and Mykolaiv overnight, officials said. "We are ready," said Nikolaev, a Russian officer, while Lvov said nothing.',
    findings: [['Lvov', 'Lviv', 'applied'], ['Nikolaev', 'Mykolaiv', 'applied']],
  },
  {
    why: 'and in Spanish ("…, dijo Ucrania") and German ("…, sagte Kyjiw")',
    text: 'Misiles rusos alcanzaron Lvov, dijo Ucrania.',
    language: 'es',
    expect: 'Misiles rusos alcanzaron Leópolis, dijo Ucrania.',
    findings: [['Lvov', 'Leópolis', 'applied']],
  },
  {
    why: 'German: Nikolaev before "sagte" is the city when Kyjiw is the speaker',
    text: 'Russische Raketen trafen Nikolaev, sagte Kyjiw.',
    language: 'de',
    expect: 'Russische Raketen trafen Mykolajiw, sagte Kyjiw.',
    findings: [['Nikolaev', 'Mykolajiw', 'applied']],
  },
  {
    why: 'frozen names of the war years keep Lwów/Lvov in English (they became "Lviv Uprising", "Lviv–Sandomierz offensive"), and the Lemberg-Czernowitz railway is not half renamed; the city still changes',
    text: 'The Lwów Uprising and the Lvov–Sandomierz offensive of 1944 freed the city on the Lemberg–Czernowitz railway; Russian drones hit Lwów and Czernowitz in Ukraine on Monday.',
    language: 'en',
    expect: 'The Lwów Uprising and the Lvov–Sandomierz offensive of 1944 freed the city on the Lemberg–Czernowitz railway; Russian drones hit Lviv and Chernivtsi in Ukraine on Monday.',
    findings: [['Lwów', 'Lviv', 'applied'], ['Czernowitz', 'Chernivtsi', 'applied']],
  },
  {
    why: 'Spanish: "ucraniano/ucraniana" as neighbour words (meant for the gloss "Kyiv, en ucraniano") held the leak in silence beside any Ukrainian adjective',
    text: 'Los misiles cayeron sobre Kyiv, la capital ucraniana, y sobre Lviv, la ciudad ucraniana cercana a Polonia. La capital se escribe Kyiv en ucraniano.',
    language: 'es',
    expect: 'Los misiles cayeron sobre Kiev, la capital ucraniana, y sobre Leópolis, la ciudad ucraniana cercana a Polonia. La capital se escribe Kyiv en ucraniano.',
    findings: [['Kyiv', 'Kiev', 'applied'], ['Lviv', 'Leópolis', 'applied'], ['Kyiv', 'Kiev', 'suggested', 'name-discussed']],
  },
  {
    why: 'French: "en" as a neighbour word (meant for "Kyiv en ukrainien") held "frappé Kyiv en pleine nuit" in silence, "ukrainien" the Prime Minister\'s Kyiv',
    text: 'Les Russes ont frappé Kyiv en pleine nuit. Le Premier ministre ukrainien à Kyiv a parlé. La capitale, Kiev, s\'écrit Kyiv en ukrainien.',
    language: 'fr',
    expect: 'Les Russes ont frappé Kiev en pleine nuit. Le Premier ministre ukrainien à Kiev a parlé. La capitale, Kiev, s\'écrit Kyiv en ukrainien.',
    findings: [['Kyiv', 'Kiev', 'applied'], ['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'Italian "in" and Portuguese "em", "ucraniano": the same silent holds',
    text: 'Missili russi su Kyiv in nottata. La capitale, Kiev, si scrive Kyiv in ucraino.',
    language: 'it',
    expect: 'Missili russi su Kiev in nottata. La capitale, Kiev, si scrive Kyiv in ucraino.',
    findings: [['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'Portuguese',
    text: 'O presidente ucraniano voltou a Kyiv em plena noite. A capital, Kiev, escreve-se Kyiv em ucraniano.',
    language: 'pt',
    expect: 'O presidente ucraniano voltou a Kiev em plena noite. A capital, Kiev, escreve-se Kyiv em ucraniano.',
    findings: [['Kyiv', 'Kiev', 'applied']],
  },
  {
    why: 'Polish "po" as a neighbour word (meant for "po ukraińsku") held "na Kyiv po północy" in silence; now its case is suggested',
    text: 'Rosyjskie rakiety spadły na Kyiv po północy. Stolica to Kijów, czyli Kyiv po ukraińsku.',
    language: 'pl',
    expect: 'Rosyjskie rakiety spadły na Kyiv po północy. Stolica to Kijów, czyli Kyiv po ukraińsku.',
    findings: [['Kyiv', 'Kijów', 'suggested', 'inflection-unsure']],
  },
  {
    why: 'German: "bisher", "statt", "russisch", "geschrieben" as neighbour words held Kiew and Charkow in silence ("war bisher nie in Kiew", "Statt nach Kiew reiste er", "der russisch besetzte Teil von Charkow"); right beside the name they are a cue (reported, never applied)',
    text: 'Der Kanzler war bisher nie in Kiew. Statt nach Kiew reiste er nach Lemberg. Der russisch besetzte Teil von Charkow wurde befreit. Die Hauptstadt wird Kyjiw statt Kiew geschrieben.',
    language: 'de',
    expect: 'Der Kanzler war bisher nie in Kyjiw. Statt nach Kyjiw reiste er nach Lemberg. Der russisch besetzte Teil von Charkiw wurde befreit. Die Hauptstadt wird Kyjiw statt Kiew geschrieben.',
    findings: [['Kiew', 'Kyjiw', 'applied'], ['Kiew', 'Kyjiw', 'applied'], ['Charkow', 'Charkiw', 'applied'], ['Kiew', 'Kyjiw', 'suggested', 'name-discussed']],
  },
  {
    why: 'English: "known" (and formerly, previously, spelled…) as neighbour words five words back held "The drone, known as a Shahed, hit Odessa" in silence; the cues report the names they announce',
    text: 'The drone, known as a Shahed, hit Odessa, Ukraine said. Lviv, known in Soviet times as Lvov, was spared; Kharkiv, which Russians know as Kharkov, was not.',
    language: 'en',
    expect: 'The drone, known as a Shahed, hit Odesa, Ukraine said. Lviv, known in Soviet times as Lvov, was spared; Kharkiv, which Russians know as Kharkov, was not.',
    findings: [['Odessa', 'Odesa', 'applied'], ['Lvov', 'Lviv', 'suggested', 'name-discussed'], ['Kharkov', 'Kharkiv', 'suggested', 'name-discussed']],
  },
  {
    why: 'Apertium translates "la Rada Suprema" as "the Supreme Roadstead" (mt-names-dev es-en-0f41d5): a leak left in silence',
    text: 'Zelenski Signed the decree that prolongs the martial law until 15 February, after the Supreme Roadstead approved it with 340 votes.',
    language: 'en',
    expect: 'Zelensky Signed the decree that prolongs the martial law until 15 February, after the Verkhovna Rada approved it with 340 votes.',
    findings: [['Zelenski', 'Zelensky', 'applied'], ['Supreme Roadstead', 'Verkhovna Rada', 'applied']],
  },
  {
    why: 'Lwów in English copy that names Poland was held in silence when Polish/Poland stood within five words ("Refugees crossed from Poland to Lwów"), and applied farther off, in history too ("Lwów was the third-largest city of interwar Poland"): Poland in the story leaves it undecided',
    text: 'Refugees crossed from Poland to Lwów on Sunday. Before the war, Lwów was the third-largest city of interwar Poland.',
    language: 'en',
    expect: 'Refugees crossed from Poland to Lwów on Sunday. Before the war, Lwów was the third-largest city of interwar Poland.',
    findings: [['Lwów', 'Lviv', 'suggested', 'context-ambiguous'], ['Lwów', 'Lviv', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'Dnipropetrovsk and Kirovograd before a wire attribution by the regional governor were held in silence ("governor", "regional" as neighbour words five words on); the region still keeps its name',
    // One paragraph each: a region word in another sentence of the paragraph is a doubt (context-ambiguous), by design.
    text: 'Russian missiles hit Dnipropetrovsk overnight, the regional governor said.\n\nDrones hit Kirovograd, the regional governor said.\n\nThe governor of the Dnipropetrovsk region and the Kirovohrad regional administration said power was cut.',
    language: 'en',
    expect: 'Russian missiles hit Dnipro overnight, the regional governor said.\n\nDrones hit Kropyvnytskyi, the regional governor said.\n\nThe governor of the Dnipropetrovsk region and the Kirovohrad regional administration said power was cut.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied'], ['Kirovograd', 'Kropyvnytskyi', 'applied']],
  },
  {
    why: 'and in Spanish ("informó el gobernador regional") and German ("Gouverneur Lyssak sagte, Raketen hätten Dnipropetrowsk getroffen")',
    text: 'Misiles rusos impactaron en Dnipropetrovsk, informó el gobernador regional.',
    language: 'es',
    expect: 'Misiles rusos impactaron en Dnipro, informó el gobernador regional.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied']],
  },
  {
    // Round 35: the oblast's governor five words before the name says no more of it than "The
    // governor said Russia struck Dnipropetrovsk" does in English ("Governor Lysak said missiles hit
    // Dnipropetrovsk" is a suggestion there): city or region? Not held in silence, the point of this
    // case, but no longer applied. Farther back, as English's "Oblast governor Serhiy Lysak said a
    // missile hit", it is: real-copy-r35a2.test.ts, and the concept's examples.
    why: 'German',
    text: 'Gouverneur Lyssak sagte, Raketen hätten Dnipropetrowsk getroffen. Der Gouverneur von Dnipropetrowsk bestätigte es.',
    language: 'de',
    expect: 'Gouverneur Lyssak sagte, Raketen hätten Dnipropetrowsk getroffen. Der Gouverneur von Dnipropetrowsk bestätigte es.',
    findings: [['Dnipropetrowsk', 'Dnipro', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'Nikolaev before a pronoun three words on ("where he met troops") was held in silence: he, she, his, her were neighbour words meant for the surname',
    text: 'Zelensky visited Nikolaev, where he met troops defending the south of Ukraine. Nikolaev and his wife left Kharkiv in March.',
    language: 'en',
    expect: 'Zelensky visited Mykolaiv, where he met troops defending the south of Ukraine. Nikolaev and his wife left Kharkiv in March.',
    findings: [['Nikolaev', 'Mykolaiv', 'applied']],
  },
  {
    why: 'the current name a few words after the old one ("Zhitomir in the Russian empire, now Zhytomyr") was not read as a gloss: Zhitomir became Zhytomyr, "born in Zhytomyr … now Zhytomyr"',
    text: 'Sergei Korolev was born in Zhitomir in the Russian empire, now Zhytomyr in Ukraine. Russian troops shelled Kharkov overnight, and now the city has no power.',
    language: 'en',
    expect: 'Sergei Korolev was born in Zhitomir in the Russian empire, now Zhytomyr in Ukraine. Russian troops shelled Kharkiv overnight, and now the city has no power.',
    findings: [['Zhitomir', 'Zhytomyr', 'suggested', 'name-discussed'], ['Kharkov', 'Kharkiv', 'applied']],
  },
  {
    why: 'words that announce a name discussed (once, called, named, Soviet; Spanish antes) also held Dnipropetrovsk and Kirovograd in silence as neighbour words five words back; the cues report the real ones',
    text: 'Zelensky called for calm in Dnipropetrovsk after Russia once again struck the city. Dnipro was called Dnipropetrovsk until 2016.',
    language: 'en',
    expect: 'Zelensky called for calm in Dnipro after Russia once again struck the city. Dnipro was called Dnipropetrovsk until 2016.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied'], ['Dnipropetrovsk', 'Dnipro', 'suggested', 'name-discussed']],
  },
  {
    why: 'Spanish "antes" (before) as a neighbour word',
    text: 'Horas antes, los misiles cayeron sobre Dnipropetrovsk. Dnipro, antes Dnipropetrovsk, es la cuarta ciudad de Ucrania.',
    language: 'es',
    expect: 'Horas antes, los misiles cayeron sobre Dnipro. Dnipro, antes Dnipropetrovsk, es la cuarta ciudad de Ucrania.',
    findings: [['Dnipropetrovsk', 'Dnipro', 'applied'], ['Dnipropetrovsk', 'Dnipro', 'suggested', 'name-discussed']],
  },
  {
    why: 'Artemivsk next to "Russian" was held in silence: Russia in the story leaves it open (Russia\'s own name, or a leak), a suggestion',
    text: 'Ukraine\'s military said Russian forces shelled Artemivsk again.',
    language: 'en',
    expect: 'Ukraine\'s military said Russian forces shelled Artemivsk again.',
    findings: [['Artemivsk', 'Bakhmut', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'and in Spanish and German ("misiles rusos alcanzaron Artemivsk", "russische Raketen hätten Artemiwsk getroffen" were held in silence)',
    text: 'Zelenski dijo que misiles rusos alcanzaron Artemivsk durante la noche.',
    language: 'es',
    expect: 'Zelenski dijo que misiles rusos alcanzaron Artemivsk durante la noche.',
    findings: [['Artemivsk', 'Bajmut', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'German Artemiwsk',
    text: 'Selenskyj sagte, russische Raketen hätten Artemiwsk in der Nacht getroffen.',
    language: 'de',
    expect: 'Selenskyj sagte, russische Raketen hätten Artemiwsk in der Nacht getroffen.',
    findings: [['Artemiwsk', 'Bachmut', 'suggested', 'context-ambiguous']],
  },
  {
    why: 'the Soviet name of Pokrovsk (Krasnoarmeysk, Krasnoarmiisk: English variants in the reference) was left out of the glossary, so it was never reported; now it changes in copy about the Donbas front, and is suggested where Russia is named',
    text: 'Troops advanced on Krasnoarmeysk, Ukraine said, near Bakhmut.',
    language: 'en',
    expect: 'Troops advanced on Pokrovsk, Ukraine said, near Bakhmut.',
    findings: [['Krasnoarmeysk', 'Pokrovsk', 'applied']],
  },
  {
    why: 'Russian officials\' Krasnoarmeysk: suggested, not changed',
    text: 'Russian officials said they had taken Krasnoarmeysk, west of Donetsk.',
    language: 'en',
    expect: 'Russian officials said they had taken Krasnoarmeysk, west of Donetsk.',
    findings: [['Krasnoarmeysk', 'Pokrovsk', 'suggested', 'context-ambiguous']],
  },
]

describeRealCopy('real copy: what the audit found, now right', cases)
