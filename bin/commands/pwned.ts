/** @module `heedful pwned`: placeholder until the breach check lands (issue 3). */
export async function pwned(): Promise<number> {
  throw new Error('pwned is not available in this build');
}
