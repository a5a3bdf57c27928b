"""A SPARQL endpoint that answers every query with a fixed body: a real HTTP server on 127.0.0.1 whose
answer is chosen by the request's path (`URL/NAME` answers `answers[NAME]`), for tests of what an
endpoint's answer does to the clients that read it (`kg sparql --endpoint`)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

RESULTS = "application/sparql-results+json"


@contextmanager
def answering(answers: Mapping[str, bytes], content_type: str = RESULTS) -> Iterator[str]:
    """The endpoint's root URL while it runs; `answers`: the body for each path name."""

    class Fixed(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = answers[self.path.split("?")[0].strip("/")]
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            """A query sent in the body (the named queries of `kg network` and `kg calendar` are long)."""
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.do_GET()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Fixed)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
