/**
 * Renders what the extension does with data. Keep every sentence true: the privacy end-to-end test backs
 * the network claims and the manifest check backs the permission claim.
 */
export function PrivacyPromise() {
  return (
    <section aria-labelledby="privacy-title" data-testid="privacy-promise">
      <h2 id="privacy-title" class="section-title">Privacy</h2>
      <ul>
        <li>Scholar Lens sends nothing anywhere. It has no analytics and never looks titles or DOIs up online.</li>
        <li>
          It makes no network requests of its own. The one exception you start yourself: <em>Load all papers</em> presses the
          site's own "Show more" button, and the site then loads its next rows as it would for you.
        </li>
        <li>
          Papers, profiles and these settings stay in this browser, in the extension's own storage, which websites cannot read.
          Removing the extension deletes them.
        </li>
        <li>
          At install it asks for storage, for the profile pages of the sites listed above, and for scripting and activeTab, which
          let the popup's <em>Scan this site</em> read the tab you are on when you press it. Any other site is asked for one at a
          time, only when you allow it.
        </li>
      </ul>
    </section>
  );
}
