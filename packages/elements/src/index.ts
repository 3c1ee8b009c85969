// The public API of @dbi-kit/elements. Importing this module registers no tags: import
// `@dbi-kit/elements/define` (or a tag's own entry) for that.
export { formatVnd, parseVnd } from './internal/money.js';
