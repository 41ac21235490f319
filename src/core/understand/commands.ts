import { chineseNumber } from '../text/index.js';
// Direct-message commands to the bot, in forgiving wording ("完成 2", "2 完成了", "第2个办好了", "我的任务").
export type Command =
  | { name: 'complete'; index: number }
  | { name: 'inbox' }
  | { name: 'today' }
  | { name: 'detail'; index: number }
  | { name: 'progress'; index: number | null }
  | { name: 'subscribe'; on: boolean }
  | { name: 'help' }
  | { name: 'feedback'; isTask: boolean }
  /** A bare number: the answer to a question the bot asked ("which task did you mean?"). */
  | { name: 'choose'; index: number };

function toIndex(s: string): number {
  return chineseNumber(s) ?? Number.NaN;
}

const N = '(\\d{1,3}|[一二两三四五六七八九十]{1,2})';
const DONE = '(?:完成了?|做完了?|办好了?|办完了?|搞定了?|已完成|好了)';

export function parseCommand(text: string): Command | null {
  const t = text
    .normalize('NFKC')
    .replace(/[\s。！!，,.~～]+/g, ' ')
    .trim();
  const patterns: [RegExp, (m: RegExpExecArray) => Command][] = [
    [
      new RegExp(`^(?:完成|已完成|做完|办完)\\s*(?:第\\s*)?${N}\\s*(?:个|项|条)?$`),
      (m) => ({ name: 'complete', index: toIndex(m[1]!) }),
    ],
    [
      new RegExp(`^(?:第\\s*)?${N}\\s*(?:个|项|条|号)?\\s*${DONE}$`),
      (m) => ({ name: 'complete', index: toIndex(m[1]!) }),
    ],
    [
      new RegExp(`^(?:详情|详细|查看|看看?|来源)\\s*(?:第\\s*)?${N}\\s*(?:个|项|条)?$`),
      (m) => ({ name: 'detail', index: toIndex(m[1]!) }),
    ],
    [
      new RegExp(`^(?:第\\s*)?${N}\\s*(?:个|项|条|号)?\\s*(?:的)?(?:详情|详细|来源|是什么)$`),
      (m) => ({ name: 'detail', index: toIndex(m[1]!) }),
    ],
    [
      new RegExp(`^(?:选|选择)?\\s*(?:第\\s*)?${N}\\s*(?:个|项|条|号)?$`),
      (m) => ({ name: 'choose', index: toIndex(m[1]!) }),
    ],
    [
      new RegExp(`^(?:查看?)?(?:进度|完成情况)\\s*(?:第\\s*)?${N}?\\s*(?:个|项|条)?$`),
      (m) => ({ name: 'progress', index: m[1] ? toIndex(m[1]) : null }),
    ],
    [
      /^(?:查看?|看看?)?(?:我的)?(?:任务|清单|待办|任务清单|待办事项)(?:列表)?$|^还有(?:什么|啥)(?:任务|事)?$/,
      () => ({ name: 'inbox' }),
    ],
    [/^(?:今天|今日)(?:的任务|的|有什么|有啥|要做什么|要干啥|到期)?$/, () => ({ name: 'today' })],
    [/^(?:退订|取消订阅|退订日报|不要日报|关闭日报|别发日报了?)$/, () => ({ name: 'subscribe', on: false })],
    [/^(?:订阅|订阅日报|开启日报|恢复日报|打开日报)$/, () => ({ name: 'subscribe', on: true })],
    [/^(?:帮助|help|\?|？|怎么用)$/i, () => ({ name: 'help' })],
    [/^(?:是|对|是的)?\s*(?:这)?是(?:个)?任务$/, () => ({ name: 'feedback', isTask: true })],
    [/^(?:这)?(?:不是|不算)(?:个)?任务$/, () => ({ name: 'feedback', isTask: false })],
  ];
  for (const [re, make] of patterns) {
    const m = re.exec(t);
    if (m) {
      const c = make(m);
      if ('index' in c && c.index !== null && !(c.index >= 1)) return null;
      return c;
    }
  }
  return null;
}
