import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/text/index.js';
import { ackTarget, doneTarget, findReferencedTask } from '../../../src/core/understand/targets.js';
import type { SourceView, TaskView } from '../../../src/core/understand/views.js';

let seq = 0;
function source(text: string, at: string, groupId = 'g'): SourceView {
  return {
    messageId: `m${seq}`,
    groupId,
    senderId: 'boss',
    at,
    role: 'original',
    text,
    norm: normalize(text),
    addressees: [],
  };
}
function task(text: string, at: string, fields: Partial<TaskView> = {}): TaskView {
  seq++;
  return {
    id: `t${seq}`,
    seq,
    title: text.slice(0, 10),
    kind: 'report',
    deadline: null,
    recurrence: null,
    requires: [],
    flags: [],
    status: 'open',
    issuerId: 'boss',
    firstSeenAt: at,
    sources: [source(text, at)],
    assignees: ['me'],
    completions: [],
    ...fields,
  };
}

describe('which task a reminder or change refers to', () => {
  const stoves = task('各村：请于周五前报送冬季燃煤取暖户排查登记表。', '2026-12-07T09:00:00+08:00');
  const gas = task('各村：请于周五前报送瓶装燃气用户安全排查登记表。', '2026-12-07T09:30:00+08:00');
  const annex1 = task(
    '各乡镇：请于12月10日前报送五保户年度核查汇总表（附件1）。',
    '2026-12-07T10:00:00+08:00',
  );
  const annex2 = task(
    '各乡镇：请于12月10日前报送残疾人补贴年度核查汇总表（附件2）。',
    '2026-12-07T10:30:00+08:00',
  );

  it('picks the task whose form the reminder names, not the most recent one', () => {
    const t = findReferencedTask('再提醒一下，燃煤取暖户登记表今天下班前报齐。', [stoves, gas]);
    expect(t?.id).toBe(stoves.id);
  });

  it('refuses a task whose annex number contradicts the change', () => {
    const t = findReferencedTask('汇总表（附件1）报送时间延期至12月18日。', [annex2, annex1]);
    expect(t?.id).toBe(annex1.id);
  });

  it('finds nothing when the message names nothing posted', () => {
    expect(findReferencedTask('再提醒一下，请抓紧。', [stoves, gas])).toBeNull();
  });
});

describe('which task a reply completes (section 7)', () => {
  const at = '2026-12-07T12:00:00+08:00';
  const askAck = task('请各村书记明天上午9点到镇里开会，收到请回复。', '2026-12-07T08:00:00+08:00', {
    kind: 'meeting',
    requires: ['ack'],
  });
  const laterAck = task('请各村今天内报送人数，收到请回复。', '2026-12-07T10:00:00+08:00', {
    requires: ['ack'],
  });
  const repost = task('请转发至朋友圈。', '2026-12-07T11:00:00+08:00', { kind: 'repost' });

  it('gives an unquoted 收到 to the latest posted task asking for it', () => {
    expect(ackTarget('me', 'g', null, false, [askAck, laterAck, repost])?.id).toBe(laterAck.id);
  });

  it('gives a quoted 收到 to the quoted task only when it asks for acknowledgement', () => {
    expect(ackTarget('me', 'g', askAck, true, [askAck, laterAck])?.id).toBe(askAck.id);
    expect(ackTarget('me', 'g', repost, true, [askAck, repost])).toBeNull();
  });

  it('lets only assignees complete', () => {
    expect(ackTarget('stranger', 'g', null, false, [askAck, laterAck])).toBeNull();
  });

  it('matches 已转发 to the person’s undone task of that kind', () => {
    const done = task('请转发公众号文章至朋友圈。', '2026-12-07T11:30:00+08:00', {
      kind: 'repost',
      completions: [{ personId: 'me', status: 'done', occurrence: '', at }],
    });
    expect(doneTarget('me', 'g', 'repost', null, false, [repost, done, laterAck], at)?.id).toBe(repost.id);
    expect(doneTarget('me', 'g', 'checkin', null, false, [repost, laterAck], at)).toBeNull();
  });
});
