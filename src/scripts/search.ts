/**
 * The search experience over the Pagefind index: results as you type, facet counts, several
 * facets combined, and the query and filters kept in the URL.
 */

interface Strings {
  results: string;
  result: string;
  none: string;
  more: string;
  clear: string;
  loading: string;
  names: Record<string, string>;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

type Filters = Record<string, { any: string[] }>;

interface PagefindInstance {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options: { filters: Filters }) => Promise<PagefindSearch>;
}

interface PagefindModule {
  createInstance: (options: { noWorker?: boolean }) => PagefindInstance & {
    filters: () => Promise<Record<string, Record<string, number>>>;
  };
}

const PAGE = 10;

/**
 * An excerpt from the start of the sentence its first match is in: Pagefind cuts a window of
 * words around the matches, which often opens on the tail of the fact before ("recorded. 12
 * January 2026. Backups…"). Where no sentence starts before the match, it keeps the window and
 * marks the cut with an ellipsis. `html` is Pagefind's: escaped text with <mark> around matches.
 */
export function excerptFromSentence(html: string): string {
  const first = html.indexOf('<mark>');
  // No match marked (a search by filters only): Pagefind's window is the page's opening.
  if (first < 0) return html;
  const head = html.slice(0, first + '<mark>'.length + 1);
  // A sentence ends at . ? or ! before a capital: "Art. 9(2)" and "2026. 12 May" are no ends.
  const boundary = [...head.matchAll(/[.?!] (?=(?:<mark>)?\p{Lu})/gu)].at(-1)?.index;
  if (boundary !== undefined) return html.slice(boundary + 2);
  return /^\p{Ll}/u.test(html) ? `…${html}` : html;
}

