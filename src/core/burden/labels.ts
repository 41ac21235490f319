import type { Kind } from '../types.js';

export const KIND_LABELS: Record<Kind, string> = {
  meeting: '会议培训',
  report: '填报报送',
  checkin: '打卡签到',
  repost: '转发分享',
  engage: '点赞投票学习',
  task: '具体工作',
  ack: '回复确认',
};

export const SCOPE_LABELS = { county: '全县', township: '乡镇', person: '本人' } as const;

/** "37%" — shares are shown whole, as a clerk would write them. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
