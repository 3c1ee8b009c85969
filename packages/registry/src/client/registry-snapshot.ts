/**
 * Registry documents bundled with a page, used when the network fails and no copy is cached
 * (results are then `stale: true, source: 'snapshot'`). Each field holds the JSON of the file of
 * the same name, as imported from a JSON module or built by hand; the client validates the
 * snapshot when it is created, so a broken one fails at once rather than on the first outage.
 *
 * @example
 * import platforms from './registry/platforms.json' with { type: 'json' };
 * createRegistryClient({ baseUrl, trustedKeys, snapshot: { platforms } });
 */
export interface RegistrySnapshot {
  /** `registry.json`. */
  readonly registry?: unknown;
  /** `platforms.json`. */
  readonly platforms?: unknown;
  /** `platforms/{id}.json` files, by platform id. */
  readonly platformDetails?: Readonly<Record<string, unknown>>;
}
