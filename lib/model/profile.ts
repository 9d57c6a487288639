import * as z from 'zod/mini';
import { HttpUrl, SiteName } from './paper';

/** A metric shown by the site: its all-time value and its value over recent years. */
export const MetricPair = z.object({
  all: z.nullable(z.number()),
  recent: z.nullable(z.number()),
});
export type MetricPair = z.infer<typeof MetricPair>;

/** Metrics as the site itself reports them; every part is optional. */
export const SiteMetrics = z.object({
  citations: z.optional(MetricPair),
  hIndex: z.optional(MetricPair),
  i10Index: z.optional(MetricPair),
  /** First year counted in the `recent` values. */
  recentSince: z.optional(z.nullable(z.number())),
  citationsByYear: z.optional(z.array(z.object({ year: z.number(), count: z.number() }))),
});
export type SiteMetrics = z.infer<typeof SiteMetrics>;

export const Coauthor = z.object({
  name: z.string().check(z.minLength(1)),
  url: z.optional(HttpUrl),
  siteId: z.optional(z.string()),
  affiliation: z.optional(z.string()),
});
export type Coauthor = z.infer<typeof Coauthor>;

export const Profile = z.object({
  site: SiteName,
  /** The profile's id on its site, such as a Scholar user id. */
  id: z.string().check(z.minLength(1)),
  /** The owner's name as the page shows it, or null when the page does not show it. */
  name: z.nullable(z.string().check(z.minLength(1))),
  affiliation: z.nullable(z.string()),
  interests: z.array(z.string()),
  metrics: SiteMetrics,
  /** Co-authors the site lists beside the profile (Scholar's panel). */
  coauthors: z.array(Coauthor),
  url: HttpUrl,
});
export type Profile = z.infer<typeof Profile>;

export { profileKey } from './ids';
