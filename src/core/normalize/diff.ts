import { createPatch } from 'diff'

/** A unified patch from `before` to `after`; `applyPatch(before, patch) === after`. */
export function unifiedDiff(before: string, after: string, name = 'text'): string {
  return createPatch(name, before, after, 'input', 'normalized')
}
