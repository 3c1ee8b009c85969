import type { CertificateStatus } from '@dbi-kit/registry';
import type { Translations } from '../internal/lang.js';
import type { BadgeStatus } from './badge-status.js';

/** Why the check could not even start. */
export type SetupProblem = 'setup';

/** Every piece of interface text `<dbi-badge>` shows. Names and programmes come from the registry. */
export interface BadgeStrings {
  /** The status in words: the start of the badge's accessible name. */
  status: Record<BadgeStatus, string>;
  /** One sentence on the verdict, in the details. */
  reason: Record<CertificateStatus | SetupProblem, string>;
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
      valid: 'Chữ ký hợp lệ, còn hiệu lực, chưa bị thu hồi.',
      expired: 'Chứng nhận thật nhưng đã hết hạn.',
      'not-yet-valid': 'Chứng nhận thật nhưng chưa có hiệu lực.',
      revoked: 'Đơn vị cấp đã thu hồi chứng nhận.',
      'invalid-signature': 'Chữ ký không khớp: chứng nhận đã bị sửa.',
      'unknown-key': 'Ký bằng khóa không được tin cậy.',
      'wrong-platform': 'Chứng nhận của nền tảng khác.',
      malformed: 'Chứng nhận không đọc được.',
      'not-found': 'Sổ đăng ký không có chứng nhận này.',
      unreachable: 'Không kết nối được sổ đăng ký.',
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
      valid: 'Genuine signature, in force, not revoked.',
      expired: 'Genuine, but expired.',
      'not-yet-valid': 'Genuine, but not yet in force.',
      revoked: 'Revoked by the issuer.',
      'invalid-signature': 'The signature does not match: altered.',
      'unknown-key': 'Signed by a key that is not trusted.',
      'wrong-platform': 'Issued for another platform.',
      malformed: 'Unreadable certificate.',
      'not-found': 'The registry has no such certificate.',
      unreachable: 'The registry could not be reached.',
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
