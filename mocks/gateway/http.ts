/**
 * The mock gateway's `http`: MSW's, with three things every handler needs done the same way.
 *
 *  - Routes are written relative to the gateway (`http.post('/brp/personen', …)`) and anchored
 *    to its base (gateway/base.ts): nothing outside the gateway can ever match.
 *  - Every response carries a `Date` header from the gateway's clock (gateway/clock.ts), as a
 *    real origin server sends one (RFC 9110 §6.6.1). The app reads its "today" from it.
 *  - Over https the session cookie is `__Host-mg_session`; handlers see it under the plain
 *    name, and a plain `mg_session` sent over https is ignored (gateway/session.ts).
 */
import {
  http as msw,
  type DefaultBodyType,
  type HttpResponseResolver,
  type PathParams,
  type RequestHandlerOptions,
} from 'msw';
import { gatewayPath } from './base';
import { httpDate } from './clock';
import { sessionCookies } from './session';

/** Adds the gateway's `Date` to a mocked response (in place: MSW responses are not locked). */
export function stampDate<T>(result: T): T {
  if (result instanceof Response && !result.headers.has('date')) result.headers.set('Date', httpDate());
  return result;
}

type Method = 'all' | 'head' | 'get' | 'post' | 'put' | 'delete' | 'patch' | 'options';

function method<M extends Method>(name: M) {
  return <
    Params extends PathParams<keyof Params> = PathParams,
    RequestBody extends DefaultBodyType = DefaultBodyType,
    ResponseBody extends DefaultBodyType = undefined,
  >(
    route: string,
    resolver: HttpResponseResolver<Params, RequestBody, ResponseBody>,
    options?: RequestHandlerOptions,
  ) =>
    msw[name]<Params, RequestBody, ResponseBody>(
      gatewayPath(route),
      (async (info: Parameters<typeof resolver>[0]) =>
        stampDate(await resolver({ ...info, cookies: sessionCookies(info.request, info.cookies) }))) as typeof resolver,
      options,
    );
}

export const http = {
  all: method('all'),
  head: method('head'),
  get: method('get'),
  post: method('post'),
  put: method('put'),
  delete: method('delete'),
  patch: method('patch'),
  options: method('options'),
};
