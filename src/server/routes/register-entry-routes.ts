import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { ZCancelRequest } from '../../shared/schemas/drills.ts';
import type { Actor } from '../auth/actor.ts';
import { requireActor } from '../plugins/auth.ts';
import { sendXlsx } from '../plugins/downloads.ts';
import { expensive } from '../plugins/security.ts';
import { unitInScope } from '../services/units/unit-in-scope.ts';
import { ENTRY_ERRORS, ZNoContent } from './route-schemas.ts';
import { ZIdParams } from './units.ts';

type ZodApp = Parameters<FastifyPluginAsyncZod>[0];

/** The filters every register list takes: a unit's subtree, the year an entry is filed under, a page. */
interface EntryListQuery {
  unitId?: number;
  year?: number;
  page?: number;
  pageSize?: number;
}

type ExportQuery<Q> = Omit<Q, 'page' | 'pageSize'> & { page?: number; pageSize?: number };

/**
 * What a register with planned entries (a plan that is later held, or called off) gives the shared
 * routes: its path, the OpenAPI summaries, the zod schemas, and its use-cases, already bound to the
 * database and the clock. `Shown` ties the presenter to the entry schema, `Detail` the detail.
 */
export interface RegisterEntryRoutes<Row, Shown, Detail, Q extends EntryListQuery, Create, Update, Result> {
  /** The collection, e.g. `/api/drills`: `.xlsx` is its export and `/:id` one entry. */
  path: string;
  summaries: {
    list: string;
    export: string;
    detail: string;
    create: string;
    update: string;
    result: string;
    cancel: string;
    delete: string;
  };
  schemas: {
    query: z.ZodObject & z.ZodType<Q>;
    list: z.ZodType<{ items: Shown[]; total: number }>;
    entry: z.ZodType<Shown>;
    detail: z.ZodType<Detail>;
    create: z.ZodType<Create>;
    update: z.ZodType<Update>;
    result: z.ZodType<Result>;
  };
  list(actor: Actor, query: ExportQuery<Q>, limit?: number): Promise<{ items: Row[]; total: number }>;
  present(actor: Actor, row: Row): Shown;
  detail(actor: Actor, id: number): Promise<Detail>;
  create(actor: Actor, input: Create): Promise<Row>;
  update(actor: Actor, id: number, input: Update): Promise<Row>;
  recordResult(actor: Actor, id: number, input: Result): Promise<Row>;
  cancel(actor: Actor, id: number, reason: string): Promise<Row>;
  remove(actor: Actor, id: number): Promise<void>;
  export: {
    /** The file name before the year, e.g. `so-dien-tap`. */
    fileStem: string;
    /** The sheet title before the unit's name, e.g. `Sổ theo dõi diễn tập`. */
    title: string;
    /** The labels of the other filters in force, in the order the title shows them. */
    filterLabels(query: ExportQuery<Q>): (string | null | undefined)[];
    workbook(
      actor: Actor,
      query: ExportQuery<Q>,
      unit: { id: number; name: string },
      title: string,
      items: Row[],
    ): Promise<Buffer>;
  };
}

/** Most rows an export holds: a province's entries over many years. */
const EXPORT_LIMIT = 5000;

/**
 * Registers the routes a register of planned entries shares (list, Excel export, one entry, create,
 * update, record the result, cancel, delete), in that order: each one authenticates, validates,
 * calls the register's use-case and presents the entry, so the registers answer alike.
 */
export function registerEntryRoutes<Row, Shown, Detail, Q extends EntryListQuery, Create, Update, Result>(
  app: ZodApp,
  spec: RegisterEntryRoutes<Row, Shown, Detail, Q, Create, Update, Result>,
): void {
  const { path, summaries, schemas } = spec;
  const tags = ['registers'];
  // The spec ties each answer's schema to its presenter; here the answers are only passed through.
  const answers: { list: z.ZodType; entry: z.ZodType; detail: z.ZodType } = schemas;

  app.get(
    path,
    {
      schema: {
        tags,
        summary: summaries.list,
        querystring: schemas.query,
        response: { 200: answers.list, ...ENTRY_ERRORS },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { items, total } = await spec.list(actor, request.query as Q);
      return { items: items.map((row) => spec.present(actor, row)), total };
    },
  );

  app.get(
    `${path}.xlsx`,
    {
      config: expensive(),
      schema: {
        tags,
        summary: summaries.export,
        querystring: schemas.query.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const query = request.query as ExportQuery<Q>;
      const unit = query.unitId
        ? await unitInScope(app.database.db, actor, query.unitId)
        : { id: actor.unitId, name: actor.unitName };
      const { items } = await spec.list(actor, query, EXPORT_LIMIT);
      const title = [
        `${spec.export.title} — ${unit.name}`,
        query.year ? `năm ${query.year}` : null,
        ...spec.export.filterLabels(query),
      ]
        .filter(Boolean)
        .join(' — ');
      return sendXlsx(
        reply,
        `${spec.export.fileStem}${query.year ? `-${query.year}` : ''}.xlsx`,
        await spec.export.workbook(actor, query, unit, title, items),
      );
    },
  );

  app.get(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: summaries.detail,
        params: ZIdParams,
        response: { 200: answers.detail, ...ENTRY_ERRORS },
      },
    },
    async (request) => spec.detail(requireActor(request), request.params.id),
  );

  app.post(
    path,
    {
      schema: {
        tags,
        summary: summaries.create,
        body: schemas.create,
        response: { 201: answers.entry, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply.status(201).send(spec.present(actor, await spec.create(actor, request.body as Create)));
    },
  );

  app.patch(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: summaries.update,
        params: ZIdParams,
        body: schemas.update,
        response: { 200: answers.entry, ...ENTRY_ERRORS },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return spec.present(actor, await spec.update(actor, request.params.id, request.body as Update));
    },
  );

  app.post(
    `${path}/:id/result`,
    {
      schema: {
        tags,
        summary: summaries.result,
        params: ZIdParams,
        body: schemas.result,
        response: { 200: answers.entry, ...ENTRY_ERRORS },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return spec.present(actor, await spec.recordResult(actor, request.params.id, request.body as Result));
    },
  );

  app.post(
    `${path}/:id/cancel`,
    {
      schema: {
        tags,
        summary: summaries.cancel,
        params: ZIdParams,
        body: ZCancelRequest,
        response: { 200: answers.entry, ...ENTRY_ERRORS },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return spec.present(actor, await spec.cancel(actor, request.params.id, request.body.reason));
    },
  );

  app.delete(
    `${path}/:id`,
    {
      schema: {
        tags,
        summary: summaries.delete,
        params: ZIdParams,
        response: { 204: ZNoContent, ...ENTRY_ERRORS },
      },
    },
    async (request, reply) => {
      await spec.remove(requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
