import type { Candidate } from './expand.js'
import { isCandidateList, type CandidatesByForm } from './resolve.js'

/** A hyphen between two letters or digits: the joint of a compound ("Kiev-Pechersk", "Kiev-88"). */
const JOINT = /(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu
/** 2^3 spellings at most per form: compounds longer than that are written out by hand. */
const MAX_JOINTS = 3

/**
 * The other spellings of a hyphenated compound, each hyphen either kept or written as a space:
 * "Kiev-Pechersk Lavra" → ["Kiev Pechersk Lavra"]. Empty for a form without a joint.
 */
export function spacedSpellings(form: string): string[] {
  // Most forms have no hyphen at all: skip the regular expression and its match objects.
  if (!form.includes('-')) return []
  const joints = [...form.matchAll(JOINT)].map((m) => m.index)
  if (joints.length === 0 || joints.length > MAX_JOINTS) return []
  const out: string[] = []
  for (let mask = 1; mask < 1 << joints.length; mask++) {
    let spelled = form
    joints.forEach((at, bit) => {
      if (mask & (1 << bit)) spelled = `${spelled.slice(0, at)} ${spelled.slice(at + 1)}`
    })
    out.push(spelled)
  }
  return out
}

/**
 * Editors list a compound once, hyphenated: "Kiev-class" also covers "Kiev class", and
 * "Kiev-Pechersk Lavra" "Kiev Pechersk Lavra", with the same replacement, context and rule.
 * A spelling gives way to any form that is written (or derived) as such for this language, so
 * it never creates a conflict of its own.
 */
export function addSpacedSpellings(byForm: CandidatesByForm, fold: (form: string) => string): void {
  // Added after the walk, so that only written forms make a spelling give way.
  const added: Candidate[] = []
  const spell = (candidate: Candidate) => {
    if (candidate.entry.kind === 'keep') return
    for (const form of spacedSpellings(candidate.entry.form)) {
      const key = fold(form)
      if (byForm.has(key)) continue
      const spelled: Candidate = { ...candidate, entry: { ...candidate.entry, form }, key, path: `${candidate.path} (spelled "${form}")` }
      added.push(spelled)
    }
  }
  // In the order of the groups, as if every candidate were read: only the groups noted with a
  // hyphenated candidate can spell anything (half a million forms, almost none with a hyphen).
  const hyphenated = byForm.hyphenated
  for (let h = 0; h < hyphenated.length; h++) {
    const value = byForm.group(hyphenated[h]!)
    if (!isCandidateList(value)) spell(value)
    else for (let c = 0; c < value.length; c++) spell(value[c]!)
  }
  for (const candidate of added) byForm.add(candidate)
}
