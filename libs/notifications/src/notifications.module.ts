import { Module } from '@nestjs/common';
import { AssessmentsWorkerModule } from '@assay/assessments';
import { CandidateErasedNotifier } from './candidate-erased.notifier';
import { AttemptGradedProcessor } from './attempt-graded.processor';
import { WebhookDeliveryProcessor } from './webhook-delivery.processor';

/**
 * The worker side of notifications: `attempt.graded` → the creator's email (through the mail queue) and
 * signed webhook deliveries. The webhook endpoints and the delivery log are libs/organizations' tables,
 * written through its functions; the attempt is written through AttemptsRepository (decision 1600).
 */
@Module({
  imports: [AssessmentsWorkerModule],
  providers: [AttemptGradedProcessor, WebhookDeliveryProcessor, CandidateErasedNotifier],
})
export class NotificationsModule {}
