CREATE TABLE "document_citations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"document_id" bigint NOT NULL,
	"kind" text,
	"number" text NOT NULL,
	"number_key" text NOT NULL,
	"cited_on" date,
	"issuer_text" text,
	"subject" text,
	"is_basis" boolean DEFAULT false NOT NULL,
	"span_start" integer,
	"span_end" integer,
	"resolved_document_id" bigint
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_id" bigint NOT NULL,
	"issuer_agency_id" bigint,
	"number" text,
	"kind" text,
	"kind_name" text,
	"issued_on" date,
	"place" text,
	"subject" text,
	"issuer_text" text,
	"signer_name" text,
	"signer_position" text,
	"recipients" text[] DEFAULT '{}'::text[] NOT NULL,
	"body" text NOT NULL,
	"extraction" jsonb NOT NULL,
	"classification" text DEFAULT 'thuong' NOT NULL,
	"review_state" text DEFAULT 'draft' NOT NULL,
	"file_name" text,
	"file_mime" text,
	"file_size" integer,
	"file_sha256" text,
	"file_data" "bytea",
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "documents_classification_ck" CHECK ("documents"."classification" in ('thuong', 'mat')),
	CONSTRAINT "documents_review_state_ck" CHECK ("documents"."review_state" in ('draft', 'confirmed', 'unreviewed'))
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"link" text,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "task_support_agencies" (
	"task_id" bigint NOT NULL,
	"agency_id" bigint NOT NULL,
	CONSTRAINT "task_support_agencies_task_id_agency_id_pk" PRIMARY KEY("task_id","agency_id")
);
--> statement-breakpoint
CREATE TABLE "task_updates" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"task_id" bigint NOT NULL,
	"reported_on" date NOT NULL,
	"percent" integer NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"document_id" bigint,
	"parent_task_id" bigint,
	"unit_id" bigint NOT NULL,
	"lead_agency_id" bigint NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"span_start" integer,
	"span_end" integer,
	"due_on" date,
	"recurrence" text DEFAULT 'once' NOT NULL,
	"progress_percent" integer DEFAULT 0 NOT NULL,
	"completed_on" date,
	"completion_confirmed_by" uuid,
	"completion_confirmed_at" timestamp with time zone,
	"implementing_document_id" bigint,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_recurrence_ck" CHECK ("tasks"."recurrence" in ('once', 'year', 'half_year', 'quarter', 'month')),
	CONSTRAINT "tasks_progress_ck" CHECK ("tasks"."progress_percent" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "document_citations" ADD CONSTRAINT "document_citations_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_citations" ADD CONSTRAINT "document_citations_resolved_document_id_documents_id_fk" FOREIGN KEY ("resolved_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_issuer_agency_id_agencies_id_fk" FOREIGN KEY ("issuer_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_support_agencies" ADD CONSTRAINT "task_support_agencies_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_support_agencies" ADD CONSTRAINT "task_support_agencies_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_updates" ADD CONSTRAINT "task_updates_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_updates" ADD CONSTRAINT "task_updates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_lead_agency_id_agencies_id_fk" FOREIGN KEY ("lead_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_completion_confirmed_by_users_id_fk" FOREIGN KEY ("completion_confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_implementing_document_id_documents_id_fk" FOREIGN KEY ("implementing_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_citations_document_idx" ON "document_citations" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "document_citations_key_idx" ON "document_citations" USING btree ("number_key");--> statement-breakpoint
CREATE INDEX "document_citations_resolved_idx" ON "document_citations" USING btree ("resolved_document_id");--> statement-breakpoint
CREATE INDEX "documents_unit_idx" ON "documents" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "documents_kind_number_idx" ON "documents" USING btree ("kind","number");--> statement-breakpoint
CREATE INDEX "documents_search_trgm" ON "documents" USING gin (f_unaccent(lower(coalesce("number", '') || ' ' || coalesce("subject", '') || ' ' || "body")) gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_uq" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "task_updates_task_idx" ON "task_updates" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "tasks_unit_idx" ON "tasks" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "tasks_lead_idx" ON "tasks" USING btree ("lead_agency_id");--> statement-breakpoint
CREATE INDEX "tasks_document_idx" ON "tasks" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "tasks_parent_idx" ON "tasks" USING btree ("parent_task_id");--> statement-breakpoint
CREATE INDEX "tasks_due_idx" ON "tasks" USING btree ("due_on");