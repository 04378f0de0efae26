import { AGENCY_KINDS, type AgencyKind, UNIT_KINDS, type UnitKind } from '../../shared/enums.ts';
import type { TranslateFn } from './language-provider.tsx';
import { isMessageKey } from './translate.ts';

/** True when `kind` is a known unit kind (the session carries it as a plain string). */
export function isUnitKind(kind: string): kind is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(kind);
}

/** True when `kind` is a known agency kind. */
export function isAgencyKind(kind: string): kind is AgencyKind {
  return (AGENCY_KINDS as readonly string[]).includes(kind);
}

/** "Tỉnh", "Phường"...: the unit kind in the current language, or the raw value if unknown. */
export function unitKindLabel(kind: string, t: TranslateFn): string {
  return isUnitKind(kind) ? t(`unitKind.${kind}`) : kind;
}

/** The agency kind in the current language, or the raw value if unknown. */
export function agencyKindLabel(kind: string, t: TranslateFn): string {
  return isAgencyKind(kind) ? t(`agencyKind.${kind}`) : kind;
}

/** A label from the catalog under `prefix.value` when there is one, otherwise the value itself. */
export function labelOrValue(prefix: string, value: string, t: TranslateFn): string {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? t(key) : value;
}
