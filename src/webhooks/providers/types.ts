import type { ConfigReader } from '../../config/reader.js'
import type { Bytes } from '../crypto.js'
import type { HeaderMap } from '../headers.js'
import type { WebhookMessage } from '../messages.js'
import type { FieldUpdate } from '../normalize-fields.js'
import type { FieldValue, PayloadProblem } from '../payload/types.js'
import type { IntegrationBase, Mode } from '../settings.js'
import type { EntrySummary, IgnoredReason } from '../types.js'
import type { VerifyInput, VerifyResult } from '../verify/types.js'
import type { WriteBackResult } from '../write-back/types.js'

/**
 * A CMS, as the generic pipeline (src/webhooks/process.ts) needs it: its settings, how its
 * deliveries are verified and read, and how an entry is written back. `S` is the settings only
 * this CMS has (on top of IntegrationBase), `E` what identifies an entry and its version. One
 * folder per CMS implements it (src/webhooks/providers/<cms>/index.ts) and one line of the
 * registry (./index.ts) names it.
 */
export interface Provider<S extends object, E> {
  /** The settings only this provider has, beyond the common ones (their names, for "is not a setting here"). */
  readonly settingKeys: readonly string[]
  /**
   * Reads them from the integration's JSON (`writeBack` is present whenever `mode` is
   * "write-back" and the provider can write back); undefined after a problem, each recorded in `read`.
   */
  readSettings(read: ConfigReader, where: string, value: Record<string, unknown>): S | undefined
  /** The header that carries the proof, named in 401 messages. */
  signatureHeader(settings: S): string
  /** Checks the proof before anything of the body is read. */
  verify(input: VerifyInput, settings: S): Promise<VerifyResult>
  /** Reads a verified JSON body: the entry and its configured fields, an ignored event, or a 4xx problem. */
  parse(input: PayloadInput<S>): Promise<ParsedDelivery<E> | PayloadProblem>
  /** What the report says of the entry. */
  summary(entry: E): EntrySummary
  /** Writes the changed values back under the CMS's concurrency check; absent when the CMS has no API to write to (report only). */
  writeBack?(input: WriteBackRequest<S, E>): Promise<WriteBackResult>
}

export interface PayloadInput<S> {
  headers: HeaderMap
  /** The verified raw body. */
  body: Bytes
  /** The body parsed as JSON. */
  json: unknown
  integration: IntegrationBase
  settings: S
}

export type ParsedDelivery<E> =
  | { kind: 'entry'; deliveryId: string; event: string; entry: E; values: FieldValue[] }
  /** A well-formed delivery of an event that is not an entry save (a delete, a publish…). */
  | IgnoredDelivery

export interface IgnoredDelivery {
  kind: 'ignored'
  deliveryId: string
  event: string
  reason: IgnoredReason
  message: WebhookMessage
}

export interface WriteBackRequest<S, E> {
  settings: S
  entry: E
  /** Never empty: with nothing to write, no client is called at all. */
  updates: readonly FieldUpdate[]
  fetch: typeof fetch
}

/**
 * A provider bound to one integration's settings: all the generic pipeline sees of a CMS. The
 * entry's own type stays inside (`writeBack` closes over it), so nothing is cast.
 */
export interface Connector {
  readonly signatureHeader: string
  /** Whether `writeBack` exists on its deliveries. */
  readonly canWriteBack: boolean
  verify(input: VerifyInput): Promise<VerifyResult>
  parse(input: Omit<PayloadInput<unknown>, 'settings'>): Promise<Delivery | PayloadProblem>
}

export type Delivery =
  | {
      kind: 'entry'
      deliveryId: string
      event: string
      entry: EntrySummary
      values: FieldValue[]
      /** Writes the updates to this entry; undefined for a provider that cannot write back. */
      writeBack: ((updates: readonly FieldUpdate[], fetchImpl: typeof fetch) => Promise<WriteBackResult>) | undefined
    }
  | IgnoredDelivery

/** A provider as the registry holds it: its settings' names, and a way to read them into a connector. */
export interface RegisteredProvider {
  readonly settingKeys: readonly string[]
  readonly canWriteBack: boolean
  /** The provider's settings (for the integration's own fields) and the connector bound to them. */
  configure(read: ConfigReader, where: string, value: Record<string, unknown>): { settings: object; connector: Connector } | undefined
}

/** A parsed integration: the common settings, the provider's own (as given), and its connector. */
export interface Integration extends IntegrationBase {
  /** The provider's id: its key in the registry. */
  provider: string
  connector: Connector
}

/** Registers a provider: its settings' and entries' types stay inside the connectors it makes. */
export function defineProvider<S extends object, E>(provider: Provider<S, E>): RegisteredProvider {
  const { writeBack } = provider
  return {
    settingKeys: provider.settingKeys,
    canWriteBack: writeBack !== undefined,
    configure(read, where, value) {
      const settings = provider.readSettings(read, where, value)
      if (settings === undefined) return undefined
      const connector: Connector = {
        signatureHeader: provider.signatureHeader(settings),
        canWriteBack: writeBack !== undefined,
        verify: (input) => provider.verify(input, settings),
        async parse(input) {
          const parsed = await provider.parse({ ...input, settings })
          if (parsed.kind !== 'entry') return parsed
          const { entry } = parsed
          return {
            ...parsed,
            entry: provider.summary(entry),
            writeBack: writeBack && ((updates, fetch) => writeBack.call(provider, { settings, entry, updates, fetch })),
          }
        },
      }
      return { settings, connector }
    },
  }
}
