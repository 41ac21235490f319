// Which channel reaches a person: WeCom app messages where the person is on WeCom (reliable, markdown),
// otherwise the WeChat bot. A sender needs the person's account on the platform, so confirmed
// identities decide first; the platforms of their groups only when no account is bound yet.

export type Channel = 'wechat' | 'wecom-app';

export function channelFor(
  identityPlatforms: Iterable<string>,
  groupPlatforms: Iterable<string>,
  wecomAppConfigured: boolean,
): Channel {
  const bound = new Set(identityPlatforms);
  const set = bound.has('wechat') || bound.has('wecom') ? bound : new Set(groupPlatforms);
  if (set.has('wecom') && (wecomAppConfigured || !set.has('wechat'))) return 'wecom-app';
  return 'wechat';
}
