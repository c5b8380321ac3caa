import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 36: words about spelling near a name. Twelve English concepts listed "spelled", "spelt"
 * and "spelling" as neighbour words after the name, which held it with no finding: in a
 * sentence on the name ("Kiev, spelled with an e"), but also in ordinary copy where "spelled" is
 * the idiom ("The fall of Kiev spelled disaster", "Kiev spelled out its demands"). The cues of a
 * name discussed say it now: a `name-discussed` suggestion where the text may be about the name,
 * the name changed where the words after the verb say it is the idiom ("spelled out", "spelled
 * disaster", "spelling bee"), never a silent hold.
 */
const cases: RealCopyCase[] = [
  {
    why: '"spelled" as the idiom for "meant" after the name: held in silence by the neighbour word "spelled"',
    text: 'The fall of Kiev spelled disaster for the regime.',
    language: 'en',
    expect: 'The fall of Kyiv spelled disaster for the regime.',
    findings: [['Kiev', 'Kyiv', 'applied']],
  },
  {
    why: '"spelled the end" after the name: held in silence',
    text: 'Kharkov spelled the end of the offensive.',
    language: 'en',
    expect: 'Kharkiv spelled the end of the offensive.',
    findings: [['Kharkov', 'Kharkiv', 'applied']],
  },
  {
    why: '"spelled out" after the name: held in silence',
    text: 'Kiev spelled out its demands on Monday.',
    language: 'en',
    expect: 'Kyiv spelled out its demands on Monday.',
    findings: [['Kiev', 'Kyiv', 'applied']],
  },
  {
    why: '"spelled out" before the name was read as the spelling cue ("He spelled out the Kiev plan", a name-discussed suggestion)',
    text: 'He spelled out the Kiev plan to reporters.',
    language: 'en',
    expect: 'He spelled out the Kyiv plan to reporters.',
    findings: [['Kiev', 'Kyiv', 'applied']],
  },
  {
    why: '"spelled disaster for" before the name was read as the spelling cue',
    text: "Russia's retreat spelled disaster for Kiev, he said.",
    language: 'en',
    expect: "Russia's retreat spelled disaster for Kyiv, he said.",
    findings: [['Kiev', 'Kyiv', 'applied']],
  },
  {
    why: 'and for Donbass, which listed the spelling words before the name as neighbour words too: "spelled out" would have held it in silence',
    text: 'Officials spelled out the Donbass plan.',
    language: 'en',
    expect: 'Officials spelled out the Donbas plan.',
    findings: [['Donbass', 'Donbas', 'applied']],
  },
  {
    why: 'a spelling bee is no spelling of the name',
    text: 'She won a spelling bee in Kiev in 1998.',
    language: 'en',
    expect: 'She won a spelling bee in Kyiv in 1998.',
    findings: [['Kiev', 'Kyiv', 'applied']],
  },
  {
    why: 'the name discussed after it ("Kiev, spelled with an e"): held in silence by the neighbour word, now reported',
    text: 'Kiev, spelled with an e, was the Soviet-era form.',
    language: 'en',
    expect: 'Kiev, spelled with an e, was the Soviet-era form.',
    findings: [['Kiev', 'Kyiv', 'suggested', 'name-discussed']],
  },
  {
    why: '"spelt" too, and in other concepts (Zhitomir, Lugansk): held in silence',
    text: 'Zhitomir, spelt the Russian way, and Lugansk spelled with a g appear on old maps.',
    language: 'en',
    expect: 'Zhitomir, spelt the Russian way, and Lugansk spelled with a g appear on old maps.',
    findings: [['Zhitomir', 'Zhytomyr', 'suggested', 'name-discussed'], ['Lugansk', 'Luhansk', 'suggested', 'name-discussed']],
  },
  {
    why: '"spelled" four words after the name was beyond the neighbour words\' window, and the name was changed ("Kyiv has long been spelled that way")',
    text: 'Kiev has long been spelled that way in English.',
    language: 'en',
    expect: 'Kiev has long been spelled that way in English.',
    findings: [['Kiev', 'Kyiv', 'suggested', 'name-discussed']],
  },
  {
    why: 'the possessive of a name followed by "spelling" is the name\'s spelling: held in silence by the neighbour word',
    text: "Kiev's spelling changed in 2019.",
    language: 'en',
    expect: "Kiev's spelling changed in 2019.",
    findings: [['Kiev', 'Kyiv', 'suggested', 'name-discussed']],
  },
  {
    why: '"spellings" before the names was no cue ("Russian spellings of Kyiv and Kharkiv")',
    text: 'Russian spellings of Kiev and Kharkov linger on old maps.',
    language: 'en',
    expect: 'Russian spellings of Kiev and Kharkov linger on old maps.',
    findings: [['Kiev', 'Kyiv', 'suggested', 'name-discussed'], ['Kharkov', 'Kharkiv', 'suggested', 'name-discussed']],
  },
  {
    why: 'the right form right after the variant still leaves both (both-forms, not silence)',
    text: 'Kiev or Kyiv, the city is the same.',
    language: 'en',
    expect: 'Kiev or Kyiv, the city is the same.',
    findings: [['Kiev', 'Kyiv', 'suggested', 'both-forms']],
  },
  {
    why: 'a list of romanizations after a colon (the opening of Wikipedia\'s article on the president, adapted): no cue reached that far, and the later forms were changed ("Volodymyr Zelensky, Volodymyr Zelensky, or Volodymyr Zelensky from Russian")',
    text: 'His name has been romanized in various ways: Volodymyr Zelensky, Volodymyr Zelenskyy, or Vladimir Zelenskiy from Russian.',
    language: 'en',
    expect: 'His name has been romanized in various ways: Volodymyr Zelensky, Volodymyr Zelenskyy, or Vladimir Zelenskiy from Russian.',
    findings: [['Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'suggested', 'self-gloss'], ['Vladimir Zelenskiy', 'Volodymyr Zelensky', 'suggested', 'name-discussed']],
  },
]

describeRealCopy('real copy: words about spelling near a name', cases)
