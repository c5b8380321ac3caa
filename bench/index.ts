// `npm run bench`: speed figures, comparable as ratios within one run (these machines are
// noisy), and detection accuracy on the labelled dataset.
import { glossaries } from '../src/generated/glossaries.js'
import { resolveGlossaries } from '../src/core/glossary/extend.js'
import { formatGlossaryStats, glossaryStats } from '../src/core/glossary/stats.js'
import { loadDataset, printReport } from './detect-accuracy.js'
import { benchMarkup, printMarkup } from './markup.js'
import { benchMarkdownParsers, printMarkdownParsers } from './markdown-parsers.js'
import { benchNormalize, printNormalize } from './normalize.js'
import { benchFloor, printFloor } from './floor.js'
import { benchPassages, printPassages } from './passages.js'
import { createCopydesk } from '../src/core/copydesk.js'
import { syntheticGlossary } from './synthetic-glossary.js'
import { benchWorker, printWorker } from './worker.js'
import { benchTranslate, printTranslate } from './translate.js'
import { benchWarmProcess, printWarmProcess } from './warm-process.js'
import { benchHeavy, printHeavy } from './heavy.js'
import { benchWorkerdMemory, printWorkerdMemory } from './workerd-memory.js'
import { benchLoad, printLoad } from './load.js'

const news = resolveGlossaries(glossaries).find((g) => g.id === 'news')!
console.log(`# Copydesk benchmarks\n\nBundled glossaries: ${formatGlossaryStats(glossaryStats(glossaries))}`)
console.log('\n## Language detection accuracy (../shared/datasets/langid-news-dev.json)')
printReport(loadDataset(), false)
printWarmProcess(benchWarmProcess()) // in a child process, fresh
printPassages(benchPassages(createCopydesk({ glossaries })))
printNormalize(benchNormalize([news, syntheticGlossary(10_000), syntheticGlossary(100_000)]))
printFloor(benchFloor(news)) // the least work per name found, step by step, in this run
printMarkup(benchMarkup(createCopydesk({ glossaries })))
printMarkdownParsers(await benchMarkdownParsers())
printWorker(await benchWorker()) // builds the worker and starts it in local workerd, then stops it
printTranslate(await benchTranslate(createCopydesk({ glossaries }))) // starts Apertium's APy on loopback, then stops it
printLoad(await benchLoad()) // starts the Node server on loopback, loads it 2 x 15 s, stops it
printHeavy(await benchHeavy()) // /healthz and memory while 1 MiB name-dense normalizations run (loopback, bounded)
printWorkerdMemory(await benchWorkerdMemory()) // a fresh workerd per 1 MiB request shape, its peak memory (loopback, bounded)
