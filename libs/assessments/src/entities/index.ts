export * from './assessment.entity';
export * from './assessment-question.entity';
export * from './candidate-invitation.entity';
export * from './attempt.entity';
export * from './answer.entity';
export * from './proctoring-event.entity';
export * from './attempt-result.entity';
