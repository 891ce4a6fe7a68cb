import type { TFunction } from 'i18next';

/* The defect types the bundled drill set names (assets); a type the set adds later reads as "type not given". */
const drillTypeKeys = { spot: 'drill.type.spot', scratch: 'drill.type.scratch' } as const;

const isNamedType = (type: string): type is keyof typeof drillTypeKeys => Object.hasOwn(drillTypeKeys, type);

/** The name of a drill part's defect type, in the `training` namespace. */
export function drillTypeName(t: TFunction<'training'>, type: string | undefined): string {
  return type !== undefined && isNamedType(type) ? t(drillTypeKeys[type]) : t('drill.type.unknown');
}
