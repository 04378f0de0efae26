/** Classification of a document: ordinary, or secret (Mật). */
export const DOCUMENT_CLASSIFICATIONS = ['thuong', 'mat'] as const;
export type DocumentClassification = (typeof DOCUMENT_CLASSIFICATIONS)[number];
