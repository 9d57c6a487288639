export { foldText, nameKey, namesCompatible, normalizeName, type NormalizedName } from './normalize';
export { ownerMatcher, stripProfileNotes } from './owner';
export { resolvePeople, type Person } from './resolve';
