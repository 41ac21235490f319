// The pure first step of understanding: what a message is, before looking at any stored task.
import {
  type AddresseeSpec,
  type ChangeCue,
  classify,
  detectChange,
  parseAddressees,
  parseReply,
} from '../classify/index.js';
import { fingerprint, keyFacts } from '../text/index.js';
import { readTime, type TimeReading } from '../time/index.js';
import type { InboundMessage, Kind, OfficeHours, Requirement } from '../types.js';
import { type Command, parseCommand } from './commands.js';

export interface DirectiveReading {
  type: 'directive';
  text: string;
  kind: Kind;
  requires: Requirement[];
  time: TimeReading;
  change: ChangeCue | null;
  specs: AddresseeSpec[];
  norm: string;
  bands: string[];
  facts: Record<string, string[]>;
}

export type MessageReading =
  | DirectiveReading
  | { type: 'reply'; ack: boolean; done: Kind | 'any' | null }
  | { type: 'command'; command: Command }
  | { type: 'image' }
  | { type: 'none' };

export interface ReadOptions {
  officeHours?: OfficeHours;
}

export function readMessage(msg: InboundMessage, opts: ReadOptions = {}): MessageReading {
  if (msg.type === 'image') return { type: 'image' };
  if (msg.type !== 'text' || !msg.text?.trim()) return { type: 'none' };
  const text = msg.text;
  const direct = msg.group === null;
  if (direct && !msg.forwarded) {
    const command = parseCommand(text);
    if (command) return { type: 'command', command };
  }
  const c = classify(text);
  if (c.directive && c.kind) {
    const fp = fingerprint(text);
    return {
      type: 'directive',
      text,
      kind: c.kind,
      requires: c.requires,
      time: readTime(text, msg.at, { officeHours: opts.officeHours, kind: c.kind }),
      change: detectChange(text),
      specs: parseAddressees(text),
      norm: fp.norm,
      bands: fp.bands,
      facts: { ...keyFacts(text) },
    };
  }
  const r = parseReply(text);
  if (r.ack || r.done) return { type: 'reply', ack: r.ack, done: r.done };
  return { type: 'none' };
}
