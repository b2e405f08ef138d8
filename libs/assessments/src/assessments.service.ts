import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  AssayConfig,
  Clock,
  Page,
  ValidationProblem,
  conflict,
  decodeCursor,
  encodeCursor,
  isTimestamp,
  isUuid,
  newId,
  notFound,
  unprocessable,
} from '@assay/core';
import { AuditLogService, SYSTEM_ACTOR } from '@assay/audit';
import type { AuditActor } from '@assay/audit';
import type { AuthenticatedMember } from '@assay/auth';
import { OrganizationDb, TransactionRunner } from '@assay/persistence';
import { FrozenQuestion, QuestionBankService, QuestionCandidate } from '@assay/requirements';
import { RolesService } from '@assay/roles';
import { assessmentSummaryView, assessmentView, splitContent } from './assessment.views';
import { effectiveBlueprint, enemyKeyGroups, shippedCatalog } from '@assay/catalog-content';
import { composeForm, planForms } from './composition/candidate-forms';
import type { CompositionBlueprint } from './composition/compose-assessment';
import type { CreateAssessmentDto, ListAssessmentsQuery, UpdateAssessmentDto } from './dto/assessment.dto';
import {
  AssessmentEntity,
  AssessmentQuestionEntity,
  AssessmentSettings,
  AssessmentStatus,
  CandidateInvitationEntity,
} from './entities';
import { AssessmentsProblem } from './assessments.problems';

export const DEFAULT_QUESTION_COUNT = 20;
export const DEFAULT_PASSING_SCORE = 60;
export const DEFAULT_SETTINGS: AssessmentSettings = Object.freeze({
  shuffleQuestions: true,
  shuffleOptions: true,
  invitationValidityDays: 14,
  showScoreToCandidate: false,
});

const LEVEL_TITLES = { junior: 'Junior', mid: 'Mid-Level', senior: 'Senior', lead: 'Lead' } as const;

