import type { MailMessage } from './mail.types';

/**
 * Every email the product sends, by template name, with the parameters each needs. Another lib adds a
 * template by adding its parameters here and its renderer to MAIL_TEMPLATES.
 */
export interface MailTemplateParams {
  'verify-email': { fullName: string; url: string };
  'reset-password': { fullName: string; url: string; expiresAt: string };
  'member-invitation': {
    organizationName: string;
    inviterName: string;
    role: string;
    url: string;
    expiresAt: string;
  };
  /**
   * Sent to any address an organization types in, so it carries no free text the organization chose except
   * its (length-capped, escaped) name: no assessment title, no candidate name (docs/decisions/0611).
   */
  'candidate-invitation': {
    organizationName: string;
    roleTitle: string;
    timeLimitMinutes: string;
    url: string;
    expiresAt: string;
  };
  'attempt-graded': {
    assessmentTitle: string;
    candidateName: string;
    candidateEmail: string;
    percentage: string;
    passed: string;
    recommendedLevel: string;
    url: string;
  };
  /** To the candidate who asked, at the invitation's address: confirming is what starts the clock. */
  'erasure-confirmation': { organizationName: string; url: string; waitingDays: string };
  /** To the organization's owners and admins; names no one (the request's id is enough to act on it). */
  'erasure-requested': { requestId: string; dueAt: string; url: string };
}
export type MailTemplateName = keyof MailTemplateParams;

type Rendered = Omit<MailMessage, 'to'>;
type Renderer<P> = (params: P) => Rendered;

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const ORGANIZATION_NAME_MAX = 100;

/** A caller-chosen name on one line (no control characters, so no header tricks), capped in length. */
export function plainName(value: string, max: number): string {
  const line = [...value]
    .map((ch) =>
      ch.charCodeAt(0) < 0x20 || ch === '\u007f' || ch === '\u2028' || ch === '\u2029' ? ' ' : ch,
    )
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** One plain layout for every HTML email; every interpolated value is escaped. */
function layout(paragraphs: string[], action: { label: string; url: string }, footer: string): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('');
  const url = escapeHtml(action.url);
  return (
    '<!doctype html><html><body style="font-family:Arial,sans-serif;color:#1f2933;max-width:560px;margin:24px auto">' +
    body +
    `<p style="margin:24px 0"><a href="${url}" style="background:#2563eb;color:#fff;padding:10px 18px;` +
    `border-radius:4px;text-decoration:none">${escapeHtml(action.label)}</a></p>` +
    `<p style="font-size:13px;color:#52606d">Or open this link: <a href="${url}">${url}</a></p>` +
    `<p style="font-size:13px;color:#7b8794">${escapeHtml(footer)}</p></body></html>`
  );
}

function text(paragraphs: string[], url: string, footer: string): string {
  return [...paragraphs, url, '', footer, ''].join('\n\n').replace(/\n{3,}/g, '\n\n');
}

