/** Compresses the files under `dir`; answers how many files and their sizes before and after. */
export function precompressDir(dir: string): { files: number; raw: number; brotli: number; gzip: number };
