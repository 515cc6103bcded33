DROP INDEX "enrollments_program_status_idx";--> statement-breakpoint
CREATE INDEX "enrollments_program_status_side_idx" ON "enrollments" USING btree ("org_id","program_id","status","side");