import { describeRealCopy, type RealCopyCase } from './real-copy-cases.js'

/**
 * Round 33: how a context's `requires` counts the text's mentions. A variant that needs a
 * mention itself confirms another only once something else confirms it (or a list of names it
 * stands in does): two names that each need the other no longer confirm each other. The findings
 * are listed whole, suggestions included. The copy is the last review's, around the sentence it
 * found; the list case beside it is real-copy.test.ts's ("Russian missiles hit Lvov and Nikolaev
 * overnight", which round 32's first try at this broke and which still applies both).
 */
const cases: RealCopyCase[] = [
  {
    why: 'two names that each need copy about Ukraine confirmed each other, and both were applied: nothing in the text says Ukraine (Nikolaev is also a surname; there is an Odessa in Texas)',
    text: 'Nikolaev moved to Odessa in 1990.',
    language: 'en',
    expect: 'Nikolaev moved to Odessa in 1990.',
    findings: [['Nikolaev', 'Mykolaiv', 'suggested', 'context-missing'], ['Odessa', 'Odesa', 'suggested', 'context-missing']],
  },
  {
    why: 'the same with a third such name further on: a ring of names that need one another confirms none of them',
    text: 'Nikolaev, 54, moved to Odessa in 1990. He later coached in Lvov.',
    language: 'en',
    expect: 'Nikolaev, 54, moved to Odessa in 1990. He later coached in Lvov.',
    findings: [['Nikolaev', 'Mykolaiv', 'suggested', 'context-missing'], ['Odessa', 'Odesa', 'suggested', 'context-missing'], ['Lvov', 'Lviv', 'suggested', 'context-missing']],
  },
  {
    why: 'and where the text says Ukraine, both change, as before',
    text: 'Nikolaev moved to Odessa in 1990 and has lived in Ukraine since.',
    language: 'en',
    expect: 'Mykolaiv moved to Odesa in 1990 and has lived in Ukraine since.',
    findings: [['Nikolaev', 'Mykolaiv', 'applied'], ['Odessa', 'Odesa', 'applied']],
  },
  {
    why: 'a name that needs nothing confirms one, and that one the rest: Kyiv confirms Odessa, Odessa Nikolaev',
    text: 'Nikolaev moved to Odessa in 1990. Odessa is a four-hour drive from Kyiv.',
    language: 'en',
    expect: 'Mykolaiv moved to Odesa in 1990. Odesa is a four-hour drive from Kyiv.',
    findings: [['Nikolaev', 'Mykolaiv', 'applied'], ['Odessa', 'Odesa', 'applied'], ['Odessa', 'Odesa', 'applied']],
  },
  {
    why: 'names of one list are places of one kind: they still confirm each other (a list of cities hit overnight)',
    text: 'Russian drones hit Odessa and Nikolaev overnight.',
    language: 'en',
    expect: 'Russian drones hit Odesa and Mykolaiv overnight.',
    findings: [['Odessa', 'Odesa', 'applied'], ['Nikolaev', 'Mykolaiv', 'applied']],
  },
  {
    why: 'a list with an Oxford comma, three such names',
    text: 'Air-raid alerts sounded in Lvov, Odessa, and Nikolaev.',
    language: 'en',
    expect: 'Air-raid alerts sounded in Lviv, Odesa, and Mykolaiv.',
    findings: [['Lvov', 'Lviv', 'applied'], ['Odessa', 'Odesa', 'applied'], ['Nikolaev', 'Mykolaiv', 'applied']],
  },
]

describeRealCopy('real copy: what counts as a mention for requires (round 33)', cases, ['news', 'ap', 'reuters', 'bbc'])
