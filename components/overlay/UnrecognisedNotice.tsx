interface Props {
  /** Site name as the adapter reports it, such as "dblp". */
  site: string;
}

/** Shown instead of the panel when an adapter claims the page but finds no list it can read. */
export function UnrecognisedNotice({ site }: Props) {
  return (
    <section class="panel" role="status" aria-label="Scholar Lens" data-testid="layout-unrecognised">
      <p>Scholar Lens: this page's layout is not recognised</p>
      <p class="muted">
        No {site} list was found on this page, so nothing was read or stored. If the page does show a publication
        list, the site may have changed its markup.
      </p>
    </section>
  );
}
