// Node only (loaded by instrumentation.ts): stamps each incoming request with the address of the TCP peer.
// Next 16 exposes no socket to route handlers, and its own server only sets X-Forwarded-For when the client sent none
// (next/dist/server/base-server.js: `??=`), so that header alone is client-written. Node's diagnostics channel
// "http.server.request.start" fires for every request before any listener sees it: there we write the peer address,
// with a per-process token a client cannot know, into a header lib/http/client-address.ts reads.
import { randomUUID } from "node:crypto";
import diagnosticsChannel from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { PEER_HEADER, PEER_TOKEN } from "@/lib/http/client-address";

export function installPeerStamp() {
  const g = globalThis as { [PEER_TOKEN]?: string };
  if (g[PEER_TOKEN]) return;
  const token = randomUUID();
  g[PEER_TOKEN] = token;
  diagnosticsChannel.subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = `${token} ${socket.remoteAddress ?? ""}`;
  });
}
