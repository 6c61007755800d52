/**
 * The content script's side of utils/messaging.ts's protocol, without @webext-core/messaging's runtime (~1 KB
 * gzipped on every page). Same ProtocolMap types, same wire format ({id, type, data, timestamp} → {res} | {err}),
 * so the background's webext-core handlers answer it; a test checks both ends agree.
 */
import type { ProtocolMap } from '@/utils/messaging';
import { extensionApi as api } from './api';

type Type = keyof ProtocolMap;
type Data<T extends Type> = Parameters<ProtocolMap[T]>[0];
type Ret<T extends Type> = ReturnType<ProtocolMap[T]>;
type Reply = { res?: unknown; err?: { message?: string } } | undefined;

let seq = Math.floor(Math.random() * 1e4);

/** Page → background. Rejects with the handler's error message, like webext-core. */
export async function send<T extends Type>(type: T, data: Data<T>): Promise<Awaited<Ret<T>>> {
  const reply = (await api().runtime.sendMessage({ id: seq++, type, data, timestamp: Date.now() })) as Reply;
  if (!reply) throw new Error('No response');
  if (reply.err != null) throw new Error(reply.err.message ?? 'Error');
  return reply.res as Awaited<Ret<T>>;
}

/** Background/popup → page: answers one message type. Returns the remover. */
export function listen<T extends Type>(type: T, handler: (data: Data<T>) => Ret<T> | Promise<Ret<T>>): () => void {
  const listener = (msg: unknown, _sender: unknown, respond: (r: Reply) => void): true | undefined => {
    const m = msg as { type?: unknown; timestamp?: unknown; data?: Data<T> } | null;
    if (!m || m.type !== type || typeof m.timestamp !== 'number') return undefined;
    Promise.resolve()
      .then(() => handler(m.data as Data<T>))
      .then(
        (res) => respond({ res }),
        (e: unknown) => respond({ err: { message: e instanceof Error ? e.message : String(e) } }),
      );
    return true;
  };
  const runtime = api().runtime;
  runtime.onMessage.addListener(listener as never);
  return () => runtime.onMessage.removeListener(listener as never);
}
