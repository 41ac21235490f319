CREATE TABLE "assignments" (
	"county_id" text NOT NULL,
	"task_id" text NOT NULL,
	"person_id" text NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "assignments_county_id_task_id_person_id_pk" PRIMARY KEY("county_id","task_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "completions" (
	"county_id" text NOT NULL,
	"task_id" text NOT NULL,
	"person_id" text NOT NULL,
	"status" text NOT NULL,
	"occurrence" text DEFAULT '' NOT NULL,
	"message_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"proof" text,
	CONSTRAINT "completions_county_id_task_id_person_id_status_occurrence_pk" PRIMARY KEY("county_id","task_id","person_id","status","occurrence")
);
--> statement-breakpoint
CREATE TABLE "counties" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"bot_id" text DEFAULT 'bot' NOT NULL,
	"timezone" text DEFAULT 'Asia/Shanghai' NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback" (
	"county_id" text NOT NULL,
	"message_id" text NOT NULL,
	"person_id" text NOT NULL,
	"verdict" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "feedback_county_id_message_id_person_id_pk" PRIMARY KEY("county_id","message_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"county_id" text NOT NULL,
	"id" text NOT NULL,
	"platform" text NOT NULL,
	"name" text NOT NULL,
	"binding" text,
	"pending" boolean DEFAULT false NOT NULL,
	CONSTRAINT "groups_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "identities" (
	"county_id" text NOT NULL,
	"platform" text NOT NULL,
	"external_id" text NOT NULL,
	"person_id" text,
	"display_name" text,
	"pending" boolean DEFAULT false NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "identities_county_id_platform_external_id_pk" PRIMARY KEY("county_id","platform","external_id")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"county_id" text NOT NULL,
	"group_id" text NOT NULL,
	"person_id" text NOT NULL,
	CONSTRAINT "memberships_county_id_group_id_person_id_pk" PRIMARY KEY("county_id","group_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"county_id" text NOT NULL,
	"seq" bigserial NOT NULL,
	"platform" text NOT NULL,
	"platform_id" text NOT NULL,
	"group_id" text,
	"sender_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"type" text NOT NULL,
	"text" text,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state" text DEFAULT 'new' NOT NULL,
	"error" text,
	"directive" boolean,
	"task_id" text,
	CONSTRAINT "messages_county_id_seq_pk" PRIMARY KEY("county_id","seq")
);
--> statement-breakpoint
CREATE TABLE "orgs" (
	"county_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_id" text,
	CONSTRAINT "orgs_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"county_id" text NOT NULL,
	"key" text NOT NULL,
	"recipient_id" text NOT NULL,
	"channel" text NOT NULL,
	"purpose" text NOT NULL,
	"period" text NOT NULL,
	"body" jsonb NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"result" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_county_id_key_pk" PRIMARY KEY("county_id","key")
);
--> statement-breakpoint
CREATE TABLE "people" (
	"county_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"org_id" text NOT NULL,
	"role" text NOT NULL,
	"digest" boolean DEFAULT true NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "people_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE TABLE "task_bands" (
	"county_id" text NOT NULL,
	"band" text NOT NULL,
	"task_id" text NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "task_bands_county_id_band_task_id_pk" PRIMARY KEY("county_id","band","task_id")
);
--> statement-breakpoint
CREATE TABLE "task_sources" (
	"county_id" text NOT NULL,
	"task_id" text NOT NULL,
	"message_seq" bigint NOT NULL,
	"message_id" text NOT NULL,
	"group_id" text,
	"sender_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"role" text NOT NULL,
	"text" text NOT NULL,
	"norm" text NOT NULL,
	"addressees" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "task_sources_county_id_task_id_message_seq_pk" PRIMARY KEY("county_id","task_id","message_seq")
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"county_id" text NOT NULL,
	"id" text NOT NULL,
	"seq" bigint NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"deadline" timestamp with time zone,
	"recurrence" text,
	"requires" text[] DEFAULT '{}'::text[] NOT NULL,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"issuer_id" text,
	"issuer_org_id" text,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_posted_at" timestamp with time zone NOT NULL,
	"norm" text NOT NULL,
	"facts" jsonb NOT NULL,
	"subject" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
CREATE INDEX "assignments_person" ON "assignments" USING btree ("county_id","person_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "groups_binding" ON "groups" USING btree ("county_id","platform","binding");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_platform_id" ON "messages" USING btree ("county_id","platform","platform_id");--> statement-breakpoint
CREATE INDEX "messages_state" ON "messages" USING btree ("county_id","state");--> statement-breakpoint
CREATE INDEX "messages_group_at" ON "messages" USING btree ("county_id","group_id","at");--> statement-breakpoint
CREATE INDEX "outbox_due" ON "outbox" USING btree ("state","due_at");--> statement-breakpoint
CREATE INDEX "task_bands_task" ON "task_bands" USING btree ("county_id","task_id");--> statement-breakpoint
CREATE INDEX "task_sources_group_at" ON "task_sources" USING btree ("county_id","group_id","at");--> statement-breakpoint
CREATE INDEX "task_sources_message" ON "task_sources" USING btree ("county_id","message_id");--> statement-breakpoint
CREATE INDEX "tasks_first_seen" ON "tasks" USING btree ("county_id","first_seen_at");--> statement-breakpoint
CREATE INDEX "tasks_issuer" ON "tasks" USING btree ("county_id","issuer_id");