import { describe, expect, it } from 'vitest';
import { loginName, loginSource } from './login-lockout.service';

describe('what a sign-in failure counts against', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2::5', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('%s -> %s', (ip, source) => expect(loginSource(ip)).toBe(source));

  it('normalises the typed username like stored ones', () => {
    expect(loginName('  Nv.Lan ')).toBe('nv.lan');
    expect(loginName('x'.repeat(300))).toHaveLength(100);
  });
});
