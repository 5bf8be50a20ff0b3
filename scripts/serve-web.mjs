// `npm run serve:web`: serves the playground (out/web/, built by `npm start` or `npm run bundle`)
// on http://127.0.0.1:PORT (PORT from the environment, 8080 by default, the next free one if taken)
// and prints the URL. A few lines of node:http rather than a package: the files are static, the
// server only has to give each its type and never leave the folder.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)), 'out', 'web');
const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.map': 'application/json; charset=utf-8'
};

if (!existsSync(join(ROOT, 'index.html'))) {
    console.error(`${ROOT} has no playground yet: run npm start (or npm run bundle) first.`);
    process.exit(1);
}

const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(ROOT, path === '/' ? 'index.html' : path));
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !file.startsWith(ROOT + '/') || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Not found\n');
        return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
});

let port = Number(process.env.PORT ?? 8080);
server.on('error', error => {
    if (error.code === 'EADDRINUSE' && !process.env.PORT) server.listen(++port, '127.0.0.1');
    else throw error;
});
server.on('listening', () => console.log(`The dpa playground: http://127.0.0.1:${port}/  (Ctrl+C stops it)`));
server.listen(port, '127.0.0.1');
