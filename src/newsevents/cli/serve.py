"""``newsevents serve``: the dashboard and HTTP API over an event store."""

from __future__ import annotations

import argparse
import ipaddress
import os
import socket
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from newsevents.cli import UserError
from newsevents.records import CodingResult

TOKEN_VARIABLE = "NEWSEVENTS_TOKEN"
DEFAULT_PORT = 8765


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="browse an event store in a web dashboard and query it over HTTP",
        description="Serve a dashboard (events with their evidence, dyad timeline, map, actor"
        " network) and a JSON API (docs/api.md) over an event store, read-only.",
    )
    parser.add_argument("db", type=Path, help="the SQLite event store written by `newsevents code --db`")
    add_server_options(parser)
    parser.set_defaults(handler=run)


def add_server_options(parser: argparse.ArgumentParser) -> None:
    """--host, --port and --token, which `demo --serve` shares."""
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)"
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    parser.add_argument("--token", help=f"require this bearer token on every request (or set {TOKEN_VARIABLE})")


def run(args: argparse.Namespace) -> int:
    return serve(args.db, args.host, args.port, args.token)


def serve_results(results: Iterable[CodingResult], port: int) -> int:
    """Store coded articles in a temporary event store and serve it (`demo --serve`)."""
    from newsevents.store import EventStore

    with tempfile.TemporaryDirectory(prefix="newsevents-demo-") as folder:
        path = Path(folder) / "demo.sqlite"
        with EventStore(path) as store:
            for result in results:
                store.add(result)
            counts = store.counts()
        print(
            f"newsevents demo: {counts['events']} events from {counts['articles']} sample"
            " articles in a temporary store",
            file=sys.stderr,
        )
        return serve(path, "127.0.0.1", port, None)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _bound_socket(host: str, port: int) -> socket.socket:
    """The server's socket, bound before anything is printed, so that a port in use
    or an unknown host is one line and exit status 2."""
    try:
        family, kind, protocol, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, protocol)
    except OSError as error:
        raise UserError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
    except OSError as error:
        sock.close()
        raise UserError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    return sock


def serve(db: Path, host: str, port: int, token: str | None) -> int:
    """Check the store, then serve it until interrupted."""
    import uvicorn  # the web stack is loaded only by this command

    from newsevents.serve import create_app
    from newsevents.store import StoreError

    if not 0 < port < 65536:
        raise UserError(f"--port {port}: not a port number (1-65535)")
    token = token or os.environ.get(TOKEN_VARIABLE) or None
    try:
        app = create_app(db, token=token)
    except StoreError as error:
        raise UserError(f"event store {db}: {error}") from None
    if not _is_loopback(host):
        print(
            f"newsevents serve: warning: listening on {host}, not only this machine:"
            " anyone who can reach it can read the store"
            + ("" if token else f" (set --token or {TOKEN_VARIABLE} to require a token)"),
            file=sys.stderr,
        )
    sock = _bound_socket(host, port)
    shown_host = f"[{host}]" if ":" in host else host
    address = f"http://{shown_host}:{port}/" + (f"?token={token}" if token else "")
    print(f"newsevents serve: {db} at {address}  (Ctrl+C stops)", file=sys.stderr)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0 if server.started else 1
