import { useId } from 'react';
import type { Assessment, Blueprint } from './console-types';
import { duration, TYPE_LABELS } from './format';
import { skillLabel, useSkillNames } from './skill-names';

const POINTS_CLASSES: Record<string, string> = {
  p1: 'difficulty 1–2, 1 point each',
  p2: 'difficulty 3, 2 points each',
  p3: 'difficulty 4–5, 3 points each',
};
const BAND_SIDES: Record<string, string> = {
  below: 'below the level’s difficulty band',
  band: 'within the level’s difficulty band',
  above: 'above the level’s difficulty band',
};

/** A blueprint stratum (`skill|p2|short`, `skill|essay`, `*|band|code`) as words. */
export function describeStratum(stratum: string): { skill: string; kind: string } {
  const [skill, second, third] = stratum.split('|');
  if (skill === '*') {
    const type = TYPE_LABELS[third] ?? third;
    return { skill: 'Any of the role’s skills', kind: `${type} task, ${BAND_SIDES[second] ?? second}` };
  }
  if (second === 'essay') return { skill, kind: 'Essay' };
  if (third === 'short') return { skill, kind: `Short question, ${POINTS_CLASSES[second] ?? second}` };
  return { skill, kind: stratum };
}

/**
 * How candidates' forms are made: one form for everyone, or a different form per candidate drawn from the
 * blueprint (seats per stratum of equivalent questions, expected time, exposure cap, enemy groups).
 */
export function FormsSummary({ assessment }: { assessment: Assessment }) {
  const headingId = useId();
  const perCandidate = assessment.forms === 'per_candidate';
  return (
    <section className="card forms-summary" aria-labelledby={headingId} data-forms={assessment.forms}>
      <h2 id={headingId}>Forms</h2>
      <p data-testid="forms-mode">
        {perCandidate ? (
          <>
            <strong>A different form per candidate.</strong> Each candidate answers {assessment.formLength}{' '}
            questions drawn from a pool of {assessment.questionCount}.
          </>
        ) : (
          <>
            <strong>The same questions for everyone.</strong> Every candidate answers the{' '}
            {assessment.questionCount} questions below.
          </>
        )}
      </p>
      {assessment.status === 'draft' && perCandidate && (
        <p className="hint">
          Changing the questions by hand (swapping, moving, adding or removing one) makes every candidate
          answer the same questions.
        </p>
      )}
      {assessment.blueprint && <BlueprintTable blueprint={assessment.blueprint} />}
    </section>
  );
}

function BlueprintTable({ blueprint }: { blueprint: Blueprint }) {
  const capPercent = Math.round(blueprint.exposureCap * 1000) / 10;
  const seats = blueprint.seats.reduce((s, x) => s + x.count, 0);
  const skillNames = useSkillNames();
  return (
    <>
      <h3>Blueprint</h3>
      <dl className="stats">
        <div>
          <dt>Questions per form</dt>
          <dd>{seats}</dd>
        </div>
        <div>
          <dt>Expected time per form</dt>
          <dd>{duration(blueprint.expectedSeconds)}</dd>
        </div>
        <div>
          <dt>Exposure cap</dt>
          <dd>{capPercent}% of forms at most show any one question</dd>
        </div>
        <div>
          <dt>Groups of overlapping questions</dt>
          <dd>
            {blueprint.enemies.length}
            {blueprint.enemies.length > 0 && ' (at most one of each group per form)'}
          </dd>
        </div>
      </dl>
      <div className="table-wrap">
        <table className="data-table blueprint-table">
          <caption>Seats per stratum: every form has these many questions of each kind</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Kind of question</th>
              <th scope="col">Seats</th>
            </tr>
          </thead>
          <tbody>
            {blueprint.seats.map((s) => {
              const { skill, kind } = describeStratum(s.stratum);
              return (
                <tr key={s.stratum} data-stratum={s.stratum}>
                  <td>{skillLabel(skillNames, skill)}</td>
                  <td>{kind}</td>
                  <td>{s.count}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
