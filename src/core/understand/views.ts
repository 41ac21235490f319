// What the understanding code is shown of the stored state: plain data loaded by the ingest service.
import type { Kind, Requirement } from '../types.js';

export type SourceRole = 'original' | 'relay' | 'reminder' | 'change' | 'cancel' | 'forward';

export interface SourceView {
  messageId: string;
  groupId: string | null;
  senderId: string;
  at: string;
  role: SourceRole;
  text: string;
  norm: string;
  addressees: string[];
}

export interface CompletionView {
  personId: string;
  status: 'ack' | 'done';
  occurrence: string;
  at: string;
}

export interface TaskView {
  id: string;
  seq: number;
  title: string;
  kind: Kind;
  deadline: string | null;
  recurrence: string | null;
  requires: Requirement[];
  flags: string[];
  status: 'open' | 'cancelled';
  issuerId: string | null;
  firstSeenAt: string;
  sources: SourceView[];
  assignees: string[];
  completions: CompletionView[];
}

/** The latest time a task was posted in a group (a relay or reminder counts as a posting); null if never. */
export function lastPostedIn(task: TaskView, groupId: string | null): string | null {
  let last: string | null = null;
  for (const s of task.sources) {
    if (groupId !== null && s.groupId !== groupId) continue;
    if (last === null || Date.parse(s.at) > Date.parse(last)) last = s.at;
  }
  return last;
}
