/**
 * The `trusted-keys` attribute as a value: a JSON array of Ed25519 public JWKs, or one JWK.
 * Text that is not JSON is kept as text, so the check refuses it and says why, instead of the
 * badge silently trusting nothing. The keys themselves are validated by the registry package.
 */
export function parseTrustedKeys(text: string | null): unknown {
  if (text === null || text.trim() === '') return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [value];
  } catch {
    return text;
  }
}
