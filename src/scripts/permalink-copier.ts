/**
 * <permalink-copier> wraps a document. Following a self-link still moves to
 * and highlights its target as a plain link does; with this script it also
 * copies the full URL, fragment included, and says so on screen and to screen
 * readers. Its "Copy link" button, hidden until this script runs, copies the
 * address of what is in view, and its "Copy citation" button the citation.
 */
interface Messages {
  page: string;
  citation: string;
  link: string;
  failed: string;
}

class PermalinkCopier extends HTMLElement {
  #status: HTMLElement | null = null;
  #clearTimer: number | undefined;

  /** What it says, in the page's language, given by the page (src/components/PermalinkCopier.astro). */
  #messages!: Messages;

  connectedCallback(): void {
    this.#messages = JSON.parse(this.dataset['messages'] ?? '{}') as Messages;
    this.#status = this.querySelector<HTMLElement>('[data-copy-status]');
    const button = this.querySelector<HTMLButtonElement>('button[data-copy-page]');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', () => void this.#copy(window.location.href, this.#messages.page));
    }
    const citeButton = this.querySelector<HTMLButtonElement>('button[data-copy-citation]');
    const citation = this.querySelector('[data-citation]');
    if (citeButton && citation) {
      citeButton.hidden = false;
      citeButton.addEventListener('click', () => void this.#copy(citation.textContent?.trim() ?? '', this.#messages.citation));
    }
    this.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.self-link') : null;
      if (link) void this.#copy(link.href, this.#messages.link);
    });
  }

  async #copy(url: string, confirmation: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.#announce(`${confirmation}: ${url}`);
    } catch {
      this.#announce(`${this.#messages.failed} ${url}`);
    }
  }

  #announce(message: string): void {
    if (!this.#status) return;
    // Emptying first makes a repeated message count as new for screen readers.
    this.#status.textContent = '';
    window.clearTimeout(this.#clearTimer);
    requestAnimationFrame(() => {
      if (!this.#status) return;
      this.#status.textContent = message;
      this.#clearTimer = window.setTimeout(() => {
        if (this.#status) this.#status.textContent = '';
      }, 6000);
    });
  }
}

customElements.define('permalink-copier', PermalinkCopier);
