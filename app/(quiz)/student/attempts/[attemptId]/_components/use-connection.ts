"use client";
// Whether the page can reach the server, from the browser's online/offline events and from how saves fare. A loss
// and the recovery are reported for the attempt's timeline once the connection is back (when the loss happened is
// told by the page, in the server's time as the page estimates it).
import { useCallback, useEffect, useRef, useState } from "react";
import { reportConnection } from "./attempt-api";

export function useConnection({ attemptId, offsetMs }: { attemptId: string; offsetMs: number }) {
  const [online, setOnline] = useState(true);
  const lostAt = useRef<string | null>(null);
  const offset = useRef(offsetMs);
  useEffect(() => {
    offset.current = offsetMs;
  }, [offsetMs]);

  const report = useCallback((isOnline: boolean) => {
    setOnline(isOnline);
    const serverNow = () => new Date(Date.now() + offset.current).toISOString();
    if (!isOnline && lostAt.current === null) lostAt.current = serverNow();
    if (isOnline && lostAt.current !== null) {
      const at = lostAt.current;
      lostAt.current = null;
      void reportConnection(attemptId, "connection_lost", at).then(() => reportConnection(attemptId, "connection_regained", serverNow()));
    }
  }, [attemptId]);

  useEffect(() => {
    const up = () => report(true);
    const down = () => report(false);
    window.addEventListener("online", up);
    window.addEventListener("offline", down);
    return () => {
      window.removeEventListener("online", up);
      window.removeEventListener("offline", down);
    };
  }, [report]);

  return { online, report };
}
