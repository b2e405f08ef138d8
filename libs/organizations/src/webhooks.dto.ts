import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  MaxLength,
} from 'class-validator';
import { WEBHOOK_DELIVERY_STATUSES } from './webhook-delivery.entity';
import type { WebhookDeliveryEntity, WebhookDeliveryStatus } from './webhook-delivery.entity';
import type { WebhookEndpointEntity } from './webhook-endpoint.entity';

/** Events an endpoint may subscribe to. */
export const WEBHOOK_EVENTS = ['attempt.submitted', 'attempt.graded', 'candidate.erased'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export class CreateWebhookDto {
  @ApiProperty({
    description:
      'https URL (http only where WEBHOOK_ALLOW_HTTP allows); its host must resolve to public addresses only',
    example: 'https://hooks.acme.example/assay',
    maxLength: 2048,
  })
  @IsString()
  @MaxLength(2048)
  url!: string;

  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true, example: ['attempt.graded'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENTS, { each: true, message: `each event must be one of ${WEBHOOK_EVENTS.join(', ')}` })
  events!: WebhookEvent[];
}

export class WebhookDto {
  @ApiProperty({ format: 'uuid', example: '0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a72' })
  id!: string;

  @ApiProperty({ example: 'https://hooks.acme.example/assay' })
  url!: string;

  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true, example: ['attempt.graded'] })
  events!: string[];

  @ApiProperty({ example: '2026-11-27T10:15:00.000Z' })
  createdAt!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'When deliveries started failing without a success since (null: healthy)',
    example: null,
  })
  failingSince!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'When the endpoint was disabled after about a day of failures (null: enabled); re-enable it',
    example: null,
  })
  disabledAt!: string | null;

  static from(w: WebhookEndpointEntity): WebhookDto {
    return {
      id: w.id,
      url: w.url,
      events: w.events,
      createdAt: w.createdAt.toISOString(),
      failingSince: w.failingSince?.toISOString() ?? null,
      disabledAt: w.disabledAt?.toISOString() ?? null,
    };
  }
}

export class WebhookTestQueuedDto {
  @ApiProperty({ format: 'uuid', description: 'The test delivery; follow it in the deliveries list' })
  deliveryId!: string;
}

export class WebhookCreatedDto extends WebhookDto {
  @ApiProperty({
    description:
      'Signing secret (Standard Webhooks: HMAC-SHA256 of "{id}.{timestamp}.{body}" keyed with the base64 ' +
      'part after `whsec_`). Shown only in this response.',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  })
  secret!: string;
}

export class WebhookPageDto {
  @ApiProperty({ type: [WebhookDto] })
  items!: WebhookDto[];

  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor!: string | null;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid', example: '0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a73' })
  id!: string;

  @ApiProperty({ example: 'attempt.graded' })
  event!: string;

  @ApiProperty({ enum: WEBHOOK_DELIVERY_STATUSES, example: 'succeeded' })
  status!: WebhookDeliveryStatus;

  @ApiProperty({ example: 1 })
  attempts!: number;

  @ApiProperty({ type: Number, nullable: true, example: 200 })
  responseStatus!: number | null;

  @ApiProperty({ example: '2026-11-27T10:15:00.000Z' })
  createdAt!: string;

  static from(d: WebhookDeliveryEntity): WebhookDeliveryDto {
    return {
      id: d.id,
      event: d.event,
      status: d.status,
      attempts: d.attempts,
      responseStatus: d.responseStatus,
      createdAt: d.createdAt.toISOString(),
    };
  }
}

export class WebhookDeliveryPageDto {
  @ApiProperty({ type: [WebhookDeliveryDto] })
  items!: WebhookDeliveryDto[];

  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor!: string | null;
}
