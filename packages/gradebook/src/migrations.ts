import { type Kysely, type Migration, sql } from 'kysely';

/** Schema changes in order. Never edit a released one: add the next. */
export const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('students')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('extra', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute();
      await db.schema
        .createTable('runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('student_id', 'text', (c) => c.notNull().references('students.id'))
        .addColumn('graded_at', 'text', (c) => c.notNull())
        .addColumn('submission', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text')
        .addColumn('git_commit', 'text')
        .addColumn('suites_version', 'text', (c) => c.notNull())
        .addColumn('sandbox', 'text', (c) => c.notNull())
        .addColumn('flags', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('runs_by_student').on('runs').columns(['student_id', 'graded_at']).execute();
      // One run per student, submission content and suites version: a re-grade or a second
      // grader on the same shard finds it and skips.
      await db.schema.createIndex('runs_once').on('runs').columns(['student_id', 'content_hash', 'suites_version']).unique().execute();
      await db.schema
        .createTable('exercise_results')
        .addColumn('run_id', 'text', (c) => c.notNull().references('runs.id').onDelete('cascade'))
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('exercise', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('passed', 'integer', (c) => c.notNull())
        .addColumn('failed', 'integer', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('message', 'text')
        .addPrimaryKeyConstraint('exercise_results_pk', ['run_id', 'stage', 'exercise'])
        .execute();
      await db.schema
        .createTable('test_results')
        .addColumn('run_id', 'text', (c) => c.notNull().references('runs.id').onDelete('cascade'))
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('exercise', 'text', (c) => c.notNull())
        .addColumn('test', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .addColumn('message', 'text')
        .addPrimaryKeyConstraint('test_results_pk', ['run_id', 'stage', 'exercise', 'test'])
        .execute();
      await db.schema
        .createTable('verdicts')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('gradebook_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await sql`insert into gradebook_meta (key, value) values ('created_by', 'roadmap-ts')`.execute(db);
    },
  },
};

/** The newest migration this code knows: a gradebook with a later one was written by newer code. */
export const latestMigration = Object.keys(migrations).sort().at(-1)!;
