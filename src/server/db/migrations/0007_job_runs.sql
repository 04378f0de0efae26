CREATE TABLE "job_runs" (
	"job" text NOT NULL,
	"run_day" text NOT NULL,
	"instance" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"result" jsonb,
	CONSTRAINT "job_runs_job_run_day_pk" PRIMARY KEY("job","run_day")
);
