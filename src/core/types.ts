// Shared vocabulary of the core. Pure data: no I/O, no imports of db/ or transports.

export type OrgLevel = 'county' | 'township' | 'village';
export type Role = 'official' | 'leader' | 'cadre';
export type Platform = 'wechat' | 'wecom' | 'api';

export interface Org {
  id: string;
  name: string;
  level: OrgLevel;
  parent: string | null;
}

export interface Person {
  id: string;
  name: string;
  title: string;
  org: string;
  role: Role;
}

export interface Group {
  id: string;
  platform: string;
  name: string;
  members: string[];
}

/** A county's roster, as in the corpus `roster.json`. */
export interface Roster {
  timezone?: string;
  bot: string;
  orgs: Org[];
  people: Person[];
  groups: Group[];
}

export type MessageType = 'text' | 'image' | 'link' | 'file' | 'system';

/** One received message, in the `messages.jsonl` shape. */
export interface InboundMessage {
  id: string;
  at: string;
  platform: string;
  group: string | null;
  to?: string;
  sender: string;
  type: MessageType;
  text?: string;
  url?: string;
  title?: string;
  name?: string;
  mentions?: string[];
  quote?: string;
  forwarded?: boolean;
  origin?: string;
}

export const KINDS = ['meeting', 'report', 'checkin', 'repost', 'engage', 'task', 'ack'] as const;
export type Kind = (typeof KINDS)[number];

export type Requirement = 'screenshot' | 'photo' | 'file' | 'ack';

/** Office hours used by the time reader (defaults from the conventions). */
export interface OfficeHours {
  /** "HH:MM" */
  start: string;
  end: string;
  noon: string;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours = { start: '08:30', end: '17:30', noon: '12:00' };
