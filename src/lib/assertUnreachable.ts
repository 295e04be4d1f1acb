/** Makes a switch exhaustive: a case nobody handles is a compile error, and a throw at run time. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
