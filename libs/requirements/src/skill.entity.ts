import { Column, Entity, Unique } from 'typeorm';
import { BaseEntity } from '@assay/persistence';

/** One skill of the requirements taxonomy; roles and questions refer to it by its slug. */
@Entity('skills')
@Unique('skills_slug_key', ['slug'])
export class SkillEntity extends BaseEntity {
  @Column('text')
  slug!: string;

  @Column('text')
  name!: string;

  @Column('text')
  category!: string;

  @Column('text')
  description!: string;

  /** Hash of the catalog file entry last synced; null for skills created by an admin. */
  @Column({ type: 'text', nullable: true })
  sourceHash!: string | null;
}
