// Small factories for test data: a county roster and messages, written for the tests (not the corpus).

import type { Config } from '../../src/config.js';
import { parseConfig } from '../../src/config.js';
import type { InboundMessageInput } from '../../src/core/inbound-schema.js';

export const INGEST_TOKEN = 'test-ingest-token-0123456789';
export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return parseConfig({ INGEST_TOKEN, ADMIN_TOKEN, ...overrides });
}

export function roster() {
  return {
    timezone: 'Asia/Shanghai',
    bot: 'bot',
    orgs: [
      { id: 'c1', name: '青松县', level: 'county', parent: null },
      { id: 'c1-t1', name: '河口镇', level: 'township', parent: 'c1' },
      { id: 'c1-v1', name: '柳树村', level: 'village', parent: 'c1-t1' },
      { id: 'c1-v2', name: '杏花社区', level: 'village', parent: 'c1-t1' },
      { id: 'c1-d1', name: '青松县民政局', level: 'county', parent: 'c1' },
    ],
    people: [
      { id: 'u1', name: '高明', title: '县民政局科员', org: 'c1-d1', role: 'official' },
      { id: 'u2', name: '林海', title: '党委书记', org: 'c1-t1', role: 'leader' },
      { id: 'u3', name: '何芳', title: '党政办主任', org: 'c1-t1', role: 'leader' },
      { id: 'u4', name: '宋春', title: '村党支部书记', org: 'c1-v1', role: 'cadre' },
      { id: 'u5', name: '唐秋', title: '网格员', org: 'c1-v1', role: 'cadre' },
      { id: 'u6', name: '马冬', title: '社区党委书记', org: 'c1-v2', role: 'cadre' },
      { id: 'u7', name: '韦夏', title: '文书', org: 'c1-v2', role: 'cadre' },
    ],
    groups: [
      { id: 'k1', platform: 'wechat', name: '青松县联络群', members: ['bot', 'u1', 'u2', 'u3'] },
      {
        id: 'k2',
        platform: 'wechat',
        name: '河口镇工作群',
        members: ['bot', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'],
      },
      { id: 'k3', platform: 'wecom', name: '柳树村两委群', members: ['bot', 'u3', 'u4', 'u5'] },
    ],
  };
}

let n = 0;
export function message(fields: Partial<InboundMessageInput> = {}): InboundMessageInput {
  n++;
  return {
    id: `msg-${n}-${Math.random().toString(36).slice(2, 8)}`,
    at: '2026-12-07T09:00:00+08:00',
    platform: 'wechat',
    group: 'k2',
    sender: 'u3',
    type: 'text',
    text: '好的',
    ...fields,
  };
}
