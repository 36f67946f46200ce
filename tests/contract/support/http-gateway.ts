import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { server as mswServer } from '@mocks/node';
import { startMockApi } from '@mocks/server';

/**
 * Runs the tests of one file against the real HTTP mock gateway (what `npm run mock-api`
 * serves). tests/setup/gateway.ts starts msw's in-process interceptor, which would answer these
 * fetches itself before they reach the socket, so it is closed for the file and reopened
 * after. Returns a getter for the gateway's base URL.
 */
export function realHttpGatewayForThisFile(): () => string {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    mswServer.close();
    server = await startMockApi(0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    mswServer.listen({ onUnhandledRequest: 'error' });
  });
  return () => base;
}
