export function escapesPrefix(target: string): boolean;