export async function mountSearch(form: HTMLFormElement): Promise<void> {
  const strings = JSON.parse(form.dataset['strings']!) as Strings;
  const order = JSON.parse(form.dataset['filters']!) as string[];
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = document.querySelector<HTMLElement>('[data-search-results]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const facets = panel.querySelector<HTMLElement>('[data-search-facets]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = panel.querySelector<HTMLButtonElement>('[data-search-more]')!;
  // Search shows what is current (recipients on the list today, changes not withdrawn) until the
  // reader asks for history too: removed, withdrawn and not yet active recipients.
  const includeHistory = panel.querySelector<HTMLInputElement>('[data-search-history]')!;

  const params = new URLSearchParams(location.search);
  const selected = new Map<string, Set<string>>(
    order.map((key) => [key, new Set(params.getAll(key))]),
  );
  if (params.has('q')) input.value = params.get('q') ?? '';
  includeHistory.checked = params.get('history') === '1';

  status.textContent = strings.loading;
  // Filters hold codes, the same in every language; the words for them come with the page's language.
  const [pagefind, labels] = await Promise.all([
    import(
      /* @vite-ignore */ new URL(form.dataset['pagefind']!, location.href).href
    ) as Promise<PagefindModule>,
    fetch(form.dataset['labels']!)
      .then((response) => (response.ok ? response.json() : {}))
      .catch(() => ({})) as Promise<Record<string, Record<string, string>>>,
  ]);
  const label = (key: string, value: string) => labels[key]?.[value] ?? value;
  // Two Pagefind instances, because counting facets is what makes a search slow on a large registry
  // (a second for 10,000 processors, against well under 100 ms for the results alone): Pagefind
  // counts every filter it has loaded. The results instance never loads the facet index, so the
  // list appears at once; the counting instance loads all of it and works in Pagefind's web worker,
  // off the main thread, filling in the facet counts when it is done.
  const finder = pagefind.createInstance({ noWorker: true });
  // A site served at a path: Pagefind's results are the site's own paths, put under it.
  await finder.options({ excerptLength: 20, baseUrl: form.dataset['base'] ?? '/' });
  await finder.init();
  // The counting instance, and with it the worker, starts once the first results are on screen,
  // so it does not compete with them: created here, it would load its worker at once.
  let counter: ReturnType<PagefindModule['createInstance']> | undefined;
  let counterReady: Promise<unknown> | undefined;

  let latest = 0;
  // Facets the reader opened or closed stay that way when the results change.
  const opened = new Map<string, boolean>();
  let results: PagefindSearch['results'] = [];
  let shown = 0;

  const active = () => [...selected].filter(([, values]) => values.size > 0);

  function writeUrl(term: string) {
    const next = new URLSearchParams();
    if (term) next.set('q', term);
    if (includeHistory.checked) next.set('history', '1');
    for (const [key, values] of active()) for (const value of values) next.append(key, value);
    const query = next.toString();
    history.replaceState(
      null,
      '',
      `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
    );
    // Switching language keeps the search: the words, and the filters, which are codes.
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) {
      link.setAttribute('href', `${link.pathname}${query ? `?${query}` : ''}`);
    }
  }

  /** The next page of results as list items, loaded before anything on screen changes. */
  async function nextItems(): Promise<HTMLLIElement[]> {
    const batch = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
    shown += batch.length;
    return batch.map((data) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = data.url;
      link.textContent = data.meta['title'] ?? data.url;
      // The role (or "Change") and the status, as every page of the site names them.
      const badges = ['kind', 'status']
        .map((key) => data.meta[key])
        .filter((text): text is string => Boolean(text))
        .flatMap((text) => {
          const badge = document.createElement('span');
          badge.className = 'badge';
          badge.textContent = text;
          return [' ', badge];
        });
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is HTML it escaped itself, with <mark> around the matches.
      excerpt.innerHTML = excerptFromSentence(data.excerpt);
      item.append(link, ...badges, excerpt);
      return item;
    });
  }

  async function showMore() {
    list.append(...(await nextItems()));
    more.hidden = shown >= results.length;
  }

  /**
   * Draws the facets. `counts` holds, for each facet, the matches of each of its values with
   * every filter but the facet's own, so ticking one value leaves the others' counts meaningful:
   * what ticking them too would add.
   */
  function renderFacets(search: PagefindSearch, counts: Record<string, Record<string, number>>) {
    // The facets are drawn anew with each count: keep the keyboard where the reader left it.
    const focused = document.activeElement;
    const keep =
      focused instanceof HTMLInputElement && facets.contains(focused)
        ? { name: focused.name, value: focused.value }
        : focused instanceof HTMLElement &&
            facets.contains(focused) &&
            focused.tagName === 'SUMMARY'
          ? { summary: focused.textContent ?? '' }
          : undefined;
    facets.replaceChildren();
    for (const key of order) {
      const count = counts[key] ?? search.filters[key] ?? {};
      const values = Object.keys(search.totalFilters[key] ?? count);
      if (values.length === 0) continue;
      const chosen = selected.get(key)!;
      const details = document.createElement('details');
      // On a phone the facets come after the results, folded unless one of theirs is ticked.
      const wide = matchMedia('(min-width: 48rem)').matches;
      details.open =
        opened.get(key) ??
        (chosen.size > 0 || (wide && (key === 'kind' || key === 'product' || key === 'region')));
      details.addEventListener('toggle', () => opened.set(key, details.open));
      const summary = document.createElement('summary');
      summary.textContent = strings.names[key] ?? key;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.className = 'visually-hidden';
      legend.textContent = strings.names[key] ?? key;
      fieldset.append(legend);
      values
        .sort(
          (a, b) =>
            (count[b] ?? 0) - (count[a] ?? 0) ||
            label(key, a).localeCompare(label(key, b), document.documentElement.lang),
        )
        .forEach((value) => {
          const option = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = key;
          box.value = value;
          box.checked = chosen.has(value);
          box.addEventListener('change', () => {
            if (box.checked) chosen.add(value);
            else chosen.delete(value);
            void run(0);
          });
          option.append(box, ` ${label(key, value)} (${count[value] ?? 0})`);
          fieldset.append(option);
        });
      details.append(summary, fieldset);
      facets.append(details);
    }
    if (active().length > 0 || input.value) {
      const clear = document.createElement('button');
      clear.type = 'button';
      clear.textContent = strings.clear;
      clear.addEventListener('click', () => {
        input.value = '';
        for (const values of selected.values()) values.clear();
        void run(0);
        input.focus();
      });
      facets.append(clear);
    }
    if (keep && 'name' in keep)
      [...facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
        .find((box) => box.name === keep.name && box.value === keep.value)
        ?.focus();
    else if (keep)
      [...facets.querySelectorAll<HTMLElement>('summary')]
        .find((summary) => summary.textContent === keep.summary)
        ?.focus();
  }

  /** The search on screen, whose facets the counting instance is to count. */
  let current: { id: number; term: string | null; filters: Filters } | null = null;
  let counting = false;

  /** Counts facets for the search on screen, one count at a time, skipping searches typed past. */
  async function countFacets() {
    if (counting) return;
    counting = true;
    try {
      while (current) {
        const { id, term, filters } = current;
        counter ??= pagefind.createInstance({});
        const instance = counter;
        await (counterReady ??= instance.init().then(() => instance.filters()));
        if (current?.id !== id) continue;
        const search = await instance.search(term, { filters });
        if (current?.id !== id) continue;
        // Each ticked facet counted again without its own filter (Pagefind counts with all of them).
        const own = await Promise.all(
          Object.keys(filters)
            .filter((key) => key !== 'scope')
            .map(async (key) => {
              const { [key]: _own, ...others } = filters;
              const without = await instance.search(term, { filters: others });
              return [key, without.filters[key] ?? {}] as const;
            }),
        );
        if (current?.id !== id) continue;
        renderFacets(search, Object.fromEntries(own));
        facets.removeAttribute('aria-busy');
        return;
      }
    } finally {
      counting = false;
    }
  }

  /** Searches for what the form holds, after `pause` ms in which a fast typist may type on. */
  async function run(pause = 40) {
    const term = input.value.trim();
    writeUrl(term);
    const mine = ++latest;
    if (!term && active().length === 0) {
      current = null;
      panel.hidden = true;
      return;
    }
    const filters: Filters = Object.fromEntries(
      active().map(([key, values]) => [key, { any: [...values] }]),
    );
    // Ticking a status or state of the past (Removed, Withdrawn) asks for history too.
    const pastAsked = ['status', 'state'].some((key) => (selected.get(key)?.size ?? 0) > 0);
    if (!includeHistory.checked && !pastAsked) filters['scope'] = { any: ['current'] };
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    if (mine !== latest) return;
    const search = await finder.search(term || null, { filters });
    if (mine !== latest) return; // A newer keystroke replaced this search.
    results = search.results;
    shown = 0;
    const items = await nextItems();
    if (mine !== latest) return;
    list.replaceChildren(...items);
    more.hidden = shown >= results.length;
    panel.hidden = false;
    status.textContent =
      results.length === 0
        ? strings.none
        : results.length === 1
          ? strings.result
          : strings.results.replace('{count}', String(results.length));
    // The facets still show the last counts until the new ones arrive, marked as being updated.
    facets.setAttribute('aria-busy', 'true');
    current = { id: mine, term: term || null, filters };
    void countFacets();
  }

  input.addEventListener('input', () => void run());
  includeHistory.addEventListener('change', () => void run(0));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(0);
  });
  more.addEventListener('click', () => void showMore());
  await run(0); // Whatever was typed while the search code loaded, or the query in the URL.
  if (panel.hidden) status.textContent = '';
}
