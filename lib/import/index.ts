export { parseImportFile } from './parse';
export { writeImport, type ImportSummary } from './write';
export type { ImportContent, ImportEntry, ImportFormat, ImportParseResult } from './entry';
