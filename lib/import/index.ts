export { parseImportFile } from './parse';
export { writeImport, type ImportSummary } from './write';
export { describeImport } from './summary';
export type { ImportContent, ImportEntry, ImportFormat, ImportParseResult } from './entry';
