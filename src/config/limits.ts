import type { ConfigReader } from './reader.js'

/** What one request may cost in work and in answer (docs/hardening.md, "Bounded work and answers"). */
export interface LimitsConfig {
  /**
   * MAX_CHANGES: changes listed in one normalize answer. Beyond it the list stops there and a
   * `changes-truncated` warning gives the full count (the text and the diff still carry every
   * change), or the request asks for 422 with `"onTooManyChanges": "reject"`. Default 5000.
   * A translation's answer lists at most as many changes and protected names.
   */
  maxChanges: number
  /** MAX_RESPONSE_BYTES: the largest answer sent; a larger one is refused with 422 `response_too_large`. Default 16 MiB. */
  maxResponseBytes: number
  /**
   * NORMALIZE_THREADS: Node only. Worker threads that normalize large texts (64 KiB and more)
   * off the main thread, so that a heavy request cannot hold up the others (or /healthz). Unset:
   * one per core. 0: everything on the main thread.
   */
  normalizeThreads: number | undefined
}

export const limitsVariables = ['MAX_CHANGES', 'MAX_RESPONSE_BYTES', 'NORMALIZE_THREADS'] as const

export function readLimits(read: ConfigReader, defaults: LimitsConfig): LimitsConfig {
  return {
    maxChanges: read.integer('MAX_CHANGES', 1, 10_000_000, 'an integer from 1 to 10000000 (changes listed per answer)') ?? defaults.maxChanges,
    maxResponseBytes: read.integer('MAX_RESPONSE_BYTES', 65_536, 2 ** 31, 'an integer from 65536 to 2147483648 (bytes)') ?? defaults.maxResponseBytes,
    normalizeThreads: read.integer('NORMALIZE_THREADS', 0, 256, 'an integer from 0 (none: the main thread) to 256') ?? defaults.normalizeThreads,
  }
}
