// Serves a built site for the browser tests, as a static host would:
//   node tests/support/serve.mjs <dir> <port> [base]
// Files under <dir> answer at <base> (default "/"); unknown paths get <dir>/404.html.
// (Astro 7 runs one `astro preview` per project, and the tests need two sites at once.)
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import sirv from "sirv";

const [dir, port, base = "/"] = process.argv.slice(2);
if (!dir || !port) {
  console.error("pakai: node tests/support/serve.mjs <folder> <port> [base]");
  process.exit(2);
}
const files = sirv(dir, { dev: true, etag: true, extensions: ["html"] });
const notFound = () => readFileSync(join(dir, "404.html"));

createServer((req, res) => {
  const send404 = () => {
    res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    res.end(notFound());
  };
  if (!req.url?.startsWith(base)) return send404();
  req.url = "/" + req.url.slice(base.length);
  files(req, res, send404);
}).listen(Number(port), "127.0.0.1", () =>
  console.log(`${dir} di http://localhost:${port}${base}`),
);
