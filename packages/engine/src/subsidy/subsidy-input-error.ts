import { DbiError } from '../dbi-error.js';

/** Why an input to `classifyEnterprise`, `calculateSubsidy` or `priorityGroups` was refused. */
export type SubsidyInputErrorCode =
  /** Not an object, or `items` not an array. */
  | 'subsidy/invalid-input'
  /** A VND amount that is not a whole, non-negative, safe integer. */
  | 'subsidy/invalid-amount'
  /** A headcount that is negative, not finite, or not a number. */
  | 'subsidy/invalid-count'
  /** A share outside 0..1. */
  | 'subsidy/invalid-share'
  /** A yes/no field that is not a boolean. */
  | 'subsidy/invalid-flag'
  /** A label or id that is not a string. */
  | 'subsidy/invalid-text'
  | 'subsidy/unknown-sector'
  | 'subsidy/unknown-size'
  | 'subsidy/unknown-kind'
  /** Neither revenue nor capital was given. */
  | 'subsidy/missing-figure';

/**
 * Bad input to the size-class or subsidy functions. `field` names the input field, as a path
 * (`revenue`, `items[2].cost`, `priority.womanOwned`), so a form can put the message next to it.
 * The engine never turns bad input into a silent zero.
 *
 * @example
 * try { calculateSubsidy({ size: 'small', items: [{ kind: 'dx-solution', cost: -1 }] }); }
 * catch (error) { if (error instanceof SubsidyInputError) console.log(error.field); } // 'items[0].cost'
 */
export class SubsidyInputError extends DbiError {
  /** The path of the offending input field. */
  readonly field: string;
  declare readonly code: SubsidyInputErrorCode;

  constructor(code: SubsidyInputErrorCode, field: string, message: string) {
    super(code, `${field}: ${message}`);
    this.field = field;
  }
}
