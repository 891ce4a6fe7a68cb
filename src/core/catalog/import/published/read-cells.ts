import { lookupAlias, valueAliases } from '../column-spec';
import type { DeploymentMode, ProviderType } from '../../vocabulary';
import { labelKey } from './normalize-text';

const deploymentWords: [RegExp, DeploymentMode][] = [
  [/saas|云|雲|cloud|订阅/i, 'saas'],
  [/本地|私有|on-?prem|局域网/i, 'on-premises'],
  [/边缘|邊緣|edge/i, 'edge-box'],
  [/软硬|軟硬|硬件|硬體|hardware|一体机/i, 'hardware-software'],
];

/** "云端SaaS", "私有化部署", "本地+云" (the first named wins). Unknown text gives undefined. */
export function readDeployment(text: string): DeploymentMode | undefined {
  const exact = lookupAlias(valueAliases.deployment, text);
  if (exact) return exact as DeploymentMode;
  let best: { mode: DeploymentMode; at: number } | undefined;
  for (const [pattern, mode] of deploymentWords) {
    const at = text.search(pattern);
    if (at >= 0 && (!best || at < best.at)) best = { mode, at };
  }
  return best?.mode;
}

const providerWords: [RegExp, ProviderType][] = [
  [/运营商|電信|电信|移动|联通|telecom/i, 'telecom-operator'],
  [/集成|整合|integrat/i, 'system-integrator'],
  [/平台|platform/i, 'platform-operator'],
  [/设备|装备|制造商|設備|裝備|equipment|maker/i, 'equipment-maker'],
  [/院|所$|高校|大学|咨询|研究|institute|university|consult/i, 'research-institute'],
  [/软件|軟體|信息技术|科技|software/i, 'software-vendor'],
];

/** A provider-type cell ("软件服务商", "系统集成商", "运营商"). */
export function readProviderType(text: string): ProviderType | undefined {
  const exact = lookupAlias(valueAliases.providerType, text);
  if (exact) return exact as ProviderType;
  return providerWords.find(([pattern]) => pattern.test(text))?.[1];
}

/** Rows that are not entries: totals and footnotes ("注：价格仅供参考"). */
export function isNoteText(text: string): boolean {
  return (
    /^(注|备注|說明|说明|数据来源|来源|填表说明|合计|总计|小计|note|source|total)\s*[:：\d]/i.test(text.trim()) ||
    /^(合计|总计|小计|total)$/i.test(text.trim())
  );
}

const numbering =
  /^(?:[(（]?[一二三四五六七八九十百]+[)）、.．]|第[一二三四五六七八九十百\d]+[类部分章节]|[A-Za-z][、.．]|\d+[、．]|[(（]\d+[)）])\s*/;

/** "一、汽车及零部件" → "汽车及零部件"; undefined when the text does not look like a numbered heading. */
export function categoryText(text: string): string | undefined {
  const trimmed = text.trim();
  if (!numbering.test(trimmed)) return undefined;
  const rest = trimmed.replace(numbering, '').trim();
  return rest === '' || labelKey(rest) === '' ? undefined : rest;
}
