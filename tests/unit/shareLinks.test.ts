import { describe, expect, test } from 'vitest';
import { shareLinks } from '../../src/share/shareLinks';

const url = 'https://dispatch.example.com/stories/troops-iraq/?ref=a&b=c#p-2';
const title = `Tom & Jerry's "100%" #1 hit? + more 🎉 — بغداد تقول لا · ירושלים אומרת כן`;

/** Every query value of a share link, decoded as the receiving service decodes it. */
const values = (href: string): string[] => [...new URL(href).searchParams.values()];

const targets = shareLinks({ url, title }, false);

test('offers the usual places to share, each once', () => {
  const names = targets.map((target) => target.name);
  expect(names).toEqual(expect.arrayContaining(['X', 'Facebook', 'WhatsApp', 'Email']));
  expect(new Set(names).size).toBe(names.length);
});

describe.each(targets.map((target) => [target.name, target.href] as const))('%s', (_, href) => {
  test('carries the canonical URL exactly once, decoding to exactly that URL', () => {
    const found = values(href).filter((value) => value.includes(url));
    expect(found).toHaveLength(1);
    expect(found[0] === url || found[0]!.endsWith(`\n${url}`)).toBe(true);
    expect(values(href).join('\n').split(url)).toHaveLength(2);
  });

  test('carries the title intact wherever it carries text', () => {
    for (const value of values(href)) {
      // Each value is the URL, the title, or the title followed by the URL on a line of its own.
      expect(
        [url, title].includes(value) || new RegExp(`^${escapeRegExp(title)}\\n+${escapeRegExp(url)}$`).test(value),
        value,
      ).toBe(true);
    }
  });

  test('is encoded once: nothing reserved left raw, nothing encoded twice', () => {
    const query = href.slice(href.indexOf('?') + 1);
    for (const part of query.split('&')) expect(part).toMatch(/^[a-z_]+=[A-Za-z0-9%._~!*'()-]*$/);
    expect(href).not.toMatch(/%25[0-9A-F]{2}/);
  });
});

test('X, WhatsApp and email carry the title as well as the URL', () => {
  for (const name of ['X', 'WhatsApp', 'Email']) {
    const href = targets.find((target) => target.name === name)!.href;
    expect(
      values(href).some((value) => value.startsWith(title)),
      name,
    ).toBe(true);
  }
});

test('email has the title as its subject and the link in its body', () => {
  const email = new URL(targets.find((target) => target.name === 'Email')!.href);
  expect(email.protocol).toBe('mailto:');
  expect(email.searchParams.get('subject')).toBe(title);
  expect(email.searchParams.get('body')!.endsWith(url)).toBe(true);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
