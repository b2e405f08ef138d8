import { MigrationInterface, QueryRunner } from 'typeorm';

/** Skills, role templates with their versions, the question bank with its versions, catalog sync state. */
export class Catalog1764201800000 implements MigrationInterface {
  name = 'Catalog1764201800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE skills (
        id uuid PRIMARY KEY,
        slug text NOT NULL CONSTRAINT skills_slug_key UNIQUE,
        name text NOT NULL,
        category text NOT NULL,
        description text NOT NULL,
        source_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE role_templates (
        id uuid PRIMARY KEY,
        slug text NOT NULL CONSTRAINT role_templates_slug_key UNIQUE,
        published_version_id uuid,
        draft_version_id uuid,
        archived_at timestamptz,
        source_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE role_template_versions (
        id uuid PRIMARY KEY,
        role_template_id uuid NOT NULL REFERENCES role_templates (id) ON DELETE CASCADE,
        version int,
        status text NOT NULL CHECK (status IN ('draft', 'published')),
        title text NOT NULL,
        category text NOT NULL,
        summary text NOT NULL,
        description text NOT NULL,
        responsibilities jsonb NOT NULL,
        levels jsonb NOT NULL,
        requirements jsonb NOT NULL,
        content_hash text NOT NULL,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT role_template_versions_version_key UNIQUE (role_template_id, version),
        CONSTRAINT role_template_versions_published_check
          CHECK ((status = 'published') = (version IS NOT NULL AND published_at IS NOT NULL))
      )`);
    // At most one draft per role.
    await q.query(`
      CREATE UNIQUE INDEX role_template_versions_draft_key ON role_template_versions (role_template_id)
        WHERE status = 'draft'`);
    await q.query(`
      ALTER TABLE role_templates
        ADD CONSTRAINT role_templates_published_version_fk FOREIGN KEY (published_version_id)
          REFERENCES role_template_versions (id) DEFERRABLE INITIALLY DEFERRED,
        ADD CONSTRAINT role_templates_draft_version_fk FOREIGN KEY (draft_version_id)
          REFERENCES role_template_versions (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED`);
    // Assessments point at published versions: once published, a version never changes.
    await q.query(`
      CREATE FUNCTION role_template_versions_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'published' THEN
          RAISE EXCEPTION 'published role template version % is immutable', OLD.id;
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER role_template_versions_freeze BEFORE UPDATE OR DELETE ON role_template_versions
        FOR EACH ROW EXECUTE FUNCTION role_template_versions_freeze()`);

    await q.query(`
      CREATE TABLE questions (
        id uuid PRIMARY KEY,
        organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,
        catalog_key text,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
        latest_version_id uuid NOT NULL,
        latest_version int NOT NULL CHECK (latest_version > 0),
        source_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT questions_catalog_key_check CHECK (catalog_key IS NULL OR organization_id IS NULL)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX questions_catalog_key_key ON questions (catalog_key) WHERE catalog_key IS NOT NULL`,
    );
    await q.query(`CREATE INDEX questions_organization_idx ON questions (organization_id, id)`);
    await q.query(`
      CREATE TABLE question_versions (
        id uuid PRIMARY KEY,
        question_id uuid NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        organization_id uuid,
        version int NOT NULL CHECK (version > 0),
        type text NOT NULL
          CHECK (type IN ('single_choice', 'multiple_choice', 'numeric', 'short_text', 'code', 'sql', 'essay')),
        skill text NOT NULL REFERENCES skills (slug) ON UPDATE CASCADE,
        difficulty smallint NOT NULL CHECK (difficulty BETWEEN 1 AND 5),
        points int NOT NULL CHECK (points > 0),
        time_estimate_seconds int NOT NULL CHECK (time_estimate_seconds > 0),
        prompt text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        answer_key jsonb NOT NULL,
        content_hash text NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT question_versions_version_key UNIQUE (question_id, version)
      )`);
    await q.query(`CREATE INDEX question_versions_skill_idx ON question_versions (skill, difficulty)`);
    await q.query(`
      ALTER TABLE questions ADD CONSTRAINT questions_latest_version_fk FOREIGN KEY (latest_version_id)
        REFERENCES question_versions (id) DEFERRABLE INITIALLY DEFERRED`);
    // A version an assessment uses is frozen (deleting an organization still removes its questions).
    await q.query(`
      CREATE FUNCTION question_versions_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.used_at IS NOT NULL AND
            (NEW.type, NEW.skill, NEW.difficulty, NEW.points, NEW.time_estimate_seconds, NEW.prompt,
             NEW.details, NEW.answer_key, NEW.version, NEW.question_id)
            IS DISTINCT FROM
            (OLD.type, OLD.skill, OLD.difficulty, OLD.points, OLD.time_estimate_seconds, OLD.prompt,
             OLD.details, OLD.answer_key, OLD.version, OLD.question_id) THEN
          RAISE EXCEPTION 'question version % is used by an assessment and immutable', OLD.id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER question_versions_freeze BEFORE UPDATE ON question_versions
        FOR EACH ROW EXECUTE FUNCTION question_versions_freeze()`);

    await q.query(`
      CREATE TABLE catalog_sync_state (
        id text PRIMARY KEY,
        content_hash text NOT NULL,
        report jsonb NOT NULL DEFAULT '{}'::jsonb,
        synced_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE catalog_sync_state`);
    await q.query(`ALTER TABLE questions DROP CONSTRAINT questions_latest_version_fk`);
    await q.query(`DROP TABLE question_versions`);
    await q.query(`DROP FUNCTION question_versions_freeze()`);
    await q.query(`DROP TABLE questions`);
    await q.query(`ALTER TABLE role_templates DROP CONSTRAINT role_templates_published_version_fk`);
    await q.query(`ALTER TABLE role_templates DROP CONSTRAINT role_templates_draft_version_fk`);
    await q.query(`DROP TABLE role_template_versions`);
    await q.query(`DROP FUNCTION role_template_versions_freeze()`);
    await q.query(`DROP TABLE role_templates`);
    await q.query(`DROP TABLE skills`);
  }
}
