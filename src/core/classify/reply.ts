import type { Kind } from '../types.js';
import { normalizeText } from './simplify.js';

export interface ReplyReading {
  ack: boolean;
  done: Kind | 'any' | null;
  /** Names written on 接龙 lines ("1. 张三 已阅"), in order; empty when the reply is no 接龙. */
  names: string[];
}

// "收到" first (optionally after 好的/嗯), but not "收到请回复" (a demand) nor "收到的表" (a noun phrase).
const ACK = /^(?:好的|好|嗯|嗯嗯|ok|明白)?[\s,.!~、]*(?:已经?)?(?:收到|收悉|知悉|已阅)(?!请|的|后)/i;
const CHAIN_LINE = /^\s*\d{1,3}\s*[.、)]\s*([\u4e00-\u9fa5·]{2,5})/;

// Completion words: the most specific kind first, 'any' last.
const DONE: [RegExp, Kind | 'any'][] = [
  [/已经?(?:转发|分享|转载)/, 'repost'],
  [/已经?(?:打卡|签到|报平安)/, 'checkin'],
  [/已经?(?:报送|上报|填报|提交|报了|报齐|填写|上传|发送)/, 'report'],
  [/已经?(?:投票|点赞|评论|关注|观看|收看)|已点/, 'engage'],
  [/已经?(?:完成|办结|办完|落实|处理好|做完)|完成了|办好了|搞定/, 'any'],
];
const NEGATED =
  /(?:未|没有?|尚未|还没有?|不)(?:已经?)?(?:转发|打卡|签到|报送|上报|填报|提交|投票|点赞|完成|报)/;

export function parseReply(text: string): ReplyReading {
  const t = normalizeText(text).trim();
  const names: string[] = [];
  for (const line of t.split('\n')) {
    const m = CHAIN_LINE.exec(line);
    const name = m?.[1]?.replace(/(?:已|收到|参加|报名).*$/, '');
    if (name && name.length >= 2) names.push(name);
  }
  const chain =
    names.length > 0 && (/^接龙/.test(t) || names.length === t.split('\n').filter((l) => l.trim()).length);
  const question = /[?？吗]\s*$/.test(t) || /请回复|请接龙/.test(t);
  const ack = !question && (ACK.test(t) || chain);
  let done: Kind | 'any' | null = null;
  if (!question && !NEGATED.test(t)) {
    for (const [re, kind] of DONE) {
      if (re.test(t)) {
        done = kind;
        break;
      }
    }
  }
  return { ack, done, names: chain ? names : [] };
}
