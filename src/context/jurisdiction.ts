// Where a posting's job is: see src/context/jurisdiction/ (data, lexicon, prefilter, scan, scores).
export {
  explainJurisdiction,
  inferJurisdiction,
  JURISDICTION_CODES,
  loadJurisdictionData,
  type AnalysedText,
  type JurisdictionCode,
  type JurisdictionData,
  type JurisdictionEvidence,
  type JurisdictionGuess,
} from './jurisdiction/index.js';
