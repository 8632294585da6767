// A static server for the built site (npm start, and the browser tests). The output folder is
// swapped on every build, so sirv's handler is recreated when the folder changes rather than
// serving a file list of a folder that no longer exists.
import { createServer, type Server } from "node:http";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import sirv from "sirv";

export function createSiteServer(outDir: string): Server {
  let handler: ReturnType<typeof sirv> | null = null;
  let folderId = "";
  const current = () => {
    let id = "";
    try {
      const s = statSync(outDir);
      id = `${s.ino}:${s.ctimeMs}`;
    } catch {
      id = "";
    }
    if (!handler || id !== folderId) {
      folderId = id;
      handler = sirv(outDir, { dev: false, etag: true, maxAge: 0 });
    }
    return handler;
  };
  return createServer((req, res) => {
    current()(req, res, () => {
      res.statusCode = 404;
      res.setHeader("content-type", "text/html; charset=utf-8");
      try {
        // Read per request: the page changes with each build and 404s are rare.
        res.end(readFileSync(join(outDir, "404.html")));
      } catch {
        res.end("<!doctype html><title>Not found</title><h1>Not found</h1>");
      }
    });
  });
}

/** Listens on the port (0 = any free port) and resolves with the port actually used. */
export function listen(server: Server, port: number, host = "localhost"): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const addr = server.address();
      resolve(typeof addr === "object" && addr ? addr.port : port);
    });
  });
}
