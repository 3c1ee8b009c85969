// The public API of @dbi-kit/registry.

// Errors
export {
  RegistryError,
  RegistryHttpError,
  RegistryTimeoutError,
  RegistryNetworkError,
  RegistryResponseError,
  isRegistryError,
  isRegistryHttpError,
  isRegistryTimeoutError,
  isRegistryNetworkError,
  isRegistryResponseError,
  type RegistryIssue,
  type RegistryResponseProblem,
} from './errors/registry-errors.js';

// Protocol dbi-registry/1
export { REGISTRY_PROTOCOL, type RegistryProtocol } from './protocol/protocol-version.js';
export { PLATFORM_CATEGORIES, type PlatformCategory, type PlatformCategoryId } from './protocol/platform-categories.js';
export {
  LocalizedTextSchema,
  RecordIdSchema,
  VndSchema,
  WebUrlSchema,
  AssetUrlSchema,
  DateTimeSchema,
  type LocalizedText,
} from './protocol/schemas/common.schema.js';
export {
  RegistryManifestSchema,
  RegistryKeySchema,
  RegistryCategorySchema,
  type RegistryManifest,
  type RegistryKey,
  type RegistryCategory,
} from './protocol/schemas/registry-manifest.schema.js';
export {
  PlatformSchema,
  VendorSchema,
  PlanSchema,
  TrialSchema,
  BILLING_PERIODS,
  type Platform,
  type Vendor,
  type Plan,
  type Trial,
  type BillingPeriod,
} from './protocol/schemas/platform.schema.js';
export {
  PlatformSummarySchema,
  PlatformIndexEnvelopeSchema,
  type PlatformSummary,
  type PlatformIndex,
} from './protocol/schemas/platform-summary.schema.js';
export { parseRegistryManifest } from './protocol/parse-registry-manifest.js';
export { parsePlatformIndex, type ParsedPlatformIndex } from './protocol/parse-platform-index.js';
export { parsePlatform } from './protocol/parse-platform.js';
export { summarizePlatform } from './protocol/summarize-platform.js';
export { monthlyPrice } from './protocol/monthly-price.js';

// Search
export { foldText } from './search/fold-text.js';
export { PLATFORM_SORTS, type PlatformFilter, type PlatformSort } from './search/platform-filter.js';
export { checkPlatformFilter } from './search/check-platform-filter.js';
export { buildPlatformSearchIndex, type PlatformSearchIndex, type IndexedPlatform } from './search/platform-search-index.js';
export { platformSearchIndexOf } from './search/platform-search-index-of.js';
export { queryPlatforms, type PlatformPage } from './search/query-platforms.js';

// Client
export { createRegistryClient, type RegistryClient } from './client/create-registry-client.js';
export { registryFileUrl } from './client/registry-file-url.js';
export type {
  RegistryClientOptions,
  RegistryCacheOptions,
  RegistryCallOptions,
  CertificateCallOptions,
  TrustedKey,
} from './client/registry-client-options.js';
export type { RegistryResult, RegistrySource } from './client/registry-result.js';
export type { RegistrySnapshot } from './client/registry-snapshot.js';
export type { RegistryRetryOptions } from './http/retry-options.js';
export { createMemoryCache, type CacheEntry, type MemoryCache, type SharedRequest } from './cache/memory-cache.js';
export type { RawDocument } from './http/create-document-fetcher.js';
export type { PersistentStore } from './cache/persistent-store.js';
export { localStorageStore, type StorageLike } from './cache/local-storage-store.js';

// The SAMPLE registry (fictional data)
export { SAMPLE_REGISTRY_SNAPSHOT } from './sample/sample-registry-snapshot.js';

// Certificates
export { encodeBase64Url, decodeBase64Url } from './certificates/base64url.js';
export { CERTIFICATE_TYPE, CertificateClaimsSchema, type CertificateClaims } from './certificates/certificate-claims.schema.js';
export {
  REVOCATIONS_TYPE,
  RevocationSchema,
  RevocationListSchema,
  type Revocation,
  type RevocationList,
} from './certificates/revocation-list.schema.js';
export type { CertificateStatus, CertificateDocument, CertificateVerification } from './certificates/certificate-verification.js';
export { verifyEd25519 } from './certificates/verify-ed25519.js';
export { verifyJws, type JwsCheck, type JwsFailure } from './certificates/verify-jws.js';
export { signJws } from './certificates/sign-jws.js';
export { SigningKeySchema, publicKeyOf, jwkThumbprint, generateSigningKey, type SigningKey } from './certificates/signing-key.js';
export { MAX_CERTIFICATE_LENGTH, verifyCertificateToken, type CertificateTokenCheck } from './certificates/verify-certificate-token.js';
export { verifyPlatformCertificate, type PlatformCertificateOptions } from './certificates/verify-platform-certificate.js';
export { MAX_REVOCATIONS_LENGTH, verifyRevocationList, type RevocationListCheck } from './certificates/verify-revocation-list.js';

// Building a registry (operator side)
export { buildRegistry, type BuildRegistryOptions, type BuiltRegistry } from './build/build-registry.js';
export type { RegistrySourceFiles, SourceFile, BuildProblem } from './build/registry-source.js';
export { readRegistrySource, type SourceFolder } from './build/read-registry-source.js';
export {
  CertificationSchema,
  CertificationsFileSchema,
  RevocationsFileSchema,
  type Certification,
} from './build/certification-source.schema.js';
