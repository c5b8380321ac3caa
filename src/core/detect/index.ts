export type { Candidate, Detector, LanguageGuess, LanguageSource } from './types.js'
export { SUPPORTED_LANGUAGES, isSupportedLanguage, type SupportedLanguage } from './languages.js'
export { francDetector, createFrancDetector, FRANC_TEMPERATURE } from './franc.js'
export { eldDetector, createEldDetector, ELD_TEMPERATURE, ELD_MIN_SCORE } from './eld.js'
export { detectors, defaultDetector, type DetectorName } from './detectors.js'
export { cyrillicVerdict, applyCyrillicRule, type CyrillicVerdict } from './cyrillic.js'
export { prepareText, SAMPLE_CHARS, type PreparedText } from './prepare.js'
export { confidenceOf, LENGTH_SCALE } from './confidence.js'
export { decideLanguage, type Detection, type LanguageDecision } from './decide.js'
export {
  detectLanguage,
  MIN_LETTERS,
  MIN_CONFIDENCE,
  type DetectLanguageOptions,
  type LanguageDetection,
  type UndeterminedReason,
} from './detect-language.js'
