import { Webhook } from 'standardwebhooks';
import { signWebhook, verifyWebhook, webhookHeaders } from './webhook-signature';

describe('Standard Webhooks signatures', () => {
  // The example of the Standard Webhooks specification.
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
  const timestamp = 1614265330;
  const body = '{"test": 2432232314}';

  it('matches the specification’s example', () => {
    expect(signWebhook(secret, id, timestamp, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('sets the three headers', () => {
    expect(webhookHeaders(secret, id, timestamp, body)).toEqual({
      'webhook-id': id,
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  it('verifies the exact bytes, id and timestamp, within a tolerance', () => {
    const signature = signWebhook(secret, id, timestamp, body);
    const headers = { id, timestamp: String(timestamp), signature };
    expect(verifyWebhook(secret, headers, body, timestamp + 10)).toBe(true);
    expect(
      verifyWebhook(secret, { ...headers, signature: `v1,bm9wZQ== ${signature}` }, body, timestamp),
    ).toBe(true);
    expect(verifyWebhook(secret, headers, body.replace('2432232314', '2432232315'), timestamp)).toBe(false);
    expect(verifyWebhook(secret, { ...headers, id: 'msg_other' }, body, timestamp)).toBe(false);
    expect(
      verifyWebhook('whsec_' + Buffer.from('another key').toString('base64'), headers, body, timestamp),
    ).toBe(false);
    expect(verifyWebhook(secret, headers, body, timestamp + 301)).toBe(false);
    expect(
      verifyWebhook(secret, { ...headers, signature: signature.replace('v1,', 'v2,') }, body, timestamp),
    ).toBe(false);
  });

  it('is accepted by the Standard Webhooks reference library, and a tampered body is not', () => {
    const now = Math.floor(Date.now() / 1000);
    const payload = JSON.stringify({ type: 'attempt.graded', data: { attemptId: 'a1', passed: true } });
    const headers = webhookHeaders(secret, id, now, payload);
    const reference = new Webhook(secret);
    expect(reference.verify(payload, headers)).toEqual(JSON.parse(payload));
    expect(() => reference.verify(payload.replace('true', 'false'), headers)).toThrow();
    expect(() =>
      new Webhook('whsec_' + Buffer.from('another key').toString('base64')).verify(payload, headers),
    ).toThrow();
  });
});
