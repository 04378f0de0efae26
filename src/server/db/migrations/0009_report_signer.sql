ALTER TABLE "report_versions" ADD COLUMN "signer" jsonb;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "signer" jsonb;