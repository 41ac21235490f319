CREATE TABLE "conversations" (
	"county_id" text NOT NULL,
	"person_id" text NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "conversations_county_id_person_id_pk" PRIMARY KEY("county_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "login_codes" (
	"county_id" text NOT NULL,
	"code" text NOT NULL,
	"person_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "login_codes_county_id_code_pk" PRIMARY KEY("county_id","code")
);
--> statement-breakpoint
CREATE TABLE "nonces" (
	"scope" text NOT NULL,
	"nonce" text NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "nonces_scope_nonce_pk" PRIMARY KEY("scope","nonce")
);
--> statement-breakpoint
CREATE TABLE "proofs" (
	"county_id" text NOT NULL,
	"id" text NOT NULL,
	"task_id" text NOT NULL,
	"person_id" text NOT NULL,
	"message_id" text,
	"mime" text NOT NULL,
	"bytes" "bytea",
	"ref" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "proofs_county_id_id_pk" PRIMARY KEY("county_id","id")
);
--> statement-breakpoint
ALTER TABLE "counties" ADD COLUMN "roster_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "digest_at" text DEFAULT '07:30' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "links_valid_after" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "nonces_seen" ON "nonces" USING btree ("seen_at");--> statement-breakpoint
CREATE INDEX "proofs_task" ON "proofs" USING btree ("county_id","task_id");