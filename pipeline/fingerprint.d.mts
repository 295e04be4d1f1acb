export function appFingerprint(): string;
export function compiledDir(fingerprint: string): string;