export const MAIL_TEMPLATES: { [K in MailTemplateName]: Renderer<MailTemplateParams[K]> } = {
  'verify-email': ({ fullName, url }) => {
    const lines = [`Hello ${fullName},`, 'Confirm your email address for Assay by opening this link:'];
    const footer = 'If you did not sign up for Assay, ignore this email.';
    return {
      subject: 'Confirm your email address',
      text: text(lines, url, footer),
      html: layout(lines, { label: 'Confirm email', url }, footer),
    };
  },
  'reset-password': ({ fullName, url, expiresAt }) => {
    const lines = [
      `Hello ${fullName},`,
      `Someone asked to reset the password of your Assay account. The link works once, until ${expiresAt}:`,
    ];
    const footer = 'If it was not you, ignore this email: your password stays as it is.';
    return {
      subject: 'Reset your Assay password',
      text: text(lines, url, footer),
      html: layout(lines, { label: 'Choose a new password', url }, footer),
    };
  },
  'member-invitation': ({ organizationName, inviterName, role, url, expiresAt }) => {
    const lines = [
      `${inviterName} invited you to join ${organizationName} on Assay as ${role}.`,
      `Accept the invitation (valid until ${expiresAt}):`,
    ];
    const footer = 'If you did not expect this invitation, ignore this email.';
    return {
      subject: `Join ${organizationName} on Assay`,
      text: text(lines, url, footer),
      html: layout(lines, { label: 'Accept invitation', url }, footer),
    };
  },
  'candidate-invitation': ({ organizationName, roleTitle, timeLimitMinutes, url, expiresAt }) => {
    const organization = plainName(organizationName, ORGANIZATION_NAME_MAX);
    const lines = [
      'Hello,',
      roleTitle
        ? `${organization} invited you to take a skills assessment for the ${plainName(roleTitle, 120)} role on Assay.`
        : `${organization} invited you to take a skills assessment on Assay.`,
      `It takes up to ${Number(timeLimitMinutes) || 0} minutes once you start; the timer starts when you ` +
        `press Start. The link is personal and works until ${expiresAt}.`,
    ];
    const footer = 'If you did not expect this invitation, ignore this email.';
    return {
      subject: `${organization} invited you to an assessment`,
      text: text(lines, url, footer),
      html: layout(lines, { label: 'Open the assessment', url }, footer),
    };
  },
  'attempt-graded': ({
    assessmentTitle,
    candidateName,
    candidateEmail,
    percentage,
    passed,
    recommendedLevel,
    url,
  }) => {
    const lines = [
      `${candidateName} (${candidateEmail}) completed "${assessmentTitle}".`,
      `Score: ${percentage}% — ${passed === 'true' ? 'passed' : 'not passed'}. Level fit: ${recommendedLevel}.`,
    ];
    const footer = 'You receive this because you created the assessment.';
    return {
      subject: `Result: ${candidateName} — ${assessmentTitle}`,
      text: text(lines, url, footer),
      html: layout(lines, { label: 'Open the report', url }, footer),
    };
  },
  'erasure-confirmation': ({ organizationName, url, waitingDays }) => {
    const organization = plainName(organizationName, ORGANIZATION_NAME_MAX);
    const lines = [
      'Hello,',
      `Someone asked, from your assessment link, that ${organization} erase your personal data held on Assay.`,
      `Confirm below. ${organization} is then told, and your data is erased after ${Number(waitingDays) || 0} ` +
        'days unless they must keep it for a legal reason (they will record it if so).',
    ];
    const footer = 'If you did not ask for this, ignore this email: nothing happens without confirmation.';
    return {
      subject: `Confirm the erasure of your data held by ${organization}`,
      text: text(lines, url, footer),
      html: layout(lines, { label: 'Confirm the erasure', url }, footer),
    };
  },
  'erasure-requested': ({ requestId, dueAt, url }) => {
    const lines = [
      `A candidate confirmed a request to erase their personal data (request ${requestId}).`,
      `It will be carried out on ${dueAt} unless a legal hold is recorded before then.`,
    ];
    const footer = 'You receive this as an owner or admin of the organization.';
    return {
      subject: 'A candidate asked for the erasure of their data',
      text: text(lines, url, footer),
      html: layout(lines, { label: 'Review erasure requests', url }, footer),
    };
  },
};

export function isMailTemplate(name: unknown): name is MailTemplateName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(MAIL_TEMPLATES, name);
}

/** Renders a stored request; throws on an unknown template (a programming error, never retried). */
export function renderMail(template: string, to: string, params: Record<string, unknown>): MailMessage {
  if (!isMailTemplate(template)) throw new Error(`unknown mail template "${template}"`);
  const strings = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v ?? '')]));
  const render = MAIL_TEMPLATES[template] as Renderer<Record<string, string>>;
  return { to, ...render(strings) };
}
