// The puppet comes from configuration, never from code: the package named by WECHATY_PUPPET is
// imported by name and given WECHATY_PUPPET_SERVICE_TOKEN when one is set.
import type { Config } from '../src/config.js';

type PuppetClass = new (options?: Record<string, unknown>) => object;

export async function loadPuppet(w: Config['wechaty']): Promise<object> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(w.puppet)) as Record<string, unknown>;
  } catch (err) {
    throw new Error(
      `WECHATY_PUPPET=${w.puppet}: the package is not installed (npm install ${w.puppet}). ${err instanceof Error ? err.message : ''}`,
    );
  }
  const Ctor = [
    mod.default,
    ...Object.entries(mod)
      .filter(([k]) => /^Puppet/.test(k))
      .map(([, v]) => v),
  ].find((v): v is PuppetClass => typeof v === 'function');
  if (!Ctor) throw new Error(`WECHATY_PUPPET=${w.puppet}: no puppet class exported`);
  return new Ctor(w.puppetToken ? { token: w.puppetToken } : {});
}
