/**
 * Autosave for the wizard: one localStorage entry per methodology id and version (and per
 * element id, for pages with several wizards), so answers given to one version are never read
 * as answers to another. Every failure of the storage (disabled, corrupt, full, another
 * version) becomes an outcome the element can explain, never an exception.
 */

/** Bumped when the shape of a saved entry changes; entries of another format count as corrupt. */
const FORMAT = 1;
const PREFIX = 'dbi-kit:assessment:';

/** What the wizard saves: the answers, the profile, the step the person was on. */
export interface SavedProgress<Answers, Profile> {
  answers: Answers;
  profile: Profile;
  step: string;
  /**
   * The submission made on reaching the results, kept so that one resent after a reload carries
   * the same `idempotencyKey` and is recognised by the server as the same one.
   */
  submission?: { idempotencyKey: string; submittedAt: string; sent: boolean };
}

/** What {@link ProgressStore.load} found. */
export type LoadOutcome<Answers, Profile> =
  | { status: 'empty' }
  | { status: 'restored'; progress: SavedProgress<Answers, Profile> }
  /** The entry could not be read (bad JSON, wrong shape, answers the methodology rejects); it was removed. */
  | { status: 'corrupt' }
  /** Only answers to other versions of this methodology were found; they are left in place. */
  | { status: 'other-version'; versions: string[] }
  /** localStorage is disabled or blocked (private mode, sandboxed frame). */
  | { status: 'unavailable' };

/** What {@link ProgressStore.save} did. `full` is a QuotaExceededError. */
export type SaveOutcome = 'saved' | 'full' | 'unavailable';

/**
 * Checks a parsed entry and returns the progress in it, or `undefined` when it is unusable.
 * The element passes one that runs the answers through the engine.
 */
export type ProgressValidator<Answers, Profile> = (entry: Readonly<Record<string, unknown>>) => SavedProgress<Answers, Profile> | undefined;

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Reading `localStorage` itself throws where storage is blocked.
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/**
 * One wizard's saved progress: `dbi-kit:assessment:<id>@<version>`, followed by `#<element id>`
 * when the element has an id (two wizards on one page need distinct ids to keep apart).
 */
export class ProgressStore<Answers, Profile> {
  readonly key: string;
  readonly #methodology: { id: string; version: string };
  readonly #validate: ProgressValidator<Answers, Profile>;
  readonly #storage: Storage | null;
  readonly #prefix: string;
  readonly #suffix: string;

  constructor(
    methodology: { id: string; version: string },
    validate: ProgressValidator<Answers, Profile>,
    /** `null`: no storage (blocked or disabled). */
    storage: Storage | null = defaultStorage(),
    /** The element's `id` attribute; empty: the key without `#…`, as saved before ids counted. */
    owner = '',
  ) {
    this.#methodology = methodology;
    this.#validate = validate;
    this.#storage = storage;
    this.#prefix = `${PREFIX}${methodology.id}@`;
    this.#suffix = owner && `#${owner}`;
    this.key = `${this.#prefix}${methodology.version}${this.#suffix}`;
  }

  load(): LoadOutcome<Answers, Profile> {
    const storage = this.#storage;
    if (!storage) return { status: 'unavailable' };
    let raw: string | null;
    let others: string[];
    try {
      raw = storage.getItem(this.key);
      others = this.#otherVersionKeys(storage);
    } catch {
      return { status: 'unavailable' };
    }
    if (raw === null) {
      // Other versions' answers are kept: the page may go back to that version.
      if (others.length === 0) return { status: 'empty' };
      return { status: 'other-version', versions: others.map((key) => key.slice(this.#prefix.length, key.length - this.#suffix.length)) };
    }
    const progress = this.#read(raw);
    if (!progress) {
      this.clear();
      return { status: 'corrupt' };
    }
    return { status: 'restored', progress };
  }

  save(progress: SavedProgress<Answers, Profile>): SaveOutcome {
    if (!this.#storage) return 'unavailable';
    const entry = { format: FORMAT, methodology: this.#methodology, savedAt: new Date().toISOString(), ...progress };
    try {
      this.#storage.setItem(this.key, JSON.stringify(entry));
      return 'saved';
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'unavailable';
    }
  }

  /** Forgets the saved progress (start over; an unreadable entry). */
  clear(): void {
    try {
      this.#storage?.removeItem(this.key);
    } catch {
      // Storage refused: nothing more to do (an unreadable entry is ignored next time too).
    }
  }

  #read(raw: string): SavedProgress<Answers, Profile> | undefined {
    let entry: unknown;
    try {
      entry = JSON.parse(raw);
    } catch {
      return undefined;
    }
    if (typeof entry !== 'object' || entry === null) return undefined;
    const record = entry as Record<string, unknown>;
    const same = record.methodology as { id?: unknown; version?: unknown } | null;
    if (record.format !== FORMAT || same?.id !== this.#methodology.id || same.version !== this.#methodology.version) return undefined;
    try {
      return this.#validate(record);
    } catch {
      return undefined;
    }
  }

  /** This element's keys for other versions: same prefix, same `#<element id>` (or none). */
  #otherVersionKeys(storage: Storage): string[] {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(this.#prefix) || key === this.key) continue;
      const hash = key.indexOf('#', this.#prefix.length);
      if ((hash < 0 ? '' : key.slice(hash)) === this.#suffix) keys.push(key);
    }
    return keys;
  }
}
