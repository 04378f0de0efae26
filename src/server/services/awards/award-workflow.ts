import { sql } from 'drizzle-orm';
import { AWARD_STATE_LABELS, type AwardState } from '../../../shared/schemas/awards.ts';
import type { Actor } from '../../auth/actor.ts';
import { type Clock, todayIn } from '../../clock.ts';
import type { Db } from '../../db/client.ts';
import { awardProposals } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { type AwardForPolicy, mayDecideAward, mayReviewAward } from '../../policies/awards.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { writeAwardFigures } from './award-figures.ts';
import { type AwardRow, loadProposal } from './award-rows.ts';

const auditActor = (actor: Actor) => ({ userId: actor.userId, requestId: actor.requestId });
const policyOf = (p: AwardRow): AwardForPolicy => ({
  unitId: p.unit.id,
  unitPath: p.unitPath,
  grantingUnitId: p.grantingUnit.id,
  state: p.state,
});

function illegal(p: AwardRow, step: string): AppError {
  return new AppError(
    'conflict',
    `Đề nghị đang ở trạng thái «${AWARD_STATE_LABELS[p.state]}»: không ${step} được. Hãy tải lại trang.`,
  );
}

const notReviewer = (p: AwardRow) =>
  new AppError(
    'forbidden',
    `Chỉ lãnh đạo ${p.unit.name} (Hội đồng thi đua, khen thưởng của đơn vị đề nghị) xét đề nghị này.`,
  );
const notDecider = (p: AwardRow) =>
  new AppError(
    'forbidden',
    `Chỉ lãnh đạo ${p.grantingUnit.name}, cấp có thẩm quyền, quyết định «${p.award.name}»; bạn không có thẩm quyền này.`,
  );

/**
 * Moves a proposal from `from` to `to` in one transaction with its audit entry. The update is
 * conditional on the state read, so of two people acting at once only the first succeeds.
 */
async function transition(
  db: Db,
  clock: Clock,
  actor: Actor,
  p: AwardRow,
  from: AwardState,
  to: AwardState,
  action: string,
  extra: { note?: string | null } = {},
): Promise<void> {
  const now = clock.now();
  const decided = to === 'approved' || to === 'rejected';
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(awardProposals)
      .set({
        state: to,
        updatedAt: now,
        ...(to === 'reviewed' && { reviewedBy: actor.userId, reviewedAt: now }),
        ...(decided && { decidedBy: actor.userId, decidedAt: now, decisionNote: extra.note ?? null }),
      })
      .where(sql`${awardProposals.id} = ${p.id} and ${awardProposals.state} = ${from}`)
      .returning({ id: awardProposals.id });
    if (updated.length === 0) throw illegal(p, action === 'review' ? 'xét' : 'quyết định');
    await recordAudit(tx, auditActor(actor), [
      {
        entityType: 'award_proposal',
        entityId: p.id,
        action,
        unitId: p.unit.id,
        before: { state: from },
        after: { state: to, ...(extra.note ? { note: extra.note } : {}) },
      },
    ]);
    // Approval is what the KT_* figures count, in the year of the decision.
    if (to === 'approved')
      await writeAwardFigures(tx, auditActor(actor), p.unit.id, Number(todayIn(clock).slice(0, 4)));
  });
}

/** The proposing level's emulation council (a leader of the proposing unit) confirms the nomination. */
export async function reviewAward(db: Db, clock: Clock, actor: Actor, proposalId: number): Promise<void> {
  const p = await loadProposal(db, actor, proposalId);
  if (!mayReviewAward(actor, policyOf(p))) throw notReviewer(p);
  if (p.state !== 'proposed') throw illegal(p, 'xét');
  await transition(db, clock, actor, p, 'proposed', 'reviewed', 'review');
}

/** The granting level (a leader of the granting unit) approves a reviewed proposal. */
export async function approveAward(
  db: Db,
  clock: Clock,
  actor: Actor,
  proposalId: number,
  note: string | undefined,
): Promise<void> {
  const p = await loadProposal(db, actor, proposalId);
  if (!mayDecideAward(actor, policyOf(p))) throw notDecider(p);
  if (p.state !== 'reviewed') throw illegal(p, 'duyệt');
  await transition(db, clock, actor, p, 'reviewed', 'approved', 'approve', { note: note || null });
}

/**
 * Rejects a proposal with a reason: the proposing unit's council before review, the granting
 * level after it.
 */
export async function rejectAward(
  db: Db,
  clock: Clock,
  actor: Actor,
  proposalId: number,
  reason: string,
): Promise<void> {
  const p = await loadProposal(db, actor, proposalId);
  const policy = policyOf(p);
  if (p.state === 'proposed' && !mayReviewAward(actor, policy)) throw notReviewer(p);
  if (p.state === 'reviewed' && !mayDecideAward(actor, policy)) throw notDecider(p);
  if (p.state !== 'proposed' && p.state !== 'reviewed') {
    if (!mayReviewAward(actor, policy) && !mayDecideAward(actor, policy)) throw notDecider(p);
    throw illegal(p, 'từ chối');
  }
  await transition(db, clock, actor, p, p.state, 'rejected', 'reject', { note: reason });
}
