import { MigrationInterface, QueryRunner } from 'typeorm';

export class Assessments1764201900000 implements MigrationInterface {
  name = 'Assessments1764201900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessments (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        title text NOT NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','open','closed','archived')),
        created_by_user_id uuid,
        role_slug text NOT NULL,
        role_title text NOT NULL,
        role_version_id uuid NOT NULL,
        role_version int NOT NULL,
        level text NOT NULL CHECK (level IN ('junior','mid','senior','lead')),
        requirements jsonb NOT NULL,
        time_limit_minutes int NOT NULL CHECK (time_limit_minutes BETWEEN 1 AND 1440),
        passing_score numeric(5,2) NOT NULL CHECK (passing_score BETWEEN 0 AND 100),
        settings jsonb NOT NULL,
        composition_seed text NOT NULL,
        published_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX assessments_org_status_idx ON assessments (organization_id, status, created_at)`,
    );

    await q.query(`
      CREATE TABLE assessment_questions (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        assessment_id uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        position int NOT NULL,
        question_id uuid NOT NULL,
        question_version_id uuid NOT NULL,
        type text NOT NULL,
        skill text NOT NULL,
        difficulty int NOT NULL,
        points numeric(8,2) NOT NULL,
        time_estimate_seconds int NOT NULL,
        content jsonb NOT NULL,
        answer_key jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX assessment_questions_assessment_idx ON assessment_questions (assessment_id, position)`,
    );

    await q.query(`
      CREATE TABLE candidate_invitations (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        assessment_id uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        email text NOT NULL,
        full_name text NOT NULL,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        send_count int NOT NULL DEFAULT 1,
        last_sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX candidate_invitations_assessment_email_key ON candidate_invitations (assessment_id, email)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX candidate_invitations_token_hash_key ON candidate_invitations (token_hash)`,
    );

    await q.query(`
      CREATE TABLE attempts (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        assessment_id uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        invitation_id uuid NOT NULL REFERENCES candidate_invitations(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'in_progress'
          CHECK (status IN ('in_progress','submitted','graded','grading_error')),
        started_at timestamptz NOT NULL,
        deadline_at timestamptz NOT NULL,
        submitted_at timestamptz,
        submit_reason text CHECK (submit_reason IN ('candidate','timeout')),
        question_order jsonb NOT NULL,
        option_orders jsonb NOT NULL DEFAULT '{}'::jsonb,
        event_count int NOT NULL DEFAULT 0,
        graded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX attempts_invitation_key ON attempts (invitation_id)`);
    await q.query(`CREATE INDEX attempts_assessment_idx ON attempts (assessment_id, status)`);
    await q.query(`CREATE INDEX attempts_status_submitted_idx ON attempts (status, submitted_at)`);

    await q.query(`
      CREATE TABLE answers (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        attempt_id uuid NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        assessment_question_id uuid NOT NULL REFERENCES assessment_questions(id) ON DELETE CASCADE,
        response jsonb NOT NULL,
        saved_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX answers_attempt_question_key ON answers (attempt_id, assessment_question_id)`,
    );

    await q.query(`
      CREATE TABLE proctoring_events (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        attempt_id uuid NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        type text NOT NULL,
        at timestamptz NOT NULL,
        data jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX proctoring_events_attempt_idx ON proctoring_events (attempt_id, at)`);

    // Results: one row per grading of an attempt; a re-grade or a manual essay score adds a revision and
    // keeps the previous one beside it. The first grading inserts revision 1 with ON CONFLICT DO NOTHING.
    await q.query(`
      CREATE TABLE attempt_results (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        attempt_id uuid NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        revision int NOT NULL,
        is_current boolean NOT NULL DEFAULT true,
        reason text NOT NULL CHECK (reason IN ('initial','regrade','manual_score')),
        score numeric(10,2) NOT NULL,
        max_score numeric(10,2) NOT NULL,
        percentage numeric(5,2) NOT NULL,
        passed boolean NOT NULL,
        recommended_level text,
        level_fit jsonb NOT NULL,
        grader_version text NOT NULL,
        timings jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (attempt_id, revision)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX attempt_results_current_key ON attempt_results (attempt_id) WHERE is_current`,
    );
    await q.query(`
      CREATE TABLE skill_scores (
        result_id uuid NOT NULL REFERENCES attempt_results(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        skill text NOT NULL,
        score numeric(10,2) NOT NULL,
        max_score numeric(10,2) NOT NULL,
        percentage numeric(5,2) NOT NULL,
        PRIMARY KEY (result_id, skill)
      )`);
    await q.query(`
      CREATE TABLE answer_grades (
        result_id uuid NOT NULL REFERENCES attempt_results(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        assessment_question_id uuid NOT NULL,
        verdict text NOT NULL,
        score numeric(10,2) NOT NULL,
        max_score numeric(10,2) NOT NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        scored_by_user_id uuid,
        comment text,
        PRIMARY KEY (result_id, assessment_question_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'answer_grades',
      'skill_scores',
      'attempt_results',
      'proctoring_events',
      'answers',
      'attempts',
      'candidate_invitations',
      'assessment_questions',
      'assessments',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
