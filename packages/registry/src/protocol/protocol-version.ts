/**
 * The protocol every registry document declares in its `protocol` field. Within `/1` only
 * additive changes are allowed (new optional fields, new category ids), so a `/1` client reads
 * every `/1` registry; a breaking change would be `dbi-registry/2`.
 */
export const REGISTRY_PROTOCOL = 'dbi-registry/1';

/** The type of {@link REGISTRY_PROTOCOL}. */
export type RegistryProtocol = typeof REGISTRY_PROTOCOL;
