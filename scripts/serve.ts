/**
 * The HTTP server in front of Next: `npm run dev` runs it with --dev, `npm start` (via
 * scripts/start.ts) after building. It exists for one reason: Next's route handlers
 * cannot see the socket, so this server computes the client's address from the socket
 * (and from the trusted proxies' X-Forwarded-For entries, see TRUSTED_PROXY_HOPS) and
 * hands it to the app in an internal header that it always overwrites. Everything else
 * is Next's own request handler. See docs/decisions/0005-custom-server-for-the-client-address.md.
 * It also lets a page stored whole send a script policy of hashes instead of a nonce
 * (cache-handlers/static-scripts.mjs, docs/decisions/0016-stored-pages-with-hashed-scripts.md).
 */
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import { applyStoredPageHeaders } from "../cache-handlers/static-scripts.mjs";

export interface ServeOptions {
  dev: boolean;
  /** Default: PORT from the validated environment. */
  port?: number;
  hostname?: string;
}

export async function serve({ dev, port: portOption, hostname }: ServeOptions) {
  // Next, tRPC and React read NODE_ENV as they load; set it before any of them is imported
  // (as `next start` and `next dev` do), so a production server never runs in dev mode.
  (process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";
  const [{ default: next }, { env }, { declareClientAddressStamped, stampClientAddress }] = await Promise.all([
    import("next"),
    import("../env"),
    import("../server/client-address"),
  ]);
  const port = portOption ?? env.PORT;

  declareClientAddressStamped();
  const server = createServer();
  // httpServer lets Next attach its own upgrade handler (hot reload in development).
  const app = next({ dev, dir: process.cwd(), hostname, port, httpServer: server });
  const handle = app.getRequestHandler();
  await app.prepare();

  server.on("request", (req, res) => {
    stampClientAddress(req, env.TRUSTED_PROXY_HOPS);
    // A page stored whole brings its scripts' hashes (they take the nonce's place in its policy)
    // and its ETag: a reader who holds it already gets 304, and Node then sends no body.
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (applyStoredPageHeaders(req, this)) {
        this.removeHeader("content-length");
        args[0] = 304;
      }
      return writeHead.apply(this, args);
    } as typeof writeHead;
    handle(req, res).catch((error: unknown) => {
      console.error("Request failed outside the app:", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  const proxies = env.TRUSTED_PROXY_HOPS
    ? `, trusting ${env.TRUSTED_PROXY_HOPS} proxy hop(s) for the client address`
    : "";
  console.info(
    `Listening on http://${hostname ?? "localhost"}:${port} (${dev ? "development" : "production"}${proxies})`,
  );

  let closing = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (closing) process.exit(1); // a second signal: stop now
      closing = true;
      // Stop taking connections, let Next finish, then exit with the signal's usual code.
      server.close();
      server.closeIdleConnections();
      void app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
  }
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await serve({ dev: process.argv.includes("--dev") });
}
