// The conversation with each cadre and leader, one handler for every platform: in a direct message, or in a
// group when the bot is @-mentioned. Each turn changes what it must, remembers any question it asked, and
// enqueues its reply in the outbox — all inside the transaction that understands the message.
import type { Db } from '../../db/client.js';
import { withoutMentions } from '../core/conversation/choices.js';
import type { RenderOptions } from '../core/conversation/render-inbox.js';
import { shortTitle } from '../core/conversation/render-inbox.js';
import { filed, HELP, NOT_A_TASK, NOT_UNDERSTOOD, UNKNOWN_PERSON } from '../core/conversation/texts.js';
import type { InboundMessage, Roster } from '../core/types.js';
import { type Command, parseCommand } from '../core/understand/commands.js';
import { readMessage } from '../core/understand/read-message.js';
import { detailText, inboxText, progressText, subscribeText, todayText } from './conversation-commands.js';
import { answerDoneClaim, choose, completeByIndex, type Turn } from './conversation-complete.js';
import { correct } from './conversation-feedback.js';
import { keepProof } from './conversation-proof.js';
import { enqueueReply } from './conversation-reply.js';
import { loadPending, savePending } from './conversation-state.js';
import type { Outcome } from './process-message.js';
import { loadTasks } from './task-store.js';
import type { UnderstandingOptions } from './understanding-options.js';

/** A pasted text at least this long is probably a notice: offer "是任务" rather than help. */
const NOTICE_MIN_CHARS = 12;

const known = (roster: Roster, id: string) => roster.people.some((p) => p.id === id);

/** A command from a direct message (or a group @-mention): does it and enqueues the answer. */
export async function handleDirectMessage(
  db: Db,
  county: string,
  msg: InboundMessage,
  command: Command,
  roster: Roster,
  opts: UnderstandingOptions,
): Promise<Outcome> {
  if (!known(roster, msg.sender)) {
    await enqueueReply(db, county, msg, UNKNOWN_PERSON);
    return { directive: false, taskId: null };
  }
  const turn = await respond(db, county, msg, command, roster, opts);
  await savePending(db, county, msg.sender, turn.pending, msg.at);
  // Progress names people: it is never posted in a group.
  await enqueueReply(db, county, msg, turn.text, { private: command.name === 'progress' });
  return { directive: false, taskId: null };
}

async function respond(
  db: Db,
  county: string,
  msg: InboundMessage,
  command: Command,
  roster: Roster,
  opts: UnderstandingOptions,
): Promise<Turn> {
  const render: RenderOptions = { officeEnd: opts.officeHours.end };
  const say = (text: string): Turn => ({ text, pending: null });
  switch (command.name) {
    case 'complete':
      return completeByIndex(db, county, msg, command.index);
    case 'choose': {
      const pending = await loadPending(db, county, msg.sender, msg.at);
      if (pending?.type === 'choose') return choose(db, county, msg, pending, command.index);
      const i = command.index;
      return say(`办完了请回复“完成 ${i}”，看第${i}项的来源回复“详情 ${i}”。`);
    }
    case 'inbox':
      return say(await inboxText(db, county, msg, render));
    case 'today':
      return say(await todayText(db, county, msg, render));
    case 'detail':
      return say(await detailText(db, county, msg, command.index, roster, render));
    case 'progress':
      return say(await progressText(db, county, msg, command.index, roster, render));
    case 'subscribe':
      return say(await subscribeText(db, county, msg.sender, command.on));
    case 'help':
      return say(HELP);
    case 'feedback': {
      const pending = await loadPending(db, county, msg.sender, msg.at);
      return correct(db, county, msg, command.isTask, pending, opts);
    }
  }
}

/**
 * Called once at the end of understanding every message: answers what the understanding did for a direct
 * message (a notice filed, a done-claim recorded, an image kept as proof, something not understood) and
 * commands addressed to the bot in a group. Group chatter gets no reply; group images may still be proof.
 */
export async function afterMessage(
  db: Db,
  county: string,
  seq: number,
  msg: InboundMessage,
  outcome: Outcome,
  roster: Roster,
  opts: UnderstandingOptions,
): Promise<void> {
  const direct = msg.group === null;
  const mentioned = !direct && (msg.mentions ?? []).includes(roster.bot);
  if (msg.sender === roster.bot || msg.type === 'system') return;
  if (msg.type === 'image') {
    const kept = await keepProof(db, county, seq, msg);
    if (!direct) return;
    const text = kept
      ? `已保存为凭证：${shortTitle(kept.task.title, 22)}。`
      : '收到图片，但没找到刚办完的任务，没有保存。先回复“完成 序号”，再发图片。';
    await enqueueReply(db, county, msg, text);
    return;
  }
  if (!direct && !mentioned) return;
  const reading = readMessage(msg, { officeHours: opts.officeHours });
  if (reading.type === 'command') return; // handleDirectMessage answered it
  const reply = async (turn: Turn) => {
    await savePending(db, county, msg.sender, turn.pending, msg.at);
    await enqueueReply(db, county, msg, turn.text);
  };
  if (!known(roster, msg.sender)) {
    if (direct) await enqueueReply(db, county, msg, UNKNOWN_PERSON);
    return;
  }
  const render: RenderOptions = { officeEnd: opts.officeHours.end };
  if (reading.type === 'directive') {
    // A leader posting a notice while @-ing the bot gets no answer in the group.
    if (!direct || !outcome.taskId) return;
    const [task] = await loadTasks(db, county, [outcome.taskId]);
    if (!task) return;
    const created = task.seq === seq;
    const already =
      !created && task.sources.some((s) => s.messageId !== msg.id && s.addressees.includes(msg.sender));
    await reply({
      text: filed(task, msg.at, render, already),
      pending: { type: 'filed', messageId: msg.id, taskId: task.id, created, already },
    });
    return;
  }
  if (reading.type === 'reply') {
    if (reading.done) await reply(await answerDoneClaim(db, county, msg, reading.done, render));
    return; // a bare "收到" needs no answer
  }
  if (mentioned) {
    const command = parseCommand(withoutMentions(msg.text ?? ''));
    if (command) await handleDirectMessage(db, county, msg, command, roster, opts);
    else await enqueueReply(db, county, msg, HELP);
    return;
  }
  const text = (msg.text ?? msg.title ?? '').trim();
  if (msg.forwarded || text.length >= NOTICE_MIN_CHARS || msg.type === 'link') {
    await reply({ text: NOT_A_TASK, pending: { type: 'not-task', messageId: msg.id, seq } });
    return;
  }
  await reply({ text: NOT_UNDERSTOOD, pending: null });
}
