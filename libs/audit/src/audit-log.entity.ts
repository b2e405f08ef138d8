import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const AUDIT_ACTOR_TYPES = ['user', 'api_key', 'system', 'candidate'] as const;
export type AuditActorType = (typeof AUDIT_ACTOR_TYPES)[number];

/** One recorded state change. Append-only: a database trigger refuses UPDATE, DELETE and TRUNCATE. */
@Entity('audit_log')
@Check(
  'audit_log_actor_type_check',
  "(actor_type = ANY (ARRAY['user'::text, 'api_key'::text, 'system'::text, 'candidate'::text]))",
)
// Both end in `id DESC` (newest first), which TypeORM cannot declare: the migration creates them.
@Index('audit_log_organization_idx', { synchronize: false })
@Index('audit_log_action_idx', { synchronize: false })
export class AuditLogEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;

  @Column('text')
  actorType!: AuditActorType;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('text')
  action!: string;

  @Column('text')
  targetType!: string;

  @Column('text')
  targetId!: string;

  @Column('text', { nullable: true })
  ip!: string | null;

  @Column('jsonb', { default: {} })
  details!: Record<string, unknown>;
}
