import * as z from 'zod/mini';
import { Coauthor, HttpUrl, PageRecord, Provenance, SiteMetrics } from '../../model';

// Message schemas for the collaboration analysis. This file imports only zod and the model, so
// the content script can validate responses without loading graphology.

const year = z.nullable(z.number());

export const CollaboratorSchema = z.object({
  id: z.string(),
  name: z.string(),
  papers: z.number(),
  firstYear: year,
  lastYear: year,
  share: z.number(),
  url: z.optional(HttpUrl),
  siteId: z.optional(z.string()),
  displayName: z.string(),
});

export const CollaboratorGroupSchema = z.object({
  label: z.string(),
  members: z.array(z.string()),
  central: z.array(z.string()),
  papers: z.array(z.number()),
  topics: z.array(z.string()),
  firstYear: year,
  lastYear: year,
});

export const ClusterReportSchema = z.object({
  papers: z.array(z.number()),
  activeFrom: year,
  activeTo: year,
  recurringCoauthors: z.array(z.string()),
  venues: z.array(z.string()),
  topics: z.array(z.string()),
});

export const MergedProfileVerdictSchema = z.object({
  warning: z.boolean(),
  verdict: z.enum(['single', 'move', 'merged']),
  clusters: z.array(ClusterReportSchema),
  evidence: z.array(z.string()),
});

export const CollaborationSummarySchema = z.object({
  paperCount: z.number(),
  coauthorCount: z.number(),
  top: z.array(CollaboratorSchema),
  positions: z.object({ first: z.number(), middle: z.number(), last: z.number(), solo: z.number(), counted: z.number() }),
  soloPapers: z.number(),
  newCollaborators: z.array(CollaboratorSchema),
  longStanding: z.array(CollaboratorSchema),
});

/** Response fields of `profile/analyze`: the co-author summary, collaborator groups and the merged-profile verdict. */
export const ProfileAnalysisResult = z.object({
  summary: CollaborationSummarySchema,
  groups: z.array(CollaboratorGroupSchema),
  mergedProfile: MergedProfileVerdictSchema,
});
export type ProfileAnalysisResult = z.infer<typeof ProfileAnalysisResult>;

/** The owner fields the analysis reads. */
export const AnalysisOwnerSchema = z.object({
  name: z.nullable(z.string()),
  coauthors: z.optional(z.array(Coauthor)),
  metrics: z.optional(SiteMetrics),
});

/** Request fields of `profile/analyze`: the page's records, and the sighting that the background gives each of them. */
export const AnalyzeRequestFields = {
  papers: z.array(PageRecord),
  sighting: Provenance,
  owner: AnalysisOwnerSchema,
};
