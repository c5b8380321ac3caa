// `npm run bench`: speed figures, comparable as ratios within one run (these machines are noisy).
import { glossaries } from '../src/generated/glossaries.js'
import { benchNormalize, printNormalize } from './normalize.js'
import { syntheticGlossary } from './synthetic-glossary.js'

const news = glossaries.find((g) => g.id === 'news')!
printNormalize(benchNormalize(news, syntheticGlossary(10_000)))
