"""A real HTTP server on a loopback address for the fetch and hostile-input tests: subclass `RoutedHandler`,
answer in `do_GET` with `send`, and run it with `serve`."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class RoutedHandler(BaseHTTPRequestHandler):
    """A quiet request handler with one helper to send a whole response."""

    def log_message(self, *args: object) -> None:
        pass

    def send(self, code: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str) -> None:
        """Send status, Content-Type, extra headers (`Content_Encoding` → `Content-Encoding`) and body."""
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve(handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1") -> Iterator[str]:
    """Serve `handler` on `host` at a free port in a daemon thread; yield the base URL."""
    httpd = ThreadingHTTPServer((host, 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://{host}:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
