import { isMailTemplate, renderMail } from './mail.templates';

describe('mail templates', () => {
  it('renders plain text and HTML with the link, escaping what people typed', () => {
    const mail = renderMail('member-invitation', 'grace@example.com', {
      organizationName: 'Acme <script>alert(1)</script>',
      inviterName: 'Ada & Co',
      role: 'recruiter',
      url: 'https://app.example/member-invitations/accept?token=abc',
      expiresAt: '2026-12-04T10:00:00.000Z',
    });
    expect(mail.to).toBe('grace@example.com');
    expect(mail.subject).toContain('Acme');
    expect(mail.text).toContain('https://app.example/member-invitations/accept?token=abc');
    expect(mail.html).toContain('href="https://app.example/member-invitations/accept?token=abc"');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).toContain('Ada &amp; Co');
  });

  it.each(['verify-email', 'reset-password'])('renders %s', (template) => {
    const mail = renderMail(template, 'a@example.com', {
      fullName: 'Ada',
      url: 'https://app.example/x?token=t',
      expiresAt: 'soon',
    });
    expect(mail.text).toContain('https://app.example/x?token=t');
    expect(mail.html).toContain('https://app.example/x?token=t');
  });

  it('refuses unknown templates', () => {
    expect(isMailTemplate('nope')).toBe(false);
    expect(() => renderMail('nope', 'a@example.com', {})).toThrow(/unknown mail template/);
  });
});

describe('the candidate invitation', () => {
  it('carries the organization name (capped, on one line) and none of the inviter’s other free text', () => {
    const longName = `Acme\r\nBcc: victim@example.com <b>${'x'.repeat(300)}`;
    const mail = renderMail('candidate-invitation', 'cand@example.com', {
      organizationName: longName,
      roleTitle: 'Back-End Engineer',
      timeLimitMinutes: '45',
      url: 'https://app.example/take/tok',
      expiresAt: '2026-12-04T10:00:00.000Z',
      // Stale requests may still carry these: they must not be rendered.
      assessmentTitle: 'Your account is locked: call +1 555 0100',
      candidateName: 'Visit evil.example now',
    });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject.length).toBeLessThanOrEqual(130);
    expect(mail.html).not.toContain('<b>');
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toContain('locked');
      expect(part).not.toContain('evil.example');
      expect(part).not.toContain('x'.repeat(120));
    }
    expect(mail.text).toContain('Back-End Engineer');
    expect(mail.text).toContain('https://app.example/take/tok');
  });
});
