// The text of one push: a reminder before a deadline, a notice that it has passed, word of an urgent
// task — or several of them at once, when they fall due together.
import type { DueItem } from './due.js';
import { leftText, shortTitle, whenText } from './format.js';
import { type Rendered, render } from './render.js';

const HINT = '办完后发“清单”可查看和标记完成。';

export function composePush(items: DueItem[], now: number): Rendered {
  const [only] = items;
  if (items.length === 1 && only) {
    const text = single(only, now);
    return { text, markdown: only.urgent ? `<font color="warning">${text}</font>` : text };
  }
  const of = (p: DueItem['purpose']) => items.filter((i) => i.purpose === p);
  const sections = [
    { heading: '急办', lines: of('urgent').map((i) => ({ text: shortTitle(i.task.title), warn: true })) },
    {
      heading: '快到截止时间',
      lines: of('reminder').map((i) => ({
        text: `${shortTitle(i.task.title)}（${whenText(i.deadlineMs!, now)}）`,
        warn: i.urgent,
      })),
    },
    {
      heading: '已过截止时间',
      lines: of('overdue').map((i) => ({
        text: `${shortTitle(i.task.title)}（${whenText(i.deadlineMs!, now)}）`,
        warn: true,
      })),
    },
  ];
  return render(`你有${items.length}项待办需要留意`, sections, [HINT]);
}

function single(item: DueItem, now: number): string {
  const title = shortTitle(item.task.title, 30);
  switch (item.purpose) {
    case 'urgent':
      return `【急】「${title}」要求尽快办理。${HINT}`;
    case 'reminder': {
      const d = item.deadlineMs!;
      const verb = item.task.kind === 'meeting' ? '开始' : '截止';
      return `提醒：「${title}」${whenText(d, now)}${verb}，还有${leftText(d - now)}。${HINT}`;
    }
    case 'overdue':
      return `「${title}」已过截止时间（${whenText(item.deadlineMs!, now)}），还没有收到你的完成情况。如已办完，发“清单”标记完成。`;
  }
}
