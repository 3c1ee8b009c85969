import { at, dateTimeAt, literalAt, objectAt, recordIdAt, runCheck, textAt, type FieldCheck } from '../certificates/check-fields.js';
import { booleanAt, emailAt, localizedTextAt, optionalField, uniqueListAt, versionAt, webUrlAt } from './check-document-fields.js';
import { registryKeyAt } from '../client/check-trusted-keys.js';
import { REGISTRY_PROTOCOL } from './protocol-version.js';
import type { RegistryCategory, RegistryManifest } from './schemas/registry-manifest.schema.js';

function categoryAt(value: unknown, field: string): RegistryCategory {
  const category = objectAt(value, field);
  return { id: recordIdAt(category.id, at(field, 'id')), name: localizedTextAt(category.name, at(field, 'name')), official: booleanAt(category.official, at(field, 'official')) };
}

/**
 * Checks a `registry.json` by `RegistryManifestSchema`'s rules, without zod (the lean variant's
 * validation, see check-document-fields.ts): the manifest, trimmed and without unknown fields, or
 * the first issue.
 */
export function checkRegistryManifest(json: unknown): FieldCheck<RegistryManifest> {
  return runCheck(() => {
    const manifest = objectAt(json, '');
    const operator = objectAt(manifest.operator, 'operator');
    return {
      protocol: literalAt(manifest.protocol, 'protocol', REGISTRY_PROTOCOL),
      version: versionAt(manifest.version, 'version'),
      name: localizedTextAt(manifest.name, 'name'),
      ...optionalField(manifest, 'description', '', localizedTextAt),
      operator: { name: textAt(operator.name, 'operator.name'), ...optionalField(operator, 'website', 'operator', webUrlAt), ...optionalField(operator, 'email', 'operator', emailAt) },
      generatedAt: dateTimeAt(manifest.generatedAt, 'generatedAt'),
      ...optionalField(manifest, 'sample', '', booleanAt),
      keys: uniqueListAt(manifest.keys, 'keys', registryKeyAt, 'kid', (key) => key.kid, 0),
      categories: uniqueListAt(manifest.categories, 'categories', categoryAt, 'category id', (category) => category.id),
    };
  });
}
