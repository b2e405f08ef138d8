'use strict';
// Worker preload for the pipeline bench (after scripts/ts-register.js): counts the PostgreSQL round trips
// of each initial grading at the driver (every pg Client#query, TypeORM's BEGIN/COMMIT included) and
// writes the histogram {queries: attempts} to BENCH_QUERY_COUNT_FILE. AsyncLocalStorage attributes each
// query to the grading that issued it, even with many gradings in flight.
const { AsyncLocalStorage } = require('node:async_hooks');
const { writeFileSync } = require('node:fs');
const path = require('node:path');
const pg = require('pg');

const file = process.env.BENCH_QUERY_COUNT_FILE;
const store = new AsyncLocalStorage();
const histogram = {};

const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  const counter = store.getStore();
  if (counter) counter.n++;
  return query.apply(this, args);
};

const { AttemptGrader } = require(
  path.resolve(__dirname, '../../libs/assessments/src/grading-pipeline/attempt-grader'),
);
const gradeInitial = AttemptGrader.prototype.gradeInitial;
AttemptGrader.prototype.gradeInitial = function countedGradeInitial(...args) {
  const counter = { n: 0 };
  return store.run(counter, async () => {
    const outcome = await gradeInitial.apply(this, args);
    if (outcome === 'graded') {
      histogram[counter.n] = (histogram[counter.n] ?? 0) + 1;
      if (file) writeFileSync(file, JSON.stringify(histogram));
    }
    return outcome;
  });
};