/** Organization-side lifecycle of assessments: compose, edit while draft, publish (freeze), close, archive. */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly organizationDb: OrganizationDb,
    private readonly roles: RolesService,
    private readonly bank: QuestionBankService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly config: AssayConfig,
    private readonly audit: AuditLogService,
  ) {}

  /** Composes a draft from the role's published version and a level (see composition/compose-assessment.ts). */
  async create(member: AuthenticatedMember, dto: CreateAssessmentDto) {
    const role = await this.roles.getPublished(dto.roleSlug);
    if (!role) {
      throw unprocessable(AssessmentsProblem.UnknownRole, 'There is no published role with this slug.', [
        { field: 'roleSlug', message: 'no published role has this slug' },
      ]);
    }
    const pool = await this.bank.listForComposition(
      member.organizationId,
      role.requirements.map((r) => r.skill),
    );
    const seed = dto.seed ?? newId();
    const forms = dto.forms ?? 'per_candidate';
    const { blueprint, enemies } = this.catalogRules(role.slug, dto.level, dto.questionCount, pool);
    const input = {
      requirements: role.requirements.map((r) => ({ skill: r.skill, importance: r.importance })),
      level: dto.level,
      pool,
      questionCount: dto.questionCount ?? blueprint?.questionCount ?? DEFAULT_QUESTION_COUNT,
      seed,
      blueprint: blueprint ?? undefined,
      enemies,
    };
    const planned = forms === 'per_candidate' ? planForms(input) : null;
    const composition = planned ? planned.template : composeForm(input);
    if (!composition.questions.length) {
      throw unprocessable(
        AssessmentsProblem.NoQuestions,
        'The question bank has no questions for this role yet.',
      );
    }
    // Per candidate, the assessment holds the pool: the template's questions first, then the rest.
    const chosen = planned
      ? [
          ...composition.questions,
          ...planned.pool.filter((q) => !composition.questions.some((c) => c.questionId === q.questionId)),
        ]
      : composition.questions;
    const frozen = await this.bank.getVersions(
      member.organizationId,
      chosen.map((q) => q.versionId),
    );
    const assessment = Object.assign(new AssessmentEntity(), {
      id: newId(),
      organizationId: member.organizationId,
      title: dto.title ?? `${LEVEL_TITLES[dto.level]} ${role.title}`,
      status: 'draft',
      createdByUserId: member.userId,
      roleSlug: role.slug,
      roleTitle: role.title,
      roleVersionId: role.versionId,
      roleVersion: role.version,
      level: dto.level,
      requirements: role.requirements.map((r) => ({
        skill: r.skill,
        importance: r.importance,
        expectedProficiency: { ...r.expectedProficiency },
      })),
      timeLimitMinutes: dto.timeLimitMinutes ?? composition.timeLimitMinutes,
      passingScore: dto.passingScore ?? DEFAULT_PASSING_SCORE,
      settings: { ...DEFAULT_SETTINGS, ...stripUndefined(dto.settings ?? {}) },
      compositionSeed: seed,
      forms,
      formPlan: planned?.plan ?? null,
      publishedAt: null,
      closedAt: null,
    });
    const rows = this.buildQuestions(assessment, frozen);
    await this.tx.run(async (m) => {
      await m.insert(AssessmentEntity, assessment);
      await m.insert(
        AssessmentQuestionEntity,
        rows as unknown as QueryDeepPartialEntity<AssessmentQuestionEntity>[],
      );
    });
    const saved = await this.load(member.organizationId, assessment.id);
    return assessmentView(saved.assessment, saved.questions, {
      composition: {
        seed,
        coverage: composition.coverage,
        warnings: planned?.warnings ?? composition.warnings,
        ...(planned ? { exposure: planned.exposure } : {}),
      },
    });
  }

  async get(organizationId: string, id: string) {
    const { assessment, questions } = await this.load(organizationId, id);
    return assessmentView(assessment, questions);
  }

  async list(
    organizationId: string,
    query: ListAssessmentsQuery,
  ): Promise<Page<ReturnType<typeof assessmentSummaryView>>> {
    const limit = query.limit ?? 20;
    const cursor = decodeCursor(query.cursor, isCursor);
    // One fixed statement (filters left out are NULL parameters) so its organization filter is checked.
    const ids = await this.organizationDb.query<{ id: string }>(
      organizationId,
      `SELECT a.id FROM assessments a
        WHERE a.organization_id = $1
          AND (CASE WHEN $2::text IS NULL THEN a.status <> 'archived' ELSE a.status = $2 END)
          AND ($3::timestamptz IS NULL OR (a.created_at, a.id) < ($3::timestamptz, $4::uuid))
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT $5`,
      [query.status ?? null, cursor?.createdAt ?? null, cursor?.id ?? null, limit + 1],
    );
    const page = ids.slice(0, limit).map((r) => r.id);
    const rows = page.length
      ? await this.organizationDb.find(organizationId, AssessmentEntity, { id: In(page) })
      : [];
    const counts = page.length
      ? await this.organizationDb.query<{ assessment_id: string; questions: number; candidates: number }>(
          organizationId,
          `SELECT a.id AS assessment_id,
                  (SELECT count(*)::int FROM assessment_questions q WHERE q.assessment_id = a.id) AS questions,
                  (SELECT count(*)::int FROM candidate_invitations i WHERE i.assessment_id = a.id) AS candidates
             FROM assessments a WHERE a.organization_id = $1 AND a.id = ANY($2::uuid[])`,
          [page],
        )
      : [];
    const countOf = new Map(counts.map((c) => [c.assessment_id, c]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const items = page.flatMap((id) => {
      const a = byId.get(id);
      const c = countOf.get(id);
      return a
        ? [assessmentSummaryView(a, { questions: c?.questions ?? 0, candidates: c?.candidates ?? 0 })]
        : [];
    });
    const last = page.length > 0 && ids.length > limit ? byId.get(page[page.length - 1]) : undefined;
    return {
      items,
      nextCursor: last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
    };
  }

  async update(organizationId: string, id: string, dto: UpdateAssessmentDto) {
    await this.tx.run(async (m) => {
      const assessment = await this.lock(m, organizationId, id);
      if (assessment.status === 'archived')
        throw conflict(AssessmentsProblem.AssessmentArchived, 'An archived assessment cannot be edited.');
      if (dto.questionIds) {
        if (assessment.status !== 'draft') throw notDraft();
        await this.replaceQuestions(m, assessment, dto.questionIds);
      }
      const patch: Partial<AssessmentEntity> = {};
      if (dto.title !== undefined) patch.title = dto.title;
      if (dto.timeLimitMinutes !== undefined) patch.timeLimitMinutes = dto.timeLimitMinutes;
      if (dto.passingScore !== undefined) patch.passingScore = dto.passingScore;
      if (dto.settings) patch.settings = { ...assessment.settings, ...stripUndefined(dto.settings) };
      if (Object.keys(patch).length) {
        await this.organizationDb.update(organizationId, AssessmentEntity, { id }, patch, m);
      }
    });
    return this.get(organizationId, id);
  }

  /** Sets a draft's questions (catalog or the organization's own), in the order given. */
  async setQuestions(organizationId: string, id: string, questionIds: string[]) {
    await this.tx.run(async (m) => {
      const assessment = await this.lock(m, organizationId, id);
      if (assessment.status !== 'draft') throw notDraft();
      await this.replaceQuestions(m, assessment, questionIds);
    });
    return this.get(organizationId, id);
  }

  /** Opens the assessment: its question versions and answer keys are frozen from now on. */
  async publish(organizationId: string, id: string, actor: AuditActor = SYSTEM_ACTOR) {
    await this.tx.run(async (m) => {
      const assessment = await this.lock(m, organizationId, id);
      if (assessment.status !== 'draft')
        throw conflict(AssessmentsProblem.NotDraft, `The assessment is ${assessment.status}, not draft.`);
      const rows = await this.organizationDb.find(
        organizationId,
        AssessmentQuestionEntity,
        { assessmentId: id },
        {},
        m,
      );
      if (!rows.length)
        throw unprocessable(
          AssessmentsProblem.NoQuestions,
          'An assessment needs at least one question to be published.',
        );
      const versionIds = rows.map((r) => r.questionVersionId);
      await this.bank.markUsed(m, versionIds);
      // Re-read after the lock: the snapshot is exactly the version that is now immutable.
      const frozen = new Map(
        (await this.bank.getVersions(organizationId, versionIds, m)).map((v) => [v.versionId, v]),
      );
      for (const row of rows) {
        const v = frozen.get(row.questionVersionId);
        if (!v)
          throw conflict(
            AssessmentsProblem.QuestionUnavailable,
            `Question ${row.questionId} is no longer available.`,
          );
        const { content, answerKey } = splitContent(v);
        await this.organizationDb.update(
          organizationId,
          AssessmentQuestionEntity,
          { id: row.id },
          {
            content,
            answerKey,
            type: v.type,
            skill: v.skill,
            difficulty: v.difficulty,
            points: v.points,
            sourceLibrary: v.library,
            sourceVersion: v.version,
          } as QueryDeepPartialEntity<AssessmentQuestionEntity>,
          m,
        );
      }
      await this.organizationDb.update(
        organizationId,
        AssessmentEntity,
        { id },
        { status: 'open', publishedAt: this.clock.now() },
        m,
      );
      await this.audit.record(m, organizationId, actor, 'assessment.published', { type: 'assessment', id });
    });
    return this.get(organizationId, id);
  }

  async close(organizationId: string, id: string, actor: AuditActor = SYSTEM_ACTOR) {
    return this.transition(organizationId, id, ['open'], 'closed', { closedAt: this.clock.now() }, actor);
  }

  async archive(organizationId: string, id: string, actor: AuditActor = SYSTEM_ACTOR) {
    return this.transition(organizationId, id, ['draft', 'open', 'closed'], 'archived', {}, actor);
  }

  private async transition(
    organizationId: string,
    id: string,
    from: AssessmentStatus[],
    to: AssessmentStatus,
    patch: Partial<AssessmentEntity>,
    actor: AuditActor,
  ) {
    await this.tx.run(async (m) => {
      const assessment = await this.lock(m, organizationId, id);
      if (!from.includes(assessment.status)) {
        throw conflict(
          AssessmentsProblem.InvalidStatus,
          `The assessment is ${assessment.status}; it cannot become ${to}.`,
        );
      }
      await this.organizationDb.update(organizationId, AssessmentEntity, { id }, { ...patch, status: to }, m);
      await this.audit.record(m, organizationId, actor, `assessment.${to}`, { type: 'assessment', id });
    });
    return this.get(organizationId, id);
  }

  /** The assessment (organization-scoped) with its questions, or 404. */
  async load(organizationId: string, id: string) {
    const assessment = await this.organizationDb.findOne(organizationId, AssessmentEntity, { id });
    if (!assessment) throw notFound('assessment');
    const questions = await this.organizationDb.find(
      organizationId,
      AssessmentQuestionEntity,
      { assessmentId: id },
      { order: { position: 'ASC' } },
    );
    return { assessment, questions };
  }

  private async lock(m: EntityManager, organizationId: string, id: string): Promise<AssessmentEntity> {
    const assessment = await this.organizationDb.findOne(organizationId, AssessmentEntity, { id }, m, {
      lock: { mode: 'pessimistic_write' },
    });
    if (!assessment) throw notFound('assessment');
    return assessment;
  }

  private async replaceQuestions(m: EntityManager, assessment: AssessmentEntity, questionIds: string[]) {
    const duplicates = questionIds.flatMap((id, i) => (questionIds.indexOf(id) !== i ? [i] : []));
    if (duplicates.length) {
      throw new ValidationProblem(
        duplicates.map((i) => ({ field: `questionIds[${i}]`, message: 'is listed twice' })),
      );
    }
    const found: QuestionCandidate[] = await this.bank.latestVersionsOf(
      assessment.organizationId,
      questionIds,
      m,
    );
    if (found.length !== questionIds.length) {
      const ok = new Set(found.map((q) => q.questionId));
      throw unprocessable(
        AssessmentsProblem.UnknownQuestions,
        'Some questions do not exist or are not available to this organization.',
        questionIds.flatMap((id, i) =>
          ok.has(id) ? [] : [{ field: `questionIds[${i}]`, message: 'no such question' }],
        ),
      );
    }
    const frozen = await this.bank.getVersions(
      assessment.organizationId,
      found.map((q) => q.versionId),
      m,
    );
    await this.organizationDb.delete(
      assessment.organizationId,
      AssessmentQuestionEntity,
      { assessmentId: assessment.id },
      m,
    );
    // Questions set by hand are what every candidate answers.
    await this.organizationDb.update(
      assessment.organizationId,
      AssessmentEntity,
      { id: assessment.id },
      { forms: 'fixed', formPlan: null } as QueryDeepPartialEntity<AssessmentEntity>,
      m,
    );
    await m.insert(
      AssessmentQuestionEntity,
      this.buildQuestions(
        assessment,
        frozen,
      ) as unknown as QueryDeepPartialEntity<AssessmentQuestionEntity>[],
    );
  }

  private buildQuestions(assessment: AssessmentEntity, frozen: FrozenQuestion[]): AssessmentQuestionEntity[] {
    return frozen.map((v, i) => {
      const { content, answerKey } = splitContent(v);
      return Object.assign(new AssessmentQuestionEntity(), {
        id: newId(),
        organizationId: assessment.organizationId,
        assessmentId: assessment.id,
        position: i + 1,
        questionId: v.questionId,
        questionVersionId: v.versionId,
        type: v.type,
        skill: v.skill,
        difficulty: v.difficulty,
        points: v.points,
        timeEstimateSeconds: v.timeEstimateSeconds,
        content,
        answerKey,
        sourceLibrary: v.library,
        sourceVersion: v.version,
      });
    });
  }

  /**
   * The shipped catalog's blueprint for the role and level (practical counts lowered to what the bank
   * has) and its enemy groups as question ids of `pool`. A count other than the blueprint's keeps its
   * practical counts but not its time target, which was set for the blueprint's count.
   */
  private catalogRules(
    roleSlug: string,
    level: CreateAssessmentDto['level'],
    questionCount: number | undefined,
    pool: QuestionCandidate[],
  ): { blueprint: (CompositionBlueprint & { questionCount: number }) | null; enemies: string[][] } {
    const catalog = shippedCatalog();
    const idOfKey = new Map(pool.flatMap((q) => (q.catalogKey ? [[q.catalogKey, q.questionId]] : [])));
    const enemies = enemyKeyGroups(catalog, new Set(idOfKey.keys())).map((g) =>
      g.map((k) => idOfKey.get(k)!),
    );
    const found = effectiveBlueprint(catalog, roleSlug, level);
    if (!found) return { blueprint: null, enemies };
    const own = questionCount === undefined || questionCount === found.questionCount;
    return {
      blueprint: {
        questionCount: found.questionCount,
        practical: found.practical,
        ...(own ? { targetMinutes: found.targetMinutes, practicalShare: found.practicalShare } : {}),
      },
      enemies,
    };
  }

  /** Used by invitations: the assessment row alone, organization-scoped. */
  async getEntity(organizationId: string, id: string): Promise<AssessmentEntity> {
    const assessment = await this.organizationDb.findOne(organizationId, AssessmentEntity, { id });
    if (!assessment) throw notFound('assessment');
    return assessment;
  }

  get appUrl(): string {
    return this.config.appUrl;
  }
}

function notDraft() {
  return conflict(
    AssessmentsProblem.NotDraft,
    'Questions can only be changed while the assessment is a draft.',
  );
}

function isCursor(v: unknown): v is { createdAt: string; id: string } {
  const o = v as { id?: unknown; createdAt?: unknown };
  return typeof o === 'object' && o !== null && isUuid(o.id) && isTimestamp(o.createdAt);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export type { CandidateInvitationEntity };
