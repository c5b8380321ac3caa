import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 34: English copy read again for wrong and needless suggestions. Each case failed before
 * its fix (the reason in `why`); the findings are listed whole.
 */
const cases: RealCopyCase[] = [
  {
    why: 'the medieval state with the old spelling of its city became "Kyiv Rus", a name no style writes; it is Kievan Rus (AP keeps Kiev in historical contexts such as Kievan Rus)',
    text: 'Kiev Rus was a medieval state centred on Kyiv.',
    language: 'en',
    expect: 'Kievan Rus was a medieval state centred on Kyiv.',
    findings: [['Kiev Rus', 'Kievan Rus', 'applied']],
  },
  {
    why: 'the same with the apostrophe of the soft sign',
    text: "Its chronicles describe Kiev Rus' before the Mongol invasion.",
    language: 'en',
    expect: 'Its chronicles describe Kievan Rus before the Mongol invasion.',
    findings: [["Kiev Rus'", 'Kievan Rus', 'applied']],
  },
  {
    why: '"Kiev Post" was a suggestion on every run (unstable-boundary: Kiev → Kyiv formed the title, another concept\'s name); it is the title misspelt',
    text: 'Kiev Post editor Brian Bonner said the strike hit a residential block.',
    language: 'en',
    expect: 'Kyiv Post editor Brian Bonner said the strike hit a residential block.',
    findings: [['Kiev Post', 'Kyiv Post', 'applied']],
  },
]

describeRealCopy('real copy: names inside other names (round 34)', cases, ['news', 'ap', 'reuters', 'bbc'])
