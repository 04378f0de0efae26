CREATE TABLE "data_rollups" (
	"indicator_id" bigint NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"unit_id" bigint NOT NULL,
	"period_code" text NOT NULL,
	"total" numeric DEFAULT 0 NOT NULL,
	"maximum" numeric,
	"contributors" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "data_rollups_period_code_unit_id_indicator_id_category_pk" PRIMARY KEY("period_code","unit_id","indicator_id","category")
);
--> statement-breakpoint
CREATE TABLE "data_values" (
	"indicator_id" bigint NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"unit_id" bigint NOT NULL,
	"period_code" text NOT NULL,
	"value" numeric NOT NULL,
	"entered_by" uuid,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_values_indicator_id_category_unit_id_period_code_pk" PRIMARY KEY("indicator_id","category","unit_id","period_code"),
	CONSTRAINT "data_values_finite_ck" CHECK ("data_values"."value" <> 'NaN'::numeric)
);
--> statement-breakpoint
CREATE TABLE "entry_exceptions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"set_id" bigint NOT NULL,
	"unit_id" bigint NOT NULL,
	"period_code" text NOT NULL,
	"until" date NOT NULL,
	"reason" text,
	"granted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit_of_measure" text NOT NULL,
	"kind" text NOT NULL,
	"aggregation" text DEFAULT 'sum' NOT NULL,
	"numerator_id" bigint,
	"denominator_id" bigint,
	"group_code" text NOT NULL,
	"disaggregation" text DEFAULT 'none' NOT NULL,
	"is_integer" boolean DEFAULT true NOT NULL,
	"description" text,
	"is_system" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_code_unique" UNIQUE("code"),
	CONSTRAINT "indicators_kind_ck" CHECK ("indicators"."kind" in ('quantity', 'ratio')),
	CONSTRAINT "indicators_ratio_parts_ck" CHECK (("indicators"."kind" = 'ratio') = ("indicators"."numerator_id" is not null and "indicators"."denominator_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "reporting_set_indicators" (
	"set_id" bigint NOT NULL,
	"indicator_id" bigint NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "reporting_set_indicators_set_id_indicator_id_pk" PRIMARY KEY("set_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "reporting_sets" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"period_type" text NOT NULL,
	"cutoff" text DEFAULT 'none' NOT NULL,
	"lock_after_days" integer DEFAULT 15 NOT NULL,
	"entry_level" integer DEFAULT 3 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_sets_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"indicator_id" bigint NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"unit_id" bigint NOT NULL,
	"level" integer,
	"period_code" text NOT NULL,
	"min_value" numeric,
	"max_value" numeric,
	"parent_target_id" bigint,
	"source_document_id" bigint,
	"source_task_id" bigint,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_bound_ck" CHECK ("targets"."min_value" is not null or "targets"."max_value" is not null),
	CONSTRAINT "targets_order_ck" CHECK ("targets"."min_value" is null or "targets"."max_value" is null or "targets"."min_value" <= "targets"."max_value")
);
--> statement-breakpoint
ALTER TABLE "data_values" ADD CONSTRAINT "data_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_values" ADD CONSTRAINT "data_values_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_values" ADD CONSTRAINT "data_values_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_exceptions" ADD CONSTRAINT "entry_exceptions_set_id_reporting_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."reporting_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_exceptions" ADD CONSTRAINT "entry_exceptions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_exceptions" ADD CONSTRAINT "entry_exceptions_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_set_indicators" ADD CONSTRAINT "reporting_set_indicators_set_id_reporting_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."reporting_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_set_indicators" ADD CONSTRAINT "reporting_set_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_values_unit_period_idx" ON "data_values" USING btree ("unit_id","period_code");--> statement-breakpoint
CREATE INDEX "entry_exceptions_lookup_idx" ON "entry_exceptions" USING btree ("set_id","unit_id","period_code");--> statement-breakpoint
CREATE INDEX "targets_unit_period_idx" ON "targets" USING btree ("unit_id","period_code");--> statement-breakpoint
CREATE INDEX "targets_parent_idx" ON "targets" USING btree ("parent_target_id");