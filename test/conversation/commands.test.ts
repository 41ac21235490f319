import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/core/understand/commands.js';

describe('parseCommand: forgiving wording', () => {
  it.each([
    ['完成 2', { name: 'complete', index: 2 }],
    ['完成第三项', { name: 'complete', index: 3 }],
    ['2 完成了', { name: 'complete', index: 2 }],
    ['第2个办好了！', { name: 'complete', index: 2 }],
    ['十二号搞定了', { name: 'complete', index: 12 }],
    ['我的任务', { name: 'inbox' }],
    ['任务', { name: 'inbox' }],
    ['清单', { name: 'inbox' }],
    ['看看我的待办', { name: 'inbox' }],
    ['还有啥任务', { name: 'inbox' }],
    ['今天', { name: 'today' }],
    ['今天有啥', { name: 'today' }],
    ['详情 2', { name: 'detail', index: 2 }],
    ['第2项的详情', { name: 'detail', index: 2 }],
    ['进度', { name: 'progress', index: null }],
    ['进度 2', { name: 'progress', index: 2 }],
    ['查进度3', { name: 'progress', index: 3 }],
    ['退订', { name: 'subscribe', on: false }],
    ['不要日报', { name: 'subscribe', on: false }],
    ['订阅', { name: 'subscribe', on: true }],
    ['帮助', { name: 'help' }],
    ['是任务', { name: 'feedback', isTask: true }],
    ['是的，是任务', { name: 'feedback', isTask: true }],
    ['不是任务', { name: 'feedback', isTask: false }],
    ['这不是任务。', { name: 'feedback', isTask: false }],
    ['2', { name: 'choose', index: 2 }],
    ['第一个', { name: 'choose', index: 1 }],
  ])('%s', (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });

  it.each([
    '请各村今天下午5点前报送值班表',
    '今天下午开会',
    '完成 0',
    '已转发',
    '收到',
    '任务很重',
    '2026年',
  ])('%s is no command', (text) => {
    expect(parseCommand(text)).toBeNull();
  });
});
