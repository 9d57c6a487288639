export { parseImportFile } from './parse';
export { writeImport, type ImportSummary } from './write';
export type { ImportEntry, ImportFormat, ImportParseResult } from './entry';
