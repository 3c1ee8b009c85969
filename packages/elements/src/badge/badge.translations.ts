import type { CertificateStatus } from '@dbi-kit/registry';
import type { Translations } from '../internal/lang.js';
import type { BadgeStatus } from './badge-status.js';

/** Why the check could not even start. */
export type SetupProblem = 'setup';

/**
 * The verdicts the status words do not already say: the kinds of "not verified" and "not yet in
 * force". (Certified, expired, revoked and could-not-verify are their status words.)
 */
export type ExplainedVerdict = Exclude<CertificateStatus, 'valid' | 'expired' | 'revoked' | 'unreachable'> | SetupProblem;

/** Every piece of interface text `<dbi-badge>` shows. Names and programmes come from the registry. */
export interface BadgeStrings {
  /** The status in words: the start of the badge's accessible name. */
  status: Record<BadgeStatus, string>;
  /** One sentence on a verdict the status words do not explain, in the details. */
  reason: Record<ExplainedVerdict, string>;
  details: string;
  platform: string;
  vendor: string;
  programme: string;
  validUntil: string;
  issuer: string;
  keyId: string;
  checkedAt: string;
  registryEntry: string;
}

export const badgeStrings: Translations<BadgeStrings> = {
  vi: {
    status: {
      verifying: 'Đang kiểm tra chứng nhận…',
      valid: 'Đã được chứng nhận',
      expired: 'Chứng nhận đã hết hạn',
      revoked: 'Chứng nhận đã bị thu hồi',
      'not-verified': 'Không xác minh được chứng nhận',
      'could-not-verify': 'Không kiểm tra được (lỗi mạng)',
    },
    reason: {
      'not-yet-valid': 'Chứng nhận thật nhưng chưa có hiệu lực.',
      'invalid-signature': 'Chữ ký không khớp: chứng nhận đã bị sửa.',
      'unknown-key': 'Ký bằng khóa không được tin cậy.',
      'wrong-platform': 'Chứng nhận của nền tảng khác.',
      malformed: 'Chứng nhận không đọc được.',
      'not-found': 'Sổ đăng ký không có chứng nhận này.',
      setup: 'Huy hiệu chưa được cài đặt đúng.',
    },
    details: 'Chi tiết chứng nhận',
    platform: 'Nền tảng',
    vendor: 'Nhà cung cấp',
    programme: 'Chương trình',
    validUntil: 'Hiệu lực đến',
    issuer: 'Đơn vị cấp',
    keyId: 'Mã khóa ký',
    checkedAt: 'Kiểm tra lúc',
    registryEntry: 'Xem trong sổ đăng ký',
  },
  en: {
    status: {
      verifying: 'Checking certification…',
      valid: 'Certified',
      expired: 'Certification expired',
      revoked: 'Certification revoked',
      'not-verified': 'Not verified',
      'could-not-verify': 'Could not verify (network)',
    },
    reason: {
      'not-yet-valid': 'Genuine, but not yet in force.',
      'invalid-signature': 'The signature does not match: altered.',
      'unknown-key': 'Signed by a key that is not trusted.',
      'wrong-platform': 'Issued for another platform.',
      malformed: 'Unreadable certificate.',
      'not-found': 'The registry has no such certificate.',
      setup: 'The badge is not set up correctly.',
    },
    details: 'Certificate details',
    platform: 'Platform',
    vendor: 'Vendor',
    programme: 'Programme',
    validUntil: 'Valid until',
    issuer: 'Issuer',
    keyId: 'Signing key id',
    checkedAt: 'Checked at',
    registryEntry: 'View in the registry',
  },
};
