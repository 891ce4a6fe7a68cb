#!/usr/bin/env node
/**
 * Writes the guidance authored in scripts/framework-guidance/<framework>*.guide.txt into the bundled framework
 * files (assets/frameworks/<framework>.json), so the advice is data that the schema validates, not UI code.
 *
 * Table format, one block per target and level:
 *   @ <sub-domain or question id> <level>
 *   = <what the level looks like, zh-CN> | <en>
 *   - <first step, zh-CN> | <en>            (two or three)
 *   ~ <typical effort, zh-CN> | <en>
 *   % <question id> = <framework id> <sub-domain id>   (the question takes that sub-domain's guidance)
 *
 * zh-TW is derived from zh-CN: Taiwan usage for the words these texts use (資料, 軟體, 網路, 品質, 製程 … as
 * the framework files already say them), then OpenCC's character conversion (cn → tw, no phrase table: its
 * phrase table turns 参数 into 引數 and 设备 into 裝置). OpenCC is an authoring tool only, not a dependency:
 *   npm install --prefix /tmp/opencc opencc-js@1.4.2 && OPENCC_JS=/tmp/opencc/node_modules/opencc-js node scripts/framework-guidance/assemble.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const here = path.dirname(new URL(import.meta.url).pathname);
const frameworksDir = path.join(here, '../../assets/frameworks');
const require = createRequire(import.meta.url);
const OpenCC = require(process.env.OPENCC_JS ?? 'opencc-js');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Taiwan usage, applied to zh-CN before the character conversion; longer phrases first. */
const taiwanWords = [
  ['数字化', '數位化'],
  ['数据', '資料'],
  ['软件', '軟體'],
  ['硬件', '硬體'],
  ['网络', '網路'],
  ['信息化', '資訊化'],
  ['信息', '資訊'],
  ['质量', '品質'],
  ['质检', '品檢'],
  ['工艺', '製程'],
  ['视频', '影片'],
  ['打印', '列印'],
  ['服务器', '伺服器'],
  ['传感器', '感測器'],
  ['仿真', '模擬'],
  ['台账', '台帳'],
  ['二维码', '二維條碼'],
  ['扫码枪', '條碼掃描器'],
  ['网盘', '雲端硬碟'],
  ['U 盘', '隨身碟'],
  ['移动硬盘', '外接硬碟'],
  ['智能', '智慧'],
  ['在线', '線上'],
  ['项目', '專案'],
  ['程序', '程式'],
  ['默认', '預設'],
  ['屏', '螢幕'],
  ['平板', '平板電腦'],
  ['小程序', '小程式'],
  ['优化', '最佳化'],
  ['接口', '介面'],
  ['模块', '模組'],
  ['运营商', '電信業者'],
  ['质检员', '品檢員'],
  ['勒索病毒', '勒索軟體'],
  ['营收', '營收'],
  ['以太网口', '乙太網路埠'],
  ['网线', '網路線'],
  ['交换机', '交換器'],
  ['杀毒', '防毒'],
  ['云盘', '雲端硬碟'],
  ['云', '雲端'],
  ['移动', '行動'],
  ['帐', '帳'],
  ['账', '帳'],
  ['计划', '計劃'],
  ['周', '週'],
  ['里', '裡'],
  ['“', '「'],
  ['”', '」'],
  ['实时', '即時'],
  ['远程', '遠端'],
  ['反馈', '回饋'],
  ['跟踪', '追蹤'],
  ['设置', '設定'],
  ['导入', '匯入'],
  ['模板', '範本'],
  ['文档', '文件'],
  ['运行', '運轉'],
  ['响应', '回應'],
  ['合同', '合約'],
  ['通过', '透過'],
  ['带宽', '頻寬'],
  ['延时', '延遲'],
  ['立库', '立體倉庫'],
  ['纸质', '紙本'],
  [' U 盘', '隨身碟'],
  ['数字工程师', '數位工程師'],
  ['导出', '匯出'],
  ['伙伴', '夥伴'],
  ['存储', '儲存'],
  ['支持', '支援'],
  ['界面', '介面'],
  ['登录', '登入'],
  ['门户', '入口網站'],
  ['地址', '位址'],
  ['通信', '通訊'],
];
/** OpenCC's character choices that Taiwan usage writes otherwise here (台 as in 平台, 每台, 台帳; 出 misread as 齣). */
const afterConversion = [
  ['臺', '台'],
  ['齣', '出'],
];
function traditional(zh) {
  const text = zh;
  const words = [...taiwanWords].sort((a, b) => b[0].length - a[0].length);
  // One pass, longest word first at each position, so a replaced word is never replaced again.
  let out = '';
  for (let i = 0; i < text.length;) {
    const hit = words.find(([from]) => text.startsWith(from, i));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else {
      out += text[i];
      i += 1;
    }
  }
  let converted = toTraditional(out);
  for (const [from, to] of afterConversion) converted = converted.split(from).join(to);
  return converted;
}

