// The bot's spool on its own: order across segments and restarts, a line cut short by a crash, and
// batches the service refuses for good set aside instead of blocking the rest.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Spool, type Verdict } from '../../bots/spool.js';

describe('the spool', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'qingdan-spool-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('delivers in order across drains and restarts, and forgets only what was taken', async () => {
    const dir = tmp();
    const a = new Spool<number>(dir);
    for (const n of [1, 2, 3]) await a.append(n);
    const got: number[] = [];
    let answer: Verdict = 'ok';
    const deliver = async (b: number[]) => {
      if (answer === 'ok') got.push(...b);
      return answer;
    };
    expect(await a.drain(deliver, 2)).toEqual({ delivered: 3, done: true });
    await a.append(4);
    await a.append(5);
    answer = 'retry';
    expect(await a.drain(deliver, 2)).toEqual({ delivered: 0, done: false });

    const b = new Spool<number>(dir);
    await b.append(6);
    expect(await b.pending()).toEqual([4, 5, 6]);
    answer = 'ok';
    expect(await b.drain(deliver, 1)).toEqual({ delivered: 3, done: true });
    expect(got).toEqual([1, 2, 3, 4, 5, 6]);
    expect(readdirSync(dir).filter((f) => f.startsWith('seg-'))).toEqual([]);
  });

  it('skips a line cut short by a crash and sets refused batches aside', async () => {
    const dir = tmp();
    const a = new Spool<{ n: number }>(dir);
    await a.append({ n: 1 });
    const [seg] = readdirSync(dir);
    appendFileSync(join(dir, seg!), '{"n": 2, "tru');
    const b = new Spool<{ n: number }>(dir);
    await b.append({ n: 3 });
    expect(await b.pending()).toEqual([{ n: 1 }, { n: 3 }]);
    const r = await b.drain(async (batch) => (batch[0]!.n === 1 ? 'reject' : 'ok'), 1);
    expect(r).toEqual({ delivered: 1, done: true });
    expect(readFileSync(join(dir, 'rejected.jsonl'), 'utf8')).toBe('{"n":1}\n');
  });
});
