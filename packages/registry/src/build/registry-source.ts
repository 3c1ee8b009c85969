/** One source file of a registry: its path relative to the source folder, and its text. */
export interface SourceFile {
  readonly file: string;
  readonly text: string;
}

/**
 * A registry's source folder, read: `registry.json` (name, description, operator, sample, and
 * optionally the registry's own `categories`),
 * `platforms/*.json`, and optionally `certifications.json` and `revocations.json`.
 */
export interface RegistrySourceFiles {
  readonly manifest: SourceFile;
  readonly platforms: readonly SourceFile[];
  readonly certifications?: SourceFile;
  readonly revocations?: SourceFile;
}

/** One problem the build found: the file, the record (platform id or jti) when known, the field. */
export interface BuildProblem {
  readonly file: string;
  readonly record?: string;
  readonly field: string;
  readonly message: string;
}
