import { afterEach, describe, expect, it } from "vitest";
import { PEER_HEADER, PEER_TOKEN, clientAddress, pickClientAddress } from "@/lib/http/client-address";

describe("client address", () => {
  it("with no proxy, is the socket peer whatever X-Forwarded-For says", () => {
    expect(pickClientAddress("6.6.6.6", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(pickClientAddress(null, "::ffff:203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("behind trusted proxies, is the entry the outermost one appended, never one the client wrote", () => {
    // client forged "6.6.6.6"; the load balancer appended the client's real address; the peer is the load balancer
    expect(pickClientAddress("6.6.6.6, 198.51.100.4", "10.0.0.2", 1)).toBe("198.51.100.4");
    expect(pickClientAddress("6.6.6.6, 198.51.100.4, 10.0.0.2", "10.0.0.3", 2)).toBe("198.51.100.4");
    // someone reached the app around the proxy: no entry to trust, the left-most the chain has
    expect(pickClientAddress(null, "198.51.100.4", 1)).toBe("198.51.100.4");
  });

  const g = globalThis as { [PEER_TOKEN]?: string };
  afterEach(() => delete g[PEER_TOKEN]);

  it("trusts only a stamp carrying this process's token", () => {
    g[PEER_TOKEN] = "secret-token";
    expect(clientAddress(new Headers({ [PEER_HEADER]: "secret-token 203.0.113.9", "x-forwarded-for": "6.6.6.6" }), 0)).toBe("203.0.113.9");
    expect(clientAddress({ [PEER_HEADER]: "secret-token 203.0.113.9" }, 0)).toBe("203.0.113.9");
    expect(clientAddress(new Headers({ [PEER_HEADER]: "guessed 6.6.6.6" }), 0)).toBeNull();
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6" }), 0)).toBeNull();
    delete g[PEER_TOKEN];
    expect(clientAddress(new Headers({ [PEER_HEADER]: "secret-token 203.0.113.9" }), 0)).toBeNull();
  });
});
