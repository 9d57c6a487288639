import type { StoredPaper, StoredProfile } from '../db/database';
import type { SiteName } from '../model';
import { siteLabel } from '../settings/sites';
import { topicLabels } from './filter';

/** One option of a filter menu: the value the filter and the page URL use, and the text shown. */
export interface FilterChoice {
  value: string;
  label: string;
}

export interface FilterChoices {
  sites: FilterChoice[];
  profiles: FilterChoice[];
  topics: FilterChoice[];
}

/** Returns a profile's name and site, such as "Tianjie Ju (Google Scholar)", or `key` when no named profile is stored. */
export function profileLabel(key: string, profiles: ReadonlyMap<string, StoredProfile>): string {
  const profile = profiles.get(key);
  const name = profile?.name?.trim();
  return profile && name ? `${name} (${siteLabel(profile.site)})` : key;
}

/**
 * Collects the distinct sites, profiles and topics of `papers` for the filter menus, each sorted by
 * its shown text. `currentProfile`, a profile chosen through the page URL, is listed even when no
 * paper has it yet.
 */
export function filterChoices(papers: readonly StoredPaper[], profiles: readonly StoredProfile[], currentProfile: string | null): FilterChoices {
  const sites = new Set<SiteName>();
  const profileKeys = new Set<string>(currentProfile ? [currentProfile] : []);
  const topics = new Set<string>();
  for (const paper of papers) {
    for (const entry of paper.provenance) sites.add(entry.site);
    for (const key of paper.profileKeys) profileKeys.add(key);
    for (const label of topicLabels(paper)) topics.add(label);
  }

  const profilesByKey = new Map(profiles.map((profile) => [profile.key, profile]));
  return {
    sites: sortByLabel(Array.from(sites, (site) => ({ value: site, label: siteLabel(site) }))),
    profiles: sortByLabel(Array.from(profileKeys, (key) => ({ value: key, label: profileLabel(key, profilesByKey) }))),
    topics: sortByLabel(Array.from(topics, (label) => ({ value: label, label }))),
  };
}

function sortByLabel(choices: FilterChoice[]): FilterChoice[] {
  return choices.sort((a, b) => a.label.localeCompare(b.label));
}
