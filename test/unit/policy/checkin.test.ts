import { describe, expect, it } from 'vitest';
import { policyFlags } from '../../../src/core/policy/index.js';
import { view } from './view.js';

const has = (t: Parameters<typeof policyFlags>[0]) => policyFlags(t, []).includes('policy:checkin');

describe('policy:checkin', () => {
  it('flags a recurring check-in of ordinary work', () => {
    const t = view({
      kind: 'checkin',
      recurrence: 'FREQ=DAILY',
      texts: ['各村干部：从下周起每天早上8点半前到岗后在群里签到，并发一张办公室照片。'],
    });
    expect(has(t)).toBe(true);
  });
  it('flags a recurring check-in even when the recurrence was not parsed', () => {
    const t = view({ kind: 'checkin', texts: ['驻村工作队员每日中午在群内报到。'] });
    expect(has(t)).toBe(true);
  });
  it('does not flag a one-off sign-in', () => {
    const t = view({ kind: 'checkin', texts: ['参加培训的同志请到场后扫码签到。'] });
    expect(has(t)).toBe(false);
  });
  it('does not flag a daily check-in of a flood watch, forest-fire patrol or emergency duty', () => {
    const duties = [
      '汛期各村防汛值守人员每天晚上10点在群里报岗。',
      '护林员每天巡山后在群里打卡。',
      '春节期间应急值班人员每日8点前签到。',
      '大型活动期间安保人员每天到岗打卡。',
      '清明防火关键期，网格员每天对责任山场开展巡查，巡查后打卡。',
      '暴雪预警期间，村值班人员每天早晚两次在群里报岗。',
    ];
    for (const text of duties) {
      expect(has(view({ kind: 'checkin', recurrence: 'FREQ=DAILY', texts: [text] }))).toBe(false);
    }
  });
  it('flags an ordinary daily check-in although a safety office is named', () => {
    const t = view({
      kind: 'checkin',
      recurrence: 'FREQ=DAILY',
      texts: ['按县防汛抗旱指挥部办公室要求，机关干部每天上班后在群里发定位签到。'],
    });
    expect(has(t)).toBe(true);
  });
  it('flags a standing demand to reply within minutes, whatever the kind', () => {
    const a = view({ kind: 'ack', texts: ['今后群内所有通知，各村须在10分钟内回复收到。'] });
    const b = view({ kind: 'task', texts: ['工作时间内群消息请即时回复，不得无故不回。'] });
    expect(has(a)).toBe(true);
    expect(has(b)).toBe(true);
  });
  it('does not flag a one-off demand to answer within minutes', () => {
    const t = view({ kind: 'report', texts: ['请15分钟内回复明天参会人数。'] });
    expect(has(t)).toBe(false);
  });
  it('does not flag an instant-reply rule of an emergency duty roster', () => {
    const t = view({
      kind: 'task',
      texts: ['汛期应急值班期间，值班电话和群消息须5分钟内回复，一律不得脱岗。'],
    });
    expect(has(t)).toBe(false);
  });
});
