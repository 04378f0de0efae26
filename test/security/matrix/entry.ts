import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../../src/shared/enums.ts';
import type { Agent, TestApp } from '../../helpers/app.ts';

/** Ids the matrix needs: the actor's commune, a neighbouring commune and their objects. */
export interface CoreFixture {
  own: { unitId: number; agencyId: number; userId: string };
  neighbour: { unitId: number; agencyId: number; userId: string };
  yearSetId: number;
  indicatorId: number;
  ownQuotaId: number;
  provinceQuotaId: number;
  neighbourQuotaId: number;
  ownTemplate: Buffer;
  neighbourTemplate: Buffer;
  provinceTaskId: number;
  ownDocumentId: number;
  neighbourDocumentId: number;
  ownDraftId: number;
  neighbourDraftId: number;
  ownTaskId: number;
  neighbourTaskId: number;
  ownPoliceAgencyId: number;
  yearFormId: number;
  ownReportId: number;
  neighbourReportId: number;
  ownSubmittedReportId: number;
  neighbourSubmittedReportId: number;
  ownFilledReportId: number;
}

/** How one route is checked. Every registered route must have an entry. */
export type Entry<F = CoreFixture> =
  | { access: 'public' }
  | {
      access: 'session';
      /** A valid request inside the actor's own scope. */
      request: (f: F) => InjectOptions;
      /** Roles that may not act: they must get 403 or 404. */
      deniedRoles?: Role[];
      /** The same request aimed at another unit's object: 404 (or a custom check for lists). */
      outOfScope?: (f: F) => InjectOptions;
      outOfScopeCheck?: (res: LightMyRequestResponse, f: F) => void;
      /** Who shows the allowed case, when not the commune's admin (and, if it differs, their request). */
      allowedUser?: string;
      allowedRequest?: (f: F) => InjectOptions;
      /** The allowed call can only answer 404 here (no own object exists): checked as such. */
      expectNotFoundWhenAllowed?: boolean;
      /** Undoes what the successful request changed that later checks rely on. */
      restore?: (agent: Agent) => Promise<void>;
    };

/** What a section's setup may use: the app, the core fixture, and signed-in agents. */
export interface SectionContext {
  t: TestApp;
  core: CoreFixture;
  signIn: (username: string) => Promise<Agent>;
}

/**
 * The matrix entries of one area, with the objects they aim at (the actor's own and another
 * unit's), built once after the core fixture. Entries receive the core fixture and the section's.
 */
export interface MatrixSection<F extends object> {
  name: string;
  setup: (ctx: SectionContext) => Promise<F>;
  entries: Record<string, Entry<CoreFixture & F>>;
}

/** Keeps a section's own fixture type while the matrix holds sections of every area together. */
export function defineSection<F extends object>(section: MatrixSection<F>): MatrixSection<object> {
  return section as unknown as MatrixSection<object>;
}