const localized = (line, where) => {
  const [zh, en, ...rest] = line.split(' | ');
  if (!zh?.trim() || !en?.trim() || rest.length > 0) throw new Error(`${where}: expected "zh-CN | en", got "${line}"`);
  return { 'zh-CN': zh.trim(), en: en.trim(), 'zh-TW': traditional(zh.trim()) };
};

function parseTables(frameworkId) {
  const files = fs
    .readdirSync(here)
    .filter((f) => f.startsWith(frameworkId) && f.endsWith('.guide.txt'))
    .sort();
  const entries = new Map();
  const copies = [];
  for (const file of files) {
    let current;
    fs.readFileSync(path.join(here, file), 'utf8')
      .split('\n')
      .forEach((raw, index) => {
        const where = `${file}:${index + 1}`;
        const line = raw.trim();
        if (line === '' || line.startsWith('#')) return;
        const [mark, ...restParts] = line.split(' ');
        const rest = restParts.join(' ');
        if (mark === '%') {
          const match = /^(\S+) = (\S+) (\S+)$/.exec(rest);
          if (!match) throw new Error(`${where}: bad copy line`);
          copies.push({ target: match[1], framework: match[2], from: match[3] });
        } else if (mark === '@') {
          const [id, level] = rest.split(' ');
          current = { id, guidance: { level: Number(level), looksLike: undefined, firstSteps: [], effort: undefined } };
          const list = entries.get(id) ?? [];
          list.push(current.guidance);
          entries.set(id, list);
        } else if (!current) throw new Error(`${where}: text before the first "@" line`);
        else if (mark === '=') current.guidance.looksLike = localized(rest, where);
        else if (mark === '-') current.guidance.firstSteps.push(localized(rest, where));
        else if (mark === '~') current.guidance.effort = localized(rest, where);
        else throw new Error(`${where}: unknown line "${line}"`);
      });
  }
  return { entries, copies };
}

const tables = new Map(['cmmm-2020', 'sme-digital-2024', 'quick-check'].map((id) => [id, parseTables(id)]));
const ordered = (g) => ({ level: g.level, looksLike: g.looksLike, firstSteps: g.firstSteps, effort: g.effort });

for (const [frameworkId, { entries, copies }] of tables) {
  const file = path.join(frameworksDir, `${frameworkId}.json`);
  const framework = JSON.parse(fs.readFileSync(file, 'utf8'));
  const forTarget = new Map(entries);
  for (const copy of copies) forTarget.set(copy.target, tables.get(copy.framework)?.entries.get(copy.from) ?? []);
  const used = new Set();
  const attach = (node) => {
    const list = forTarget.get(node.id);
    if (!list) return;
    node.guidance = [...list].sort((a, b) => a.level - b.level).map(ordered);
    used.add(node.id);
  };
  if (frameworkId === 'quick-check') framework.questions.forEach(attach);
  else for (const element of framework.elements) for (const domain of element.domains) domain.subDomains.forEach(attach);
  const unknown = [...forTarget.keys()].filter((id) => !used.has(id));
  if (unknown.length > 0) throw new Error(`${frameworkId}: guidance for unknown ids ${unknown.join(', ')}`);
  fs.writeFileSync(file, `${JSON.stringify(framework, null, 1)}\n`);
  console.log(`${frameworkId}: guidance for ${used.size} targets`);
}
