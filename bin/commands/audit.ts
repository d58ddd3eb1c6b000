/** @module `heedful audit`: placeholder until the forms check lands (issue 4). */
export async function audit(): Promise<number> {
  throw new Error('audit is not available in this build');
}
