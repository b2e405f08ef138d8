import fc from 'fast-check';
import { organizationQuestionView } from './assessment.views';
import type { AssessmentQuestionEntity } from './entities';

const SECRET = 'SECRET-91c2';

function row(overrides: Partial<AssessmentQuestionEntity>): AssessmentQuestionEntity {
  return {
    id: 'q1',
    organizationId: 'o1',
    assessmentId: 'a1',
    position: 1,
    questionId: 'src1',
    questionVersionId: 'v1',
    type: 'code',
    skill: 'node-js',
    difficulty: 3,
    points: 10,
    timeEstimateSeconds: 600,
    content: { prompt: 'Write f.', languages: ['javascript'], functionName: 'f', starterCode: '' },
    answerKey: {},
    sourceLibrary: 'global',
    sourceVersion: 2,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  } as AssessmentQuestionEntity;
}

describe('organizationQuestionView', () => {
  it('never carries a global question’s key; visible tests become examples (property)', () => {
    const anyKey = fc.dictionary(fc.string({ maxLength: 8 }), fc.constant(SECRET));
    fc.assert(
      fc.property(
        fc.constantFrom('single_choice', 'numeric', 'short_text', 'code', 'sql', 'essay'),
        anyKey,
        fc.boolean(),
        (type, extra, withTests) => {
          const answerKey = {
            ...extra,
            referenceSolution: { code: SECRET },
            rubric: SECRET,
            ...(withTests
              ? {
                  tests: [
                    { args: [1], expected: 2, hidden: false },
                    { args: [SECRET], expected: SECRET, hidden: true },
                  ],
                }
              : {}),
          };
          const view = organizationQuestionView(row({ type, answerKey }));
          expect(JSON.stringify(view)).not.toContain(SECRET);
          expect(view).not.toHaveProperty('answerKey');
          expect(view.source).toEqual({ library: 'global', questionId: 'src1', version: 2 });
          if (type === 'code') expect(view.examples).toEqual(withTests ? [{ args: [1], expected: 2 }] : []);
        },
      ),
    );
  });

  it('shows the organization its own question’s key', () => {
    const answerKey = { optionId: 'b' };
    const view = organizationQuestionView(
      row({
        type: 'single_choice',
        sourceLibrary: 'organization',
        answerKey,
        content: { prompt: 'P', options: [{ id: 'b', text: 'B' }] },
      }),
    );
    expect(view.answerKey).toEqual(answerKey);
    expect(view.options).toEqual([{ id: 'b', text: 'B' }]);
    expect(view.source.library).toBe('organization');
  });
});
