// The board as a spreadsheet: one row per task and person, UTF-8 with a BOM so Excel reads the Chinese.
import type { Roster } from '../core/types.js';
import { isoLocal } from '../core/understand/occurrence.js';
import { displayTitle, KIND_LABEL } from './format.js';
import { STATE_LABEL, type TaskProgress } from './progress.js';

const HEADER = [
  '任务',
  '类型',
  '截止时间',
  '发布人',
  '单位',
  '姓名',
  '职务',
  '状态',
  '完成/收到时间',
  '是否逾期',
];

/** Quotes a cell, and defuses cells a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const local = (iso: string | null) => (iso ? isoLocal(Date.parse(iso)).slice(0, 16).replace('T', ' ') : '');

export function boardCsv(items: TaskProgress[], roster: Roster): string {
  const lines = [HEADER];
  for (const item of items) {
    const t = item.task;
    const issuer = roster.people.find((p) => p.id === t.issuerId)?.name ?? '';
    for (const g of item.byOrg)
      for (const r of g.rows)
        lines.push([
          displayTitle(t.title),
          KIND_LABEL[t.kind],
          local(item.deadline),
          issuer,
          r.orgName,
          r.name,
          r.title,
          t.status === 'cancelled' ? '已取消' : STATE_LABEL[r.state],
          local(r.at),
          item.overdue && r.state !== 'done' ? '是' : '',
        ]);
  }
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
