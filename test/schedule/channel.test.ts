// Which channel a push takes.
import { describe, expect, it } from 'vitest';
import { channelFor } from '../../src/core/digest/index.js';

describe('channel of a person', () => {
  it('prefers the WeCom app for people on WeCom when the app is configured', () => {
    expect(channelFor([], ['wechat', 'wecom'], true)).toBe('wecom-app');
    expect(channelFor([], ['wechat', 'wecom'], false)).toBe('wechat');
  });
  it('uses WeCom for people only on WeCom, and WeChat otherwise', () => {
    expect(channelFor([], ['wecom'], false)).toBe('wecom-app');
    expect(channelFor([], ['wechat'], true)).toBe('wechat');
    expect(channelFor([], [], true)).toBe('wechat');
  });
  it('goes where the person has a bound account, whatever their groups', () => {
    expect(channelFor(['wechat'], ['wecom'], true)).toBe('wechat');
    expect(channelFor(['wecom'], ['wechat'], false)).toBe('wecom-app');
  });
});
