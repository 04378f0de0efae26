/** Field limits, defined once for the API schemas and the web forms. */
export const LIMITS = {
  usernameMin: 3,
  usernameMax: 64,
  passwordMin: 10,
  passwordMax: 256,
  nameMax: 200,
  searchMax: 200,
  pageSizeMax: 200,
  unitImportMaxBytes: 20 * 1024 * 1024,
  extractTextMaxChars: 2_000_000,
} as const;
