import { classifyEnterprise, ENTERPRISE_SECTORS, type EnterpriseClassification, type EnterpriseSector, type EnterpriseSize } from '@dbi-kit/engine';
import { parseVnd } from '../internal/money.js';

/** The profile form as typed: text, so the form shows exactly what the person wrote. */
export interface ProfileDraft {
  name: string;
  sector: EnterpriseSector | '';
  employees: string;
  revenue: string;
  capital: string;
}

/** The business profile sent with a submission: figures as numbers (VND whole), the size class. */
export interface BusinessProfile {
  name?: string;
  sector?: EnterpriseSector;
  employees?: number;
  revenue?: number;
  capital?: number;
  size?: EnterpriseSize;
}

/** The fields that hold figures, each checked on its own. */
export const FIGURE_FIELDS = ['employees', 'revenue', 'capital'] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

export const EMPTY_PROFILE: ProfileDraft = { name: '', sector: '', employees: '', revenue: '', capital: '' };

/** What the form means: the profile, the fields that are not whole numbers, and the size class once it can be told. */
export interface ProfileReading {
  profile: BusinessProfile;
  invalid: FigureField[];
  classification?: EnterpriseClassification;
}

/**
 * Reads the draft: figures through {@link parseVnd} (Vietnamese or English thousands separators),
 * and the size class from the engine's `classifyEnterprise` as soon as it has a sector, a
 * headcount and revenue or capital.
 */
export function readProfile(draft: ProfileDraft): ProfileReading {
  const profile: BusinessProfile = {};
  const invalid: FigureField[] = [];
  if (draft.name.trim()) profile.name = draft.name.trim();
  if (draft.sector) profile.sector = draft.sector;
  for (const field of FIGURE_FIELDS) {
    if (!draft[field].trim()) continue;
    const value = parseVnd(draft[field]);
    if (value === undefined) invalid.push(field);
    else profile[field] = value;
  }
  const { sector, employees, revenue, capital } = profile;
  if (!sector || employees === undefined || (revenue === undefined && capital === undefined)) return { profile, invalid };
  const classification = classifyEnterprise({ sector, employees, revenue, capital });
  profile.size = classification.size;
  return { profile, invalid, classification };
}

/** A draft read back from storage, or `undefined` when the value is not one. */
export function toProfileDraft(value: unknown): ProfileDraft | undefined {
  if (value === undefined) return { ...EMPTY_PROFILE };
  if (typeof value !== 'object' || value === null) return undefined;
  const draft = { ...EMPTY_PROFILE, ...(value as Partial<ProfileDraft>) };
  const texts = [draft.name, draft.employees, draft.revenue, draft.capital];
  if (!texts.every((text) => typeof text === 'string')) return undefined;
  if (draft.sector !== '' && !ENTERPRISE_SECTORS.includes(draft.sector)) return undefined;
  return draft;
}
