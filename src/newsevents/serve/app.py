"""The web application: the JSON API over a read-only event store, and the dashboard.

FastAPI declares each parameter once, checks types and ranges, and derives the
OpenAPI schema (``/openapi.json``) from the same declarations.  Everything a
client can get wrong is answered with HTTP 400 (404 for an unknown event) and a
one-line ``{"error": ...}`` naming the parameter.
"""

from __future__ import annotations

import csv
import hmac
import io
import json
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import orjson
from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParameter
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsevents import __version__
from newsevents.ontology import load_ontology
from newsevents.records import MODALITIES
from newsevents.serve import geography, queries, schemas
from newsevents.serve.params import (
    MAX_LIMIT,
    MAX_OFFSET,
    ParameterError,
    country,
    event_filter,
)
from newsevents.serve.reader import ReadOnlyStore
from newsevents.store import EVENT_COLUMNS
from newsevents.store.dyad import PERIODS, QUAD_CLASS_NAMES, dyad_series

TOKEN_COOKIE = "newsevents_token"
FILTER_PARAMETERS = ("actor", "recipient", "event", "modality", "since", "until", "country", "source", "q")
CSV_COLUMNS = (*EVENT_COLUMNS, "modality", "sentence", "evidence_url")
_SECURITY_HEADERS = {
    # The page runs only its own script: data that slipped into markup could not run.
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self';"
    " img-src 'self' data:; connect-src 'self'; base-uri 'none';"
    " form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


class JSONAnswer(JSONResponse):
    """JSON written by orjson: a page of 1,000 events in a few milliseconds."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def _error(status: int, message: str) -> JSONAnswer:
    return JSONAnswer({"error": message}, status_code=status)


def known_parameters(*names: str) -> Callable[[Request], Awaitable[None]]:
    """A check that the request uses only these query parameters, each once:
    a misspelt filter must not silently give every event."""
    allowed = set(names)

    async def check(request: Request) -> None:
        seen: set[str] = set()
        for name, _ in request.query_params.multi_items():
            if name not in allowed:
                known = ", ".join(sorted(allowed)) or "none"
                raise ParameterError(f"{name}: unknown parameter (known here: {known})")
            if name in seen:
                raise ParameterError(f"{name}: given more than once")
            seen.add(name)

    return check


async def filter_parameters(
    actor: str | None = Query(None, description="actor country (TUR) or country+sector code (TURGOV)"),
    recipient: str | None = Query(None, description="recipient country or code, as actor"),
    event: str | None = Query(None, description="PLOVER event type (SANCTION) or CAMEO prefix (16)"),
    modality: str | None = Query(
        None,
        description="asserted (default: events), or negated, future, hypothetical: the statements that are not events",
    ),
    since: str | None = Query(None, description="on or after this day: YYYY-MM-DD, YYYY-MM or YYYY"),
    until: str | None = Query(None, description="on or before this day: YYYY-MM-DD, YYYY-MM or YYYY"),
    country: str | None = Query(None, description="country of the place (ISO alpha-3, SYR)"),
    source: str | None = Query(None, description="outlet of an article behind the event"),
    q: str | None = Query(None, description="words the evidence sentence contains"),
) -> dict[str, str | None]:
    return {
        "actor": actor,
        "recipient": recipient,
        "event": event,
        "modality": modality,
        "since": since,
        "until": until,
        "country": country,
        "source": source,
        "q": q,
    }


Filters = Annotated[dict, Depends(filter_parameters)]


def _wants_csv(request: Request, format: str | None) -> bool:
    if format is not None:
        return format == "csv"
    return "text/csv" in request.headers.get("accept", "")


def _csv(events: list[dict[str, Any]]) -> Response:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for event in events:
        evidence = event.get("evidence") or {}
        writer.writerow({**event, "sentence": evidence.get("sentence"), "evidence_url": evidence.get("url")})
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8")


def _same(given: str, token: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode(), token.encode())


class Guard:
    """Checks the token (when set) on every request and adds the security headers
    to every answer.  Plain ASGI: it costs next to nothing per request."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(_SECURITY_HEADERS)
            await send(message)

        if self.token is None or _authorised(HTTPConnection(scope), self.token):
            await self.app(scope, receive, send_with_headers)
            return
        await _refusal(HTTPConnection(scope), self.token)(scope, receive, send_with_headers)


def _authorised(request: HTTPConnection, token: str) -> bool:
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and _same(given.strip(), token):
        return True
    return _same(request.cookies.get(TOKEN_COOKIE, ""), token)


def _refusal(request: HTTPConnection, token: str) -> Response:
    if request.url.path == "/" and _same(request.query_params.get("token", ""), token):
        # The page's own requests carry the token as a cookie from now on.
        redirect = RedirectResponse("/", status_code=303)
        redirect.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        return redirect
    refused = _error(401, "a token is required: send 'Authorization: Bearer TOKEN'")
    refused.headers["WWW-Authenticate"] = "Bearer"
    return refused


def create_app(store_path: str | Path, token: str | None = None) -> FastAPI:
    """The application over one store; StoreError at once if it cannot be read."""
    # One connection: the handlers are coroutines that never wait while they hold it,
    # so requests take turns on the event loop, first come first served.
    store = ReadOnlyStore(store_path)
    outlines = json.dumps(geography.outlines()).encode()  # the same for every request

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        store.close()

    app = FastAPI(
        title="newsevents",
        version=__version__,
        summary="Political events coded from news, each with its evidence, from one event store.",
        docs_url=None,
        redoc_url=None,  # their pages load scripts from a CDN
        lifespan=lifespan,
    )

    @app.exception_handler(ParameterError)
    async def bad_parameter(_request: Request, error: ParameterError) -> JSONAnswer:
        return _error(400, str(error))

    @app.exception_handler(RequestValidationError)
    async def invalid_parameter(_request: Request, error: RequestValidationError) -> JSONAnswer:
        first = error.errors()[0]
        name = str(first["loc"][-1]) if first.get("loc") else "request"
        message = first.get("msg", "not valid")
        return _error(400, f"{name}: {message[:1].lower()}{message[1:]}")

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, error: HTTPException) -> JSONAnswer:
        return _error(error.status_code, str(error.detail))

    @app.get(
        "/api/events",
        dependencies=[Depends(known_parameters(*FILTER_PARAMETERS, "limit", "offset", "format"))],
        summary="Deduplicated events, newest first, with their best evidence",
        responses=schemas.answers(schemas.EventPage, 400, 401, csv=True),
    )
    async def list_events(
        request: Request,
        filters: Filters,
        limit: int = Query(50, ge=1, le=MAX_LIMIT, description="events per page"),
        offset: int = Query(0, ge=0, le=MAX_OFFSET, description="events to skip"),
        format: Literal["json", "csv"] | None = Query(None, description="csv for CSV (or send Accept: text/csv)"),
    ) -> Response:
        selection = event_filter(store, **filters)
        total, events = queries.event_page(store, selection, limit, offset)
        if _wants_csv(request, format):
            return _csv(events)
        return JSONAnswer({"total": total, "limit": limit, "offset": offset, "events": events})

    @app.get(
        "/api/events/{event_id}",
        dependencies=[Depends(known_parameters())],
        summary="One event with every mention: article, outlet, URL, sentence, spans",
        responses=schemas.answers(schemas.EventDetail, 400, 401, 404),
    )
    async def get_event(event_id: int = PathParameter(..., ge=1, le=2**63 - 1)) -> Response:
        event = queries.one_event(store.connection, event_id)
        if event is None:
            return _error(404, f"event_id {event_id}: no such event in the store")
        return JSONAnswer(event)

    @app.get(
        "/api/dyad",
        dependencies=[Depends(known_parameters("actor", "recipient", "by"))],
        summary="Events from one country to another per period, by quad class",
        responses=schemas.answers(schemas.Dyad, 400, 401),
    )
    async def get_dyad(
        actor: str | None = Query(None, description="actor country, ISO alpha-3 (TUR)"),
        recipient: str | None = Query(None, description="recipient country, ISO alpha-3 (USA)"),
        by: Literal[PERIODS] = Query("month", description="month or week"),  # type: ignore[valid-type]
    ) -> Response:
        actor_code = country(store, actor, "actor")
        recipient_code = country(store, recipient, "recipient")
        series = dyad_series(store.dyad_rows(actor_code, recipient_code), by)
        return JSONAnswer(
            {
                "actor": actor_code,
                "recipient": recipient_code,
                "by": by,
                "quad_classes": QUAD_CLASS_NAMES,
                "periods": [
                    {
                        "period": period.period,
                        "counts": list(period.counts),
                        "total": period.total,
                        "mean_goldstein": period.mean_goldstein,
                    }
                    for period in series
                ],
            }
        )

    @app.get(
        "/api/summary",
        dependencies=[Depends(known_parameters())],
        summary="What the store holds, and the values the filters take",
        responses=schemas.answers(schemas.Summary, 401),
    )
    async def get_summary() -> Response:
        counts = store.cached("counts", store.counts)
        first, last = store.cached(
            "dates",
            lambda: tuple(
                store.connection.execute(
                    "SELECT substr(min(date), 1, 10), substr(max(date), 1, 10) FROM events"
                ).fetchone()
            ),
        )
        ontology = load_ontology()
        return JSONAnswer(
            {
                "store": store.path.name,
                "counts": counts,
                "first_date": first,
                "last_date": last,
                "event_types": list(ontology.plover_types),
                "modalities": list(MODALITIES),
                "quad_classes": QUAD_CLASS_NAMES,
            }
        )

    @app.get(
        "/api/actors",
        dependencies=[Depends(known_parameters("limit"))],
        summary="The countries that act or are acted on most often",
        responses=schemas.answers(schemas.Actors, 400, 401),
    )
    async def list_actors(limit: int = Query(100, ge=1, le=MAX_LIMIT)) -> Response:
        return JSONAnswer({"actors": queries.top_countries(store, limit)})

    @app.get(
        "/api/places",
        dependencies=[Depends(known_parameters(*FILTER_PARAMETERS, "limit"))],
        summary="Where the matching events happened, with counts by event type",
        responses=schemas.answers(schemas.Places, 400, 401),
    )
    async def list_places(filters: Filters, limit: int = Query(500, ge=1, le=MAX_LIMIT)) -> Response:
        selection = event_filter(store, **filters)
        return JSONAnswer({"places": queries.places(store, selection, limit)})

    @app.get(
        "/api/network",
        dependencies=[Depends(known_parameters(*FILTER_PARAMETERS, "limit"))],
        summary="Who acts on whom among the matching events (edge weight = events)",
        responses=schemas.answers(schemas.Network, 400, 401),
    )
    async def list_edges(filters: Filters, limit: int = Query(60, ge=1, le=MAX_LIMIT)) -> Response:
        selection = event_filter(store, **filters)
        return JSONAnswer({"edges": queries.network(store, selection, limit)})

    @app.get(
        "/api/sources",
        dependencies=[Depends(known_parameters("limit"))],
        summary="The outlets of the stored articles",
        responses=schemas.answers(schemas.Sources, 400, 401),
    )
    async def list_sources(limit: int = Query(100, ge=1, le=MAX_LIMIT)) -> Response:
        return JSONAnswer({"sources": queries.sources(store.connection, limit)})

    @app.get(
        "/api/geography",
        dependencies=[Depends(known_parameters())],
        summary="Coastlines and borders as SVG paths (longitude, -latitude)",
    )
    async def get_geography() -> Response:
        return Response(outlines, media_type="application/json", headers={"Cache-Control": "max-age=86400"})

    static = resources.files("newsevents.serve").joinpath("static")

    @app.get("/", include_in_schema=False, dependencies=[Depends(known_parameters("token"))])
    async def dashboard() -> Response:
        return FileResponse(str(static.joinpath("index.html")))

    def openapi() -> dict[str, Any]:
        """FastAPI's schema, less the 422 answers it documents by default: a bad
        parameter here gets 400 with an Error."""
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, summary=app.summary, routes=app.routes)
            for operation in (op for path in schema["paths"].values() for op in path.values()):
                operation.get("responses", {}).pop("422", None)
            for unused in ("HTTPValidationError", "ValidationError"):
                schema.get("components", {}).get("schemas", {}).pop(unused, None)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(Guard, token=token)
    return app
