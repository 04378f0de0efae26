import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { RECURRENCES, TASK_STATUSES } from '../task-status.ts';
import { ZDeterminedBy } from './figures.ts';

/** Views and filters of the task list. */
export const ZTaskListQuery = z.object({
  view: z.enum(['mine', 'due_soon', 'overdue', 'all']).default('all'),
  status: z.enum(TASK_STATUSES).optional(),
  agencyId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  documentId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(LIMITS.searchMax).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50),
});
export type TTaskListQuery = z.infer<typeof ZTaskListQuery>;

/** A task in lists and on its page. */
export const ZTask = z.object({
  id: z.number(),
  title: z.string(),
  status: z.enum(TASK_STATUSES),
  dueOn: z.string().nullable(),
  recurrence: z.enum(RECURRENCES),
  progressPercent: z.number(),
  completedOn: z.string().nullable(),
  completionConfirmed: z.boolean(),
  leadAgency: z.object({ id: z.number(), name: z.string(), unitId: z.number(), unitName: z.string() }),
  supportAgencies: z.array(z.object({ id: z.number(), name: z.string() })),
  document: z
    .object({
      id: z.number(),
      number: z.string().nullable(),
      subject: z.string().nullable(),
      visible: z.boolean(),
    })
    .nullable(),
  sourceText: z.string().nullable(),
  /** The review conference whose conclusion this task carries out, when it came from one. */
  conference: z.object({ id: z.number(), title: z.string(), conclusionId: z.number() }).nullable(),
  parentTaskId: z.number().nullable(),
  children: z.object({ total: z.number(), done: z.number(), overdue: z.number() }),
  implementingDocumentId: z.number().nullable(),
  actions: z.object({
    update: z.boolean(),
    complete: z.boolean(),
    confirm: z.boolean(),
    cascade: z.boolean(),
  }),
});
export type TTask = z.infer<typeof ZTask>;

/**
 * A target tied to a task, with how far it stands: `actual` is the target unit's figure for the
 * period from the live roll-ups (a rate in %, as its bounds), `met` whether it lies within the
 * bounds (null without a figure). A target for each unit of a level also counts how many of those
 * units meet it (`perUnit`), and is met when all of them do.
 */
export const ZTaskTarget = z.object({
  id: z.number(),
  indicator: z.object({
    id: z.number(),
    code: z.string(),
    name: z.string(),
    unitOfMeasure: z.string(),
    kind: z.enum(['quantity', 'ratio']),
    /** The register whose entries move the figure (for a rate, its numerator's); null when typed. */
    determinedBy: ZDeterminedBy.nullable(),
  }),
  category: z.string(),
  unit: z.object({ id: z.number(), name: z.string() }),
  level: z.number().nullable(),
  periodCode: z.string(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  actual: z.number().nullable(),
  met: z.boolean().nullable(),
  perUnit: z.object({ total: z.number(), met: z.number() }).optional(),
});
export type TTaskTarget = z.infer<typeof ZTaskTarget>;

/** A task on its own page: the task and the targets tied to it that the actor may see. */
export const ZTaskDetail = ZTask.extend({ targets: z.array(ZTaskTarget) });
export type TTaskDetail = z.infer<typeof ZTaskDetail>;

/** A progress report. */
export const ZTaskUpdateRequest = z.object({
  percent: z.number().int().min(0).max(100),
  note: z.string().trim().max(4000).optional(),
});

/** Completion by the lead agency. */
export const ZCompleteTaskRequest = z.object({
  completedOn: z.iso.date('Ngày không hợp lệ (yyyy-mm-dd).'),
  note: z.string().trim().max(4000).optional(),
});

/** Breaking a task into sub-tasks for the same kind of agency in chosen lower units. */
export const ZCascadeTaskRequest = z.object({
  agencyIds: z.array(z.number().int().positive()).min(1).max(5000),
  dueOn: z.iso.date().nullable().optional(),
});
