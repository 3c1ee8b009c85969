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
      'could-not-verify': 'Chưa kiểm tra được chứng nhận (lỗi mạng)',
    },
    reason: {
      valid: 'Chữ ký hợp lệ, còn hiệu lực và chưa bị thu hồi.',
      expired: 'Chứng nhận là thật nhưng đã hết hạn.',
      'not-yet-valid': 'Chứng nhận là thật nhưng chưa có hiệu lực.',
      revoked: 'Đơn vị cấp đã thu hồi chứng nhận này.',
      'invalid-signature': 'Chữ ký không khớp: tệp chứng nhận đã bị sửa.',
      'unknown-key': 'Chứng nhận được ký bằng một khóa không được tin cậy.',
      'wrong-platform': 'Chứng nhận này thuộc về một nền tảng khác.',
      malformed: 'Tệp chứng nhận không đọc được.',
      'not-found': 'Sổ đăng ký không có chứng nhận cho nền tảng này.',
      unreachable: 'Không kết nối được với sổ đăng ký; chưa thể khẳng định điều gì.',
      setup: 'Huy hiệu chưa được cài đặt đúng (registry, platform hoặc trusted-keys).',
    },
    details: 'Chi tiết chứng nhận',
    platform: 'Nền tảng',
    vendor: 'Nhà cung cấp',
    programme: 'Chương trình',
    validUntil: 'Hiệu lực đến',
    issuer: 'Đơn vị cấp',
    keyId: 'Mã khóa ký',
    checkedAt: 'Kiểm tra lúc',
    registryEntry: 'Xem nền tảng trong sổ đăng ký',
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
      valid: 'Genuine signature, in force and not revoked.',
      expired: 'The certificate is genuine but has expired.',
      'not-yet-valid': 'The certificate is genuine but not yet in force.',
      revoked: 'The issuer has revoked this certificate.',
      'invalid-signature': 'The signature does not match: the certificate was altered.',
      'unknown-key': 'The certificate is signed with a key that is not trusted.',
      'wrong-platform': 'This certificate belongs to another platform.',
      malformed: 'The certificate file is unreadable.',
      'not-found': 'The registry has no certificate for this platform.',
      unreachable: 'The registry could not be reached; nothing can be said either way.',
      setup: 'The badge is not set up correctly (registry, platform or trusted-keys).',
    },
    details: 'Certificate details',
    platform: 'Platform',
    vendor: 'Vendor',
    programme: 'Programme',
    validUntil: 'Valid until',
    issuer: 'Issuer',
    keyId: 'Signing key id',
    checkedAt: 'Checked at',
    registryEntry: 'View the platform in the registry',
  },
};
