import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ShareBar } from '../../src/share/ShareBar';

const url = 'https://dispatch.example.com/stories/floods-close-pass/';
const title = 'Floods close the “Aldmoor” pass & the road north';

/** jsdom has neither navigator.share nor document.execCommand; each test adds what it needs. */
function stubShare(share: (data: ShareData) => Promise<void>) {
  const spy = vi.fn(share);
  Object.defineProperty(navigator, 'share', { value: spy, configurable: true });
  return spy;
}

function stubExecCommand(result: boolean) {
  const spy = vi.fn((_command: string) => result);
  Object.defineProperty(document, 'execCommand', { value: spy, configurable: true });
  return spy;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(document, 'execCommand');
});

function renderBar() {
  const user = userEvent.setup();
  render(<ShareBar url={url} title={title} />);
  return { user, status: screen.getByRole('status') };
}

describe('the share bar', () => {
  test('names every control after the story and opens services in a new tab, but not email', () => {
    renderBar();
    const bar = screen.getByRole('region', { name: 'Tell your friends' });
    expect(within(bar).getByRole('button', { name: `Copy link to “${title}”` })).toBeInTheDocument();
    const links = within(bar).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual([
      ...['X', 'Facebook', 'WhatsApp', 'Telegram', 'LinkedIn', 'Reddit', 'Bluesky'].map(
        (name) => `Share “${title}” on ${name} (opens in a new tab)`,
      ),
      `Share “${title}” by email`,
    ]);
    for (const link of links.slice(0, -1)) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    const email = links.at(-1)!;
    expect(email.getAttribute('href')).toMatch(/^mailto:\?subject=/);
    expect(email).not.toHaveAttribute('target');
  });

  test('offers no Share button where the browser has no share sheet', () => {
    renderBar();
    expect(screen.queryByRole('button', { name: `Share “${title}”` })).toBeNull();
  });
});

describe('Share, where the browser has a share sheet', () => {
  test('hands the headline and the canonical URL to it, and gives focus back to the button', async () => {
    // The share sheet takes focus while it is open.
    const share = stubShare(async () => (document.activeElement as HTMLElement).blur());
    const { user } = renderBar();
    const button = screen.getByRole('button', { name: `Share “${title}”` });
    await user.click(button);
    expect(share).toHaveBeenCalledWith({ title, text: title, url });
    expect(button).toHaveFocus();
  });

  test('closing the share sheet is not an error: nothing is copied and nothing is said', async () => {
    stubShare(async () => {
      throw new DOMException('Share canceled', 'AbortError');
    });
    const { user, status } = renderBar();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: `Share “${title}”` }));
    expect(writeText).not.toHaveBeenCalled();
    expect(status).toBeEmptyDOMElement();
  });

  test('when the share sheet fails, the link is copied instead', async () => {
    stubShare(async () => {
      throw new DOMException('Not allowed', 'NotAllowedError');
    });
    const { user, status } = renderBar();
    await user.click(screen.getByRole('button', { name: `Share “${title}”` }));
    expect(status).toHaveTextContent('Link copied');
    expect(await navigator.clipboard.readText()).toBe(url);
  });
});

describe('Copy link', () => {
  test('puts the canonical URL on the clipboard and says so, keeping focus on the button', async () => {
    const { user, status } = renderBar();
    const button = screen.getByRole('button', { name: `Copy link to “${title}”` });
    await user.click(button);
    expect(await navigator.clipboard.readText()).toBe(url);
    expect(status).toHaveTextContent('Link copied');
    expect(button).toHaveFocus();
  });

  test('falls back to selecting and copying when the Clipboard API is refused', async () => {
    const { user, status } = renderBar();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    const execCommand = stubExecCommand(true);
    const button = screen.getByRole('button', { name: `Copy link to “${title}”` });
    await user.click(button);
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(status).toHaveTextContent('Link copied');
    expect(button).toHaveFocus();
    expect(document.querySelector('textarea')).toBeNull();
  });

  test('when nothing can copy, shows the link for the reader to copy by hand', async () => {
    const { user, status } = renderBar();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    stubExecCommand(false);
    await user.click(screen.getByRole('button', { name: `Copy link to “${title}”` }));
    expect(status).toHaveTextContent('Could not copy the link. Select it here and copy it:');
    expect(screen.getByRole('textbox', { name: 'Link to share' })).toHaveValue(url);
  });
});
