// `npm run bench`: speed figures, comparable as ratios within one run (these machines are
// noisy), and detection accuracy on the labelled dataset.
import { glossaries } from '../src/generated/glossaries.js'
import { loadDataset, printReport } from './detect-accuracy.js'
import { benchNormalize, printNormalize } from './normalize.js'
import { syntheticGlossary } from './synthetic-glossary.js'

const news = glossaries.find((g) => g.id === 'news')!
console.log('# Copydesk benchmarks\n\n## Language detection accuracy (../shared/datasets/langid-news-dev.json)')
printReport(loadDataset(), false)
printNormalize(benchNormalize(news, syntheticGlossary(10_000)))
