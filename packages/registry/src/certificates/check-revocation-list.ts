import { REGISTRY_PROTOCOL } from '../protocol/protocol-version.js';
import { arrayAt, at, dateTimeAt, literalAt, naturalAt, objectAt, ensure, runCheck, stringAt, textAt, type FieldCheck } from './check-fields.js';
import type { Revocation, RevocationList } from './revocation-list.schema.js';

function revocationAt(value: unknown, field: string): Revocation {
  const entry = objectAt(value, field);
  return { jti: stringAt(entry.jti, at(field, 'jti'), { min: 1, max: 128 }), reason: textAt(entry.reason, at(field, 'reason')), revokedAt: dateTimeAt(entry.revokedAt, at(field, 'revokedAt')) };
}

/**
 * Checks a revocation list's payload against `RevocationListSchema`'s rules, without zod (see
 * check-fields.ts): the list, or the first issue.
 */
export function checkRevocationList(payload: unknown): FieldCheck<RevocationList> {
  return runCheck(() => {
    const list = objectAt(payload, '');
    const checked: RevocationList = {
      protocol: literalAt(list.protocol, 'protocol', REGISTRY_PROTOCOL),
      iss: textAt(list.iss, 'iss'),
      iat: naturalAt(list.iat, 'iat'),
      revocations: arrayAt(list.revocations, 'revocations', revocationAt),
    };
    ensure(new Set(checked.revocations.map((entry) => entry.jti)).size === checked.revocations.length, 'revocations', 'Duplicate jti');
    return checked;
  });
}
