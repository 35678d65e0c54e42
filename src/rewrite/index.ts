export { applyFixes, type FixResult } from './apply.js';
export { fill, placeholders, capitalize, capitalizeLike } from './template.js';
