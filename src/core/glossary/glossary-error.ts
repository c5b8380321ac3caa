/** One problem in a glossary, placed by file and entry path. */
export interface GlossaryIssue {
  file: string
  /** Dotted path of the entry, e.g. `kyiv.forms.en.variants[2]`. */
  path: string
  message: string
}

export function formatIssue(issue: GlossaryIssue): string {
  return `${issue.file}: ${issue.path}: ${issue.message}`
}

/** Thrown when a glossary does not validate; its message lists every issue, one a line. */
export class GlossaryError extends Error {
  readonly issues: readonly GlossaryIssue[]
  constructor(glossaryId: string, issues: GlossaryIssue[]) {
    super(`glossary "${glossaryId}" is invalid:\n${issues.map(formatIssue).join('\n')}`)
    this.name = 'GlossaryError'
    this.issues = issues
  }
}
