import { DbiError } from '../dbi-error.js';

/**
 * Why `aggregateGroup` refused its input: no members (`group/empty`), members scored with
 * different methodologies or versions (`group/mixed-methodologies`), a member that is not a
 * result of that methodology (`group/bad-member`), or unusable weights (`group/bad-weights`).
 */
export type GroupErrorCode = 'group/empty' | 'group/mixed-methodologies' | 'group/bad-member' | 'group/bad-weights';

/**
 * Input that `aggregateGroup` cannot combine. `memberIndex` points at the member at fault.
 *
 * @example
 * try { aggregateGroup(results, { weights: { by: 'revenue', values: revenues } }); }
 * catch (error) { if (error instanceof GroupError) console.warn(error.code, error.memberIndex); }
 */
export class GroupError extends DbiError {
  declare readonly code: GroupErrorCode;
  readonly memberIndex?: number;

  constructor(code: GroupErrorCode, message: string, memberIndex?: number) {
    super(code, message);
    this.memberIndex = memberIndex;
  }
}
