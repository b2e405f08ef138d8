import { blockedAddressReason, checkWebhookUrl, HostResolver } from './webhook-url';

const strict = { allowHttp: false, allowPrivate: false };
const resolver =
  (table: Record<string, string[]>): HostResolver =>
  async (host) => {
    if (!(host in table)) throw new Error('ENOTFOUND');
    return table[host];
  };

describe('blockedAddressReason', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '0.0.0.0',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254', // cloud metadata
    '169.254.1.1',
    '100.64.0.1', // CGNAT
    '100.100.100.200', // metadata inside CGNAT (Alibaba)
    '192.0.0.192', // metadata (Oracle) inside IETF assignments
    '224.0.0.1',
    '255.255.255.255',
    '198.18.0.1',
    '::',
    '::1',
    '[::1]',
    'fe80::1',
    'fe80::1%eth0',
    'fc00::1',
    'fd00:ec2::254', // AWS IPv6 metadata
    'ff02::1',
    '::ffff:127.0.0.1', // IPv4-mapped loopback
    '::ffff:7f00:1', // the same, in hex
    '::ffff:169.254.169.254',
    '::127.0.0.1', // IPv4-compatible
    '64:ff9b::10.0.0.1', // NAT64 of a private address
    '2002:7f00:1::', // 6to4
    '2001:db8::1',
  ])('refuses %s', (address) => {
    expect(blockedAddressReason(address)).not.toBeNull();
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.215.14',
    '172.32.0.1', // just past 172.16/12
    '100.128.0.1', // just past 100.64/10
    '2606:4700:4700::1111',
    '2a00:1450:4001:80b::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
  ])('accepts %s', (address) => {
    expect(blockedAddressReason(address)).toBeNull();
  });

  it('refuses what is not an address', () => {
    expect(blockedAddressReason('example.com')).toBe('not an IP address');
  });
});

describe('checkWebhookUrl', () => {
  it('accepts a public https URL and reports the addresses it checked', async () => {
    const verdict = await checkWebhookUrl('https://hooks.example.com/assay', {
      ...strict,
      resolve: resolver({ 'hooks.example.com': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'] }),
    });
    expect(verdict).toMatchObject({
      ok: true,
      addresses: ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    });
  });

  it('refuses a host when any of its addresses is private (DNS pointing inside)', async () => {
    const verdict = await checkWebhookUrl('https://sneaky.example.com/', {
      ...strict,
      resolve: resolver({ 'sneaky.example.com': ['93.184.215.14', '10.0.0.5'] }),
    });
    expect(verdict).toEqual({ ok: false, reason: 'url host resolves to a private address' });
  });

  it.each([
    ['https://127.0.0.1/hook', /loopback/],
    ['https://[::1]/hook', /loopback/],
    ['https://[::ffff:169.254.169.254]/latest', /metadata/],
    ['https://169.254.169.254/latest/meta-data', /metadata/],
    ['https://2130706433/', /loopback/], // 127.0.0.1 as one number
    ['https://0x7f.1/', /loopback/],
    ['https://localhost:8443/', /loopback/],
    ['https://app.localhost/', /loopback/],
  ])('refuses %s', async (url, reason) => {
    const verdict = await checkWebhookUrl(url, { ...strict, resolve: resolver({}) });
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(reason);
  });

  it('needs https unless http is allowed', async () => {
    const resolve = resolver({});
    expect(await checkWebhookUrl('http://93.184.215.14/', { ...strict, resolve })).toEqual({
      ok: false,
      reason: 'url must use https',
    });
    expect((await checkWebhookUrl('http://93.184.215.14/', { ...strict, allowHttp: true, resolve })).ok).toBe(
      true,
    );
    expect((await checkWebhookUrl('ftp://93.184.215.14/', { ...strict, allowHttp: true, resolve })).ok).toBe(
      false,
    );
  });

  it('refuses credentials, garbage and hosts that do not resolve', async () => {
    const resolve = resolver({});
    expect((await checkWebhookUrl('https://user:pw@93.184.215.14/', { ...strict, resolve })).ok).toBe(false);
    expect((await checkWebhookUrl('not a url', { ...strict, resolve })).ok).toBe(false);
    expect(await checkWebhookUrl('https://nowhere.invalid/', { ...strict, resolve })).toEqual({
      ok: false,
      reason: 'url host does not resolve',
    });
  });

  it('allows private addresses only when told to (development)', async () => {
    const verdict = await checkWebhookUrl('http://127.0.0.1:4000/hook', {
      allowHttp: true,
      allowPrivate: true,
      resolve: resolver({}),
    });
    expect(verdict.ok).toBe(true);
  });
});
