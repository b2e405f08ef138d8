import { redactUrl } from './logging';

describe('redactUrl', () => {
  it('keeps addresses, tokens and secrets out of logged URLs', () => {
    expect(redactUrl('/api/v1/candidates?email=ada%40example.com')).toBe(
      '/api/v1/candidates?email=[redacted]',
    );
    expect(redactUrl('/api/v1/candidates/export?limit=1&EMAIL=a@b.c#x')).toBe(
      '/api/v1/candidates/export?limit=1&EMAIL=[redacted]#x',
    );
    expect(redactUrl('/api/v1/take/abc123/start')).toBe('/api/v1/take/[token]/start');
    expect(redactUrl('/verify?token=t0k&next=/x')).toBe('/verify?token=[redacted]&next=/x');
  });
});
