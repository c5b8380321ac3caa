/**
 * Deliveries older than five minutes are refused (replays of a captured request), and so are
 * ones from more than five minutes in the future (a sender whose clock runs ahead is tolerated
 * up to the same bound). The window is checked after the signature, so an expired delivery
 * is one that was genuinely signed, just too long ago.
 */
export const REPLAY_WINDOW_MS = 5 * 60 * 1000

export function withinWindow(timestampMs: number, now: number): boolean {
  return Number.isFinite(timestampMs) && Math.abs(now - timestampMs) <= REPLAY_WINDOW_MS
}
