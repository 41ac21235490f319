// The weekly report for the county's burden-reduction office: the county, then each township in
// roster order (organisations, never people), as markdown to read and CSV to keep.
import { explainFlag } from '../policy/index.js';
import { KIND_LABELS, percent } from './labels.js';
import type { BurdenView } from './types.js';

export interface BurdenReport {
  county: BurdenView;
  townships: BurdenView[];
}

function summaryLines(v: BurdenView): string[] {
  return [
    `- 指令消息到人 ${v.messages} 人次（各群共出现 ${v.messagesInGroups} 人次），合并后任务到人 ${v.personTasks} 人次，合并转发和提醒 ${v.merged} 人次`,
    `- 涉及不同任务 ${v.tasks} 项，其中带减负规定提示的 ${v.flagged.length} 项，重复报送 ${v.repeatData.tasks} 项`,
    `- 休息时间（晚9点至早7点、休息日）收到的非紧急指令 ${v.afterHours.messages} 人次，占 ${percent(v.afterHours.share)}`,
  ];
}

export function reportMarkdown(r: BurdenReport): string {
  const c = r.county;
  const out = [`# ${c.scope.name}基层减负周报（${c.week.label}，${c.week.from} 至 ${c.week.to}）`, ''];
  out.push('## 总体情况', ...summaryLines(c), '');
  out.push(
    '## 按发文单位',
    '',
    '| 单位 | 任务（项） | 到人（人次） | 带提示（项） |',
    '|---|---:|---:|---:|',
  );
  for (const i of c.byIssuer) out.push(`| ${i.name} | ${i.tasks} | ${i.messages} | ${i.flaggedTasks} |`);
  if (c.byIssuer.length === 0) out.push('| （本周无） | 0 | 0 | 0 |');
  out.push('', '## 按任务类型', '');
  out.push(c.byKind.map((k) => `${KIND_LABELS[k.kind]} ${k.tasks} 项`).join('，') || '本周无任务', '');
  out.push('## 按减负规定', '', '| 规定 | 任务（项） | 说明 |', '|---|---:|---|');
  for (const rule of c.byRule)
    out.push(`| ${rule.title} | ${rule.tasks} | ${explainFlag(rule.flag)?.explanation ?? ''} |`);
  if (c.flagged.length > 0) {
    out.push('', '## 带提示的任务', '');
    for (const t of c.flagged) {
      const titles = t.flags.map((f) => explainFlag(f)?.title ?? f).join('、');
      out.push(`- ${t.title}（${t.issuer}）：${titles}`);
    }
  }
  if (r.townships.length > 0) {
    out.push(
      '',
      '## 各乡镇收到的情况',
      '',
      '| 乡镇 | 到人（人次） | 合并后（人次） | 任务（项） | 休息时间占比 |',
    );
    out.push('|---|---:|---:|---:|---:|');
    for (const t of r.townships)
      out.push(
        `| ${t.scope.name} | ${t.messages} | ${t.personTasks} | ${t.tasks} | ${percent(t.afterHours.share)} |`,
      );
  }
  out.push('', '注：按发文单位汇总，不对个人排名；提示针对要求本身，不评价任何人。', '');
  return out.join('\n');
}

const CSV_HEADER = ['周', '范围', '类别', '项目', '数值'];

function cell(v: string | number): string {
  const s = String(v);
  // Quote when needed, and defuse formulas a spreadsheet would run.
  const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function viewRows(v: BurdenView): (string | number)[][] {
  const row = (category: string, item: string, value: string | number) => [
    v.week.label,
    v.scope.name,
    category,
    item,
    value,
  ];
  return [
    row('总量', '指令消息到人（人次）', v.messages),
    row('总量', '群内指令消息（人次）', v.messagesInGroups),
    row('总量', '合并后任务到人（人次）', v.personTasks),
    row('总量', '合并的转发和提醒（人次）', v.merged),
    row('总量', '不同任务（项）', v.tasks),
    row('总量', '休息时间非紧急指令（人次）', v.afterHours.messages),
    row('总量', '休息时间占比', v.afterHours.share.toFixed(3)),
    row('总量', '重复报送（项）', v.repeatData.tasks),
    ...v.byKind.map((k) => row('任务类型', KIND_LABELS[k.kind], k.tasks)),
    ...v.byIssuer.map((i) => row('发文单位（项）', i.name, i.tasks)),
    ...v.byRule.map((r) => row('减负规定（项）', r.title, r.tasks)),
  ];
}

export function reportCsv(r: BurdenReport): string {
  const rows = [CSV_HEADER, ...viewRows(r.county), ...r.townships.flatMap(viewRows)];
  // A BOM so that Excel opens the Chinese text correctly.
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
