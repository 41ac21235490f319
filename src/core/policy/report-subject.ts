import { normalizeText } from './normalize.js';

// What a report asks for: the named form or figures, and the period they cover, so that two requests from
// different issuers can be compared. Scope words (本村, 辖区内) and filler are dropped; the period is kept apart.

export interface ReportSubject {
  form: string;
  /** Period tokens as written ('2026', '11月', '上月'), joined by '、'; '' when none is named. */
  period: string;
}

const NOUN =
  '(?:表格|表|花名册|名册|登记册|名单|台账|清单|目录|明细|方案|总结|报告|计划|年报|月报|周报|简报|档案|责任书|承诺书|协议书|数据|数量|人数|户数|长度|面积|金额|底数|情况|材料|信息)';
const CLAUSE = '[^，,。；;！!？?：:]';
// 报 as a verb, not inside 周报表/年报/报告/汇报.
const VERB =
  '(?:报送|上报|填报|提交|报来|速报|统计(?!表)|汇总(?!表)|提供|上传|整理|填写|更新|(?<![周月年日简快情汇通直])报(?![表告]))';
const OBJECT_AFTER_VERB = new RegExp(`${VERB}(${CLAUSE}*${NOUN})`, 'g');
const OBJECT_AFTER_JIANG = new RegExp(
  `(?:将|把)(${CLAUSE}*?)(?=${VERB}|发(?![放现布生展动挥])|交给|交至)`,
  'g',
);

const PERIOD = new RegExp(
  [
    '\\d{4}年度?',
    '\\d{4}-\\d{4}年度?',
    '\\d{1,2}月份?(?!\\d{1,2}日)',
    '上个?月|本月|当月|上个?周|本周|上季度|本季度|第[一二三四1-4]季度|上半年|下半年|今年|去年|本年度?|上年度?',
  ].join('|'),
  'g',
);

const SCOPE =
  /^(?:本|各|全|你们?|辖区内?|所在|该)(?:乡镇|镇|乡|村（社区）|村|社区|单位|部门|支部|网格|辖区|街道|县)?/;
const FILLER = /^(?:一下|好|上来|出来|在|于|的|内|目前|今天|今日|当天|本次|此次|这次|近期|最新|完成)/;
const GENERIC_STEM =
  /^(?:有关|相关|工作|落实|排查|检查|走访|问询|整改|进展|完成|开展|核查|摸排|推进|上述|以上|这些|此项|基本)*$/;

function cleanObject(raw: string): ReportSubject | null {
  const nounAt = [...raw.matchAll(new RegExp(NOUN, 'g'))].pop();
  if (!nounAt || nounAt.index === undefined) return null;
  let core = raw.slice(0, nounAt.index + nounAt[0].length);
  const periods = [...core.matchAll(PERIOD)].map((m) => m[0].replace(/份|度|个/g, ''));
  core = core.replace(PERIOD, '').replace(/的/g, '');
  for (let i = 0; i < 4; i++) core = core.replace(FILLER, '').replace(SCOPE, '');
  const stem = core.slice(0, core.length - nounAt[0].length);
  if (stem.length < 2 || GENERIC_STEM.test(stem)) return null;
  return { form: core, period: periods.join('、') };
}

function candidates(text: string): { at: number; raw: string }[] {
  const t = normalizeText(text)
    .replace(/（[^）]*）|\([^)]*\)/g, '')
    .replace(/[《》“”"']/g, '');
  const found: { at: number; raw: string }[] = [];
  for (const re of [OBJECT_AFTER_VERB, OBJECT_AFTER_JIANG]) {
    for (const m of t.matchAll(re)) if (m[1] && m.index !== undefined) found.push({ at: m.index, raw: m[1] });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The first named form or figures a report asks for, from the first source text that names one. */
export function parseReportSubject(texts: readonly string[]): ReportSubject | null {
  for (const text of texts) {
    for (const c of candidates(text)) {
      const subject = cleanObject(c.raw);
      if (subject) return subject;
    }
  }
  return null;
}

export function formatReportSubject(s: ReportSubject): string {
  return s.period ? `${s.form}（${s.period}）` : s.form;
}

/** Parses the string form back (also accepts a caller-made subject without a period). */
export function readReportSubject(s: string): ReportSubject {
  const m = /^(.*)（([^）]*)）$/.exec(s);
  return m ? { form: m[1] ?? s, period: m[2] ?? '' } : { form: s, period: '' };
}

/** The named form/figures + period a report asks for, normalised, for repeat detection. */
export function reportSubject(texts: string[]): string | null {
  const s = parseReportSubject(texts);
  return s ? formatReportSubject(s) : null;
}
