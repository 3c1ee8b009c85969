/**
 * Makes a record's relative `logo` absolute. Relative asset paths in `dbi-registry/1` are
 * relative to the registry's base URL (not to the document), so consumers can use them as is.
 */
export function withAbsoluteLogo<T extends { readonly logo?: string }>(record: T, baseUrl: string): T {
  if (record.logo === undefined || /^https?:/i.test(record.logo)) return record;
  return { ...record, logo: new URL(record.logo, baseUrl).href };
}
