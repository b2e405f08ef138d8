import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it.each([
    'correct horse battery staple',
    'Tr0ub4dor&3-but-longer',
    'ünïcödé pässwörd',
    'x'.repeat(127) + 'y',
  ])('accepts %s', (password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it.each([
    ['short', /at least 10/],
    ['🙂🙂🙂🙂🙂🙂🙂🙂🙂', /at least 10/], // 9 characters, 18 UTF-16 units
    ['x'.repeat(64) + 'y'.repeat(65), /at most 128/],
    ['qwertyuiop', /too common/],
    ['1234567890', /too common/],
    ['QWERTYUIOP', /too common/],
    ['password1234', /too common/],
    ['Sunshine2024!!', /too common/],
    ['aaaaaaaaaaaa', /repeat/],
    [42, /string/],
  ])('refuses %s', (password, reason) => {
    expect(passwordProblem(password)).toMatch(reason);
  });
});
