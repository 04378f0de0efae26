import { sql } from 'drizzle-orm';
import {
  type CatalogueAward,
  DECIDING_LEVEL_WORDS,
  NOMINEE_KIND_LABELS,
  type NomineeKind,
} from '../../../shared/award-catalogue.ts';
import { isInScope } from '../../auth/actor.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queryRows } from '../../db/query-rows.ts';
import { AppError } from '../../errors.ts';

/** The proposing unit as the checks need it. */
export interface ProposingUnit {
  id: number;
  name: string;
  path: string;
  level: number;
}

/**
 * The unit whose level decides the award: the proposing unit itself or its ancestor at the
 * catalogue's deciding level (the province for a Bằng khen of its chair). A level above cannot
 * propose what a level below grants (a province does not propose a commune's Giấy khen).
 */
export async function grantingUnitFor(
  db: DbOrTx,
  unit: ProposingUnit,
  award: CatalogueAward,
): Promise<number> {
  const level = DECIDING_LEVEL_WORDS[award.decidingLevel];
  if (unit.level < award.decidingLevel)
    throw new AppError(
      'validation_failed',
      `${award.name} do ${level} xét tặng: đơn vị ${level} đề nghị, không phải ${unit.name}.`,
    );
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select id from units where path @> ${unit.path}::ltree and level = ${award.decidingLevel}
         order by nlevel(path) desc limit 1`,
  );
  if (!row)
    throw new AppError('validation_failed', `${unit.name} không có đơn vị ${level} xét tặng ${award.name}.`);
  return Number(row.id);
}

/** The award must be one the nominee kind may receive (a Kỷ niệm chương goes to persons only). */
export function checkAwardFor(award: CatalogueAward, kind: NomineeKind): void {
  if (!award.for.includes(kind))
    throw new AppError(
      'validation_failed',
      `${award.name} không xét tặng cho ${NOMINEE_KIND_LABELS[kind].toLowerCase()}.`,
    );
}

/**
 * Checks the conference a proposal is attached to: visible to the actor, held by the proposing
 * unit or a unit above it (the level where the award is presented), and not cancelled. Locks the
 * conference row and refuses a proposal beyond its quota, so two proposals sent together cannot
 * both take the last place. Rejected proposals free their place. Call inside the transaction.
 */
export async function checkConferenceQuota(
  tx: DbOrTx,
  input: {
    conferenceId: number;
    actorPath: string;
    proposingPath: string;
    kind: NomineeKind;
    exceptProposalId: number | null;
  },
): Promise<void> {
  const [conference] = await queryRows<{
    title: string;
    status: string;
    unit_path: string;
    quota_collective: number | null;
    quota_individual: number | null;
  }>(
    tx,
    sql`select c.title, c.status, u.path::text as unit_path, c.award_quota_collective as quota_collective,
               c.award_quota_individual as quota_individual
          from conferences c join units u on u.id = c.unit_id
         where c.id = ${input.conferenceId} and u.path <@ ${input.actorPath}::ltree
         for update of c`,
  );
  if (!conference)
    throw new AppError('not_found', 'Không tìm thấy hội nghị này hoặc bạn không có quyền xem.');
  if (!isInScope({ unitPath: conference.unit_path }, input.proposingPath))
    throw new AppError(
      'validation_failed',
      'Chỉ gắn đề nghị với hội nghị của đơn vị đề nghị hoặc của cấp trên đơn vị đó.',
    );
  if (conference.status === 'cancelled')
    throw new AppError(
      'conflict',
      `Hội nghị "${conference.title}" đã hủy: không nhận thêm đề nghị khen thưởng.`,
    );
  const quota = input.kind === 'collective' ? conference.quota_collective : conference.quota_individual;
  if (quota === null) return;
  const [used] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from award_proposals
         where conference_id = ${input.conferenceId} and nominee_kind = ${input.kind} and state <> 'rejected'
           ${input.exceptProposalId === null ? sql`` : sql`and id <> ${input.exceptProposalId}`}`,
  );
  if ((used?.n ?? 0) >= quota)
    throw new AppError(
      'conflict',
      `Hội nghị "${conference.title}" chỉ được đề nghị khen thưởng tối đa ${quota} ${NOMINEE_KIND_LABELS[input.kind].toLowerCase()}; đã đủ ${used?.n ?? 0} đề nghị.`,
    );
}
