/** @module Where the external corpora live: `../shared/corpora` beside the clone (CI puts them
 * there). Only the corpus tier reads them; the default tests need nothing outside the repo. */
import { resolve } from 'node:path';

export const CORPORA = resolve(import.meta.dirname, '../../../shared/corpora');
