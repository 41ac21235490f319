// A durable local spool: every message the bot receives is appended (and fsync'd) here before it is
// sent on, so nothing is lost when the service or the bot restarts. Append-only JSONL segments;
// a segment's `.ack` file records how many lines the service has taken (2xx), and a segment goes
// away only when all of it has been taken. Delivery is in order; a repeat is harmless (ingest is idempotent).
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export type Verdict = 'ok' | 'retry' | 'reject';

const SEGMENT = /^seg-(\d{12})\.jsonl$/;

export class Spool<T> {
  private next = 0;
  private current?: string;
  private chain: Promise<unknown> = Promise.resolve();
  private opened = false;

  constructor(readonly dir: string) {}

  private async open(): Promise<void> {
    if (this.opened) return;
    await mkdir(this.dir, { recursive: true });
    const numbers = (await this.segments()).map((s) => Number(SEGMENT.exec(s)![1]));
    this.next = numbers.length ? Math.max(...numbers) + 1 : 1;
    this.opened = true;
  }

  private async segments(): Promise<string[]> {
    return (await readdir(this.dir)).filter((f) => SEGMENT.test(f)).sort();
  }

  /** Runs writes one at a time, in call order. */
  private serial<R>(fn: () => Promise<R>): Promise<R> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Appends one record durably; resolves once it is on disk. */
  append(record: T): Promise<void> {
    return this.serial(async () => {
      await this.open();
      if (!this.current) {
        this.current = `seg-${String(this.next++).padStart(12, '0')}.jsonl`;
        await writeSynced(join(this.dir, this.current), '');
        await syncDir(this.dir);
      }
      await writeSynced(join(this.dir, this.current), `${JSON.stringify(record)}\n`);
    });
  }

  /** Records not yet taken by the service, oldest first. */
  async pending(): Promise<T[]> {
    await this.serial(() => this.open());
    const out: T[] = [];
    for (const seg of await this.segments()) {
      const { records, acked } = await this.readSegment(seg);
      out.push(...records.slice(acked));
    }
    return out;
  }

  /**
   * Hands the pending records, in order and in batches, to `deliver`. Stops at the first 'retry';
   * 'reject' (the service will never take them) moves the batch to rejected.jsonl.
   */
  async drain(
    deliver: (batch: T[]) => Promise<Verdict>,
    batchSize = 50,
  ): Promise<{ delivered: number; done: boolean }> {
    // New appends go to a fresh segment, so the ones drained here no longer change.
    await this.serial(async () => {
      await this.open();
      this.current = undefined;
    });
    let delivered = 0;
    for (const seg of await this.segments()) {
      const { records, acked } = await this.readSegment(seg);
      let taken = acked;
      while (taken < records.length) {
        const batch = records.slice(taken, taken + batchSize);
        const verdict = await deliver(batch);
        if (verdict === 'retry') return { delivered, done: false };
        if (verdict === 'reject') await writeSynced(join(this.dir, 'rejected.jsonl'), lines(batch));
        else delivered += batch.length;
        taken += batch.length;
        await writeSynced(join(this.dir, `${seg}.ack`), `${taken}\n`);
      }
      await rm(join(this.dir, seg), { force: true });
      await rm(join(this.dir, `${seg}.ack`), { force: true });
    }
    return { delivered, done: true };
  }

  private async readSegment(seg: string): Promise<{ records: T[]; acked: number }> {
    const text = await readFile(join(this.dir, seg), 'utf8');
    const records: T[] = [];
    // A line cut short by a crash mid-write has no newline: it was never acknowledged to anyone.
    for (const line of text.split('\n').slice(0, -1)) {
      if (!line) continue;
      try {
        records.push(JSON.parse(line) as T);
      } catch {
        // A damaged line is skipped rather than blocking every message behind it.
      }
    }
    let acked = 0;
    try {
      const ack = (await readFile(join(this.dir, `${seg}.ack`), 'utf8')).trim().split('\n').at(-1);
      acked = Number(ack) || 0;
    } catch {
      acked = 0;
    }
    return { records, acked };
  }
}

const lines = (xs: unknown[]) => xs.map((x) => `${JSON.stringify(x)}\n`).join('');

async function writeSynced(path: string, text: string): Promise<void> {
  const fh = await open(path, 'a');
  try {
    if (text) await fh.write(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Some file systems refuse to fsync a directory; the file itself is synced.
  }
}
