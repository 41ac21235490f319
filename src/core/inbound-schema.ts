// Validation of what bots and integrations send: nothing unvalidated reaches the database.
import { z } from 'zod';

const id = z.string().trim().min(1).max(200);

export const inboundMessageSchema = z
  .object({
    id,
    at: z.iso.datetime({ offset: true }),
    platform: z.string().trim().min(1).max(32),
    group: id.nullable(),
    to: id.optional(),
    sender: id,
    type: z.enum(['text', 'image', 'link', 'file', 'system']),
    text: z.string().max(20_000).optional(),
    url: z.string().max(4_000).optional(),
    title: z.string().max(1_000).optional(),
    name: z.string().max(1_000).optional(),
    mentions: z.array(id).max(500).optional(),
    quote: id.optional(),
    forwarded: z.boolean().optional(),
    origin: z.string().max(200).optional(),
    /** The platform's raw payload, kept as received. */
    raw: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((m) => m.group !== null || m.to !== undefined, {
    message: 'a message has a group or a recipient (to)',
  });

export const ingestBodySchema = z.union([
  inboundMessageSchema,
  z.array(inboundMessageSchema).min(1).max(5_000),
  z.object({ messages: z.array(inboundMessageSchema).min(1).max(5_000) }),
]);

export type InboundMessageInput = z.infer<typeof inboundMessageSchema>;
