CREATE TABLE "award_proposals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_id" bigint NOT NULL,
	"conference_id" bigint,
	"nominee_kind" text NOT NULL,
	"nominee_agency_id" bigint,
	"nominee_unit_id" bigint,
	"nominee_name" text NOT NULL,
	"nominee_position" text,
	"nominee_organisation" text,
	"award_code" text NOT NULL,
	"granting_unit_id" bigint,
	"achievements" text NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'proposed' NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "award_proposals_kind_ck" CHECK ("award_proposals"."nominee_kind" in ('collective', 'individual')),
	CONSTRAINT "award_proposals_state_ck" CHECK ("award_proposals"."state" in ('proposed', 'reviewed', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "conference_conclusions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"conference_id" bigint NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"task_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conference_participants" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"conference_id" bigint NOT NULL,
	"agency_id" bigint,
	"name" text NOT NULL,
	"role" text DEFAULT 'du' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conferences" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"period_code" text NOT NULL,
	"report_id" bigint,
	"due_on" date,
	"held_on" date,
	"duration" text,
	"chair" text,
	"location" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"award_quota_collective" integer,
	"award_quota_individual" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conferences_kind_ck" CHECK ("conferences"."kind" in ('so_ket', 'tong_ket')),
	CONSTRAINT "conferences_status_ck" CHECK ("conferences"."status" in ('planned', 'held', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "conscription_years" (
	"unit_id" bigint NOT NULL,
	"year" integer NOT NULL,
	"quota" integer,
	"listed_17" integer,
	"registered" integer,
	"examined" integer,
	"fit" integer,
	"handed_over" integer,
	"handover_on" date,
	"notes" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conscription_years_unit_id_year_pk" PRIMARY KEY("unit_id","year"),
	CONSTRAINT "conscription_years_nonnegative_ck" CHECK (coalesce("conscription_years"."quota", 0) >= 0 and coalesce("conscription_years"."listed_17", 0) >= 0 and coalesce("conscription_years"."registered", 0) >= 0
          and coalesce("conscription_years"."examined", 0) >= 0 and coalesce("conscription_years"."fit", 0) >= 0 and coalesce("conscription_years"."handed_over", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "drill_files" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"drill_id" bigint NOT NULL,
	"file_name" text NOT NULL,
	"file_mime" text NOT NULL,
	"file_size" integer NOT NULL,
	"file_sha256" text NOT NULL,
	"file_data" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drill_rotation_entries" (
	"plan_id" bigint NOT NULL,
	"commune_id" bigint NOT NULL,
	"year" integer NOT NULL,
	CONSTRAINT "drill_rotation_entries_plan_id_commune_id_pk" PRIMARY KEY("plan_id","commune_id")
);
--> statement-breakpoint
CREATE TABLE "drill_rotation_plans" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_id" bigint NOT NULL,
	"term_from" integer NOT NULL,
	"term_to" integer NOT NULL,
	"min_share" numeric DEFAULT 0.2 NOT NULL,
	"max_share" numeric DEFAULT 0.25 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "drill_rotation_plans_term_uq" UNIQUE("unit_id","term_from","term_to"),
	CONSTRAINT "drill_rotation_plans_term_ck" CHECK ("drill_rotation_plans"."term_from" <= "drill_rotation_plans"."term_to"),
	CONSTRAINT "drill_rotation_plans_share_ck" CHECK (0 <= "drill_rotation_plans"."min_share" and "drill_rotation_plans"."min_share" <= "drill_rotation_plans"."max_share" and "drill_rotation_plans"."max_share" <= 1)
);
--> statement-breakpoint
CREATE TABLE "drills" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"planned_from" date NOT NULL,
	"planned_to" date NOT NULL,
	"actual_from" date,
	"actual_to" date,
	"organiser_agency_id" bigint,
	"organiser_text" text,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"grade" text,
	"safe" boolean,
	"incidents" text,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "drills_status_ck" CHECK ("drills"."status" in ('planned', 'done', 'cancelled')),
	CONSTRAINT "drills_grade_ck" CHECK ("drills"."grade" is null or "drills"."grade" in ('xuat_sac', 'gioi', 'kha', 'dat', 'khong_dat')),
	CONSTRAINT "drills_dates_ck" CHECK ("drills"."planned_from" <= "drills"."planned_to"),
	CONSTRAINT "drills_actual_ck" CHECK ("drills"."actual_from" is null or "drills"."actual_to" is null or "drills"."actual_from" <= "drills"."actual_to"),
	CONSTRAINT "drills_done_ck" CHECK ("drills"."status" <> 'done' or ("drills"."actual_from" is not null and "drills"."grade" is not null and "drills"."safe" is not null))
);
--> statement-breakpoint
CREATE TABLE "militia_years" (
	"unit_id" bigint NOT NULL,
	"year" integer NOT NULL,
	"forces" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"party_members" integer,
	"militia_party_members" integer,
	"training_summoned" integer,
	"training_attended" integer,
	"has_military_party_cell" boolean,
	"reserves_assigned" integer,
	"reserves_matching_specialty" integer,
	"notes" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "militia_years_unit_id_year_pk" PRIMARY KEY("unit_id","year")
);
--> statement-breakpoint
CREATE TABLE "training_classes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_id" bigint NOT NULL,
	"title" text NOT NULL,
	"audience" text NOT NULL,
	"audience_note" text,
	"organiser_agency_id" bigint,
	"organiser_text" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"planned_participants" integer NOT NULL,
	"actual_participants" integer,
	"status" text DEFAULT 'planned' NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_classes_status_ck" CHECK ("training_classes"."status" in ('planned', 'done', 'cancelled')),
	CONSTRAINT "training_classes_audience_ck" CHECK ("training_classes"."audience" in ('dt1', 'dt2', 'dt3', 'dt4', 'khac')),
	CONSTRAINT "training_classes_dates_ck" CHECK ("training_classes"."starts_on" <= "training_classes"."ends_on"),
	CONSTRAINT "training_classes_counts_ck" CHECK ("training_classes"."planned_participants" >= 0 and ("training_classes"."actual_participants" is null or "training_classes"."actual_participants" >= 0)),
	CONSTRAINT "training_classes_done_ck" CHECK ("training_classes"."status" <> 'done' or "training_classes"."actual_participants" is not null)
);
--> statement-breakpoint
CREATE TABLE "training_populations" (
	"unit_id" bigint NOT NULL,
	"year" integer NOT NULL,
	"audience" text NOT NULL,
	"persons" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_populations_unit_id_year_audience_pk" PRIMARY KEY("unit_id","year","audience"),
	CONSTRAINT "training_populations_audience_ck" CHECK ("training_populations"."audience" in ('dt1', 'dt2', 'dt3', 'dt4')),
	CONSTRAINT "training_populations_persons_ck" CHECK ("training_populations"."persons" >= 0)
);
--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "determined_by" text;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_nominee_agency_id_agencies_id_fk" FOREIGN KEY ("nominee_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_nominee_unit_id_units_id_fk" FOREIGN KEY ("nominee_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_granting_unit_id_units_id_fk" FOREIGN KEY ("granting_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_conclusions" ADD CONSTRAINT "conference_conclusions_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_conclusions" ADD CONSTRAINT "conference_conclusions_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_participants" ADD CONSTRAINT "conference_participants_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "public"."conferences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conference_participants" ADD CONSTRAINT "conference_participants_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conscription_years" ADD CONSTRAINT "conscription_years_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conscription_years" ADD CONSTRAINT "conscription_years_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drill_files" ADD CONSTRAINT "drill_files_drill_id_drills_id_fk" FOREIGN KEY ("drill_id") REFERENCES "public"."drills"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drill_files" ADD CONSTRAINT "drill_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drill_rotation_entries" ADD CONSTRAINT "drill_rotation_entries_plan_id_drill_rotation_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."drill_rotation_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drill_rotation_entries" ADD CONSTRAINT "drill_rotation_entries_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drill_rotation_plans" ADD CONSTRAINT "drill_rotation_plans_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drill_rotation_plans" ADD CONSTRAINT "drill_rotation_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drills" ADD CONSTRAINT "drills_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drills" ADD CONSTRAINT "drills_organiser_agency_id_agencies_id_fk" FOREIGN KEY ("organiser_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drills" ADD CONSTRAINT "drills_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "militia_years" ADD CONSTRAINT "militia_years_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "militia_years" ADD CONSTRAINT "militia_years_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_organiser_agency_id_agencies_id_fk" FOREIGN KEY ("organiser_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_populations" ADD CONSTRAINT "training_populations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_populations" ADD CONSTRAINT "training_populations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "award_proposals_unit_idx" ON "award_proposals" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "award_proposals_conference_idx" ON "award_proposals" USING btree ("conference_id");--> statement-breakpoint
CREATE INDEX "conference_conclusions_conference_idx" ON "conference_conclusions" USING btree ("conference_id");--> statement-breakpoint
CREATE INDEX "conference_participants_conference_idx" ON "conference_participants" USING btree ("conference_id");--> statement-breakpoint
CREATE INDEX "conferences_unit_idx" ON "conferences" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "drill_files_drill_idx" ON "drill_files" USING btree ("drill_id");--> statement-breakpoint
CREATE INDEX "drill_rotation_entries_year_idx" ON "drill_rotation_entries" USING btree ("plan_id","year");--> statement-breakpoint
CREATE INDEX "drills_unit_idx" ON "drills" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "drills_planned_idx" ON "drills" USING btree ("planned_from");--> statement-breakpoint
CREATE INDEX "training_classes_unit_idx" ON "training_classes" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "training_classes_starts_idx" ON "training_classes" USING btree ("starts_on");