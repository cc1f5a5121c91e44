// <su-search>: opens a dialog (button, Ctrl+K or "/"), loads Pagefind's runtime on first use, lists results as text.

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;

function plain(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.body.textContent;
}

class SiteSearch extends HTMLElement {
  private pagefind: Promise<Pagefind> | null = null;
  private latest = 0;

  connectedCallback(): void {
    const dialog = this.querySelector('dialog');
    const input = this.querySelector<HTMLInputElement>('input');
    const open = this.querySelector<HTMLButtonElement>('[data-open]');
    if (!dialog || !input || !open) return;
    const show = (): void => {
      if (!dialog.open) dialog.showModal();
      input.focus();
    };
    open.addEventListener('click', show);
    window.addEventListener('keydown', (e) => {
      const typing =
        e.target instanceof HTMLElement && e.target.closest('input, textarea, [contenteditable]');
      if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing)) {
        e.preventDefault();
        show();
      }
    });
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close();
    });
    input.addEventListener('input', () => void this.run(input.value));
  }

  private load(): Promise<Pagefind> {
    const base = document.documentElement.dataset.base ?? '/';
    this.pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>;
    return this.pagefind;
  }

  private async run(query: string): Promise<void> {
    const ticket = ++this.latest;
    const status = this.querySelector('[role="status"]');
    const list = this.querySelector('ul');
    if (!status || !list) return;
    if (query.trim().length < 2) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const found = await (await this.load()).search(query);
    const data = await Promise.all(
      (found?.results ?? []).slice(0, MAX_RESULTS).map((r) => r.data()),
    );
    if (ticket !== this.latest) return;
    list.replaceChildren(
      ...data.map((d) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = d.url;
        link.textContent = d.meta.title ?? d.url;
        const excerpt = document.createElement('p');
        excerpt.textContent = plain(d.excerpt);
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent =
      data.length === 0
        ? `No result for “${query}”.`
        : `${data.length} result${data.length > 1 ? 's' : ''}.`;
  }
}

export function defineSearch(): void {
  if (!customElements.get('su-search')) customElements.define('su-search', SiteSearch);
}
