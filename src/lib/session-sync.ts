/**
 * One browser, one person at a time (issue 17, finding 3). The session cookie is shared by all
 * tabs, but each tab has its own memory and sessionStorage: after a sign-out or a new sign-in
 * in one tab, another tab could still show, or save, the previous person's data (a correction
 * draft on a shared computer). So:
 *
 *  - every sign-in gets a fresh random *owner id* in localStorage (shared by the tabs, wiped at
 *    sign-out with the rest of localStorage); drafts carry the owner id they were written
 *    under and are only read back under the same one (features/correcties/model/draft.ts);
 *  - sign-in and sign-out are announced to the other tabs (BroadcastChannel), which then wipe
 *    their sessionStorage and reload: nothing of the previous person stays in memory, and the
 *    session check decides what the tab may show.
 *
 * The owner id is random and says nothing about the person.
 */

const OWNER_KEY = 'mg-eigenaar';
const CHANNEL = 'mg-sessie';

type SessionMessage = { type: 'signed-in' | 'signed-out'; tab: string };
/** This tab: a BroadcastChannel also delivers to the other channel objects of the sender's own page. */
const TAB = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());

function local(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function wipeSessionStorage(): void {
  try {
    sessionStorage.clear();
  } catch {
    // unavailable: then nothing was stored there either
  }
}

function announce(message: SessionMessage): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(message);
  channel.close();
}

/** The owner id of the current sign-in; made on first use when a session began without one. */
export function draftOwner(): string | undefined {
  const storage = local();
  if (!storage) return undefined;
  let owner = storage.getItem(OWNER_KEY);
  if (!owner) {
    owner = crypto.randomUUID();
    try {
      storage.setItem(OWNER_KEY, owner);
    } catch {
      return undefined;
    }
  }
  return owner;
}

/** After a successful sign-in: a new owner, no drafts of anyone before, and the other tabs told. */
export function markSignedIn(): void {
  wipeSessionStorage();
  try {
    local()?.setItem(OWNER_KEY, crypto.randomUUID());
  } catch {
    // storage full or unavailable: drafts then stay in memory only (draftOwner gives undefined)
  }
  announce({ type: 'signed-in', tab: TAB });
}

/**
 * Issue 14: the session now serves another person (a parent switched to a child, or back).
 * Drafts are bound to the person they were written for: a new owner id, no sessionStorage of
 * the previous person, and the other tabs reload (they would show the previous person's data).
 */
export function markSubjectChanged(): void {
  markSignedIn();
}

/** After sign-out or the idle time-out (clearPersonalData has wiped this tab): tell the other tabs. */
export function markSignedOut(): void {
  announce({ type: 'signed-out', tab: TAB });
}

/**
 * Until the returned function is called: when another tab signs in or out, wipe this tab's
 * sessionStorage and reload it (`reload` is replaceable for tests).
 */
export function followOtherTabs(reload: () => void = () => window.location.reload()): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<SessionMessage>) => {
    if (event.data?.type !== 'signed-in' && event.data?.type !== 'signed-out') return;
    if (event.data.tab === TAB) return; // our own news: this tab has dealt with it
    wipeSessionStorage();
    reload();
  };
  return () => channel.close();
}
