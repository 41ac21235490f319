ALTER TABLE "tasks" ADD COLUMN "subject_key" text;--> statement-breakpoint
CREATE INDEX "task_bands_recent" ON "task_bands" USING btree ("county_id","band","first_seen_at");--> statement-breakpoint
CREATE INDEX "tasks_subject" ON "tasks" USING btree ("county_id","subject_key","first_seen_at");