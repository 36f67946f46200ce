/** Types for scripts/lib/nginx-server.mjs. */
export declare const NGINX: string;
export declare function freePort(): Promise<number>;
export declare function freePorts(count: number): Promise<number[]>;
export declare function startNginx(
  sites: Array<{ dist: string; gateway?: string }>,
  options?: { log?: (chunk: string) => void },
): Promise<{ urls: string[]; stop: () => Promise<void> }>;
