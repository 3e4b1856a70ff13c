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
from collections.abc import Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from fastapi import Depends, FastAPI, Path as PathParameter, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from newsevents import __version__
from newsevents.ontology import load_ontology
from newsevents.records import MODALITIES
from newsevents.serve import geography, queries
from newsevents.serve.params import MAX_LIMIT, MAX_OFFSET, ParameterError, country, event_filter
from newsevents.serve.reader import StorePool
from newsevents.store import EVENT_COLUMNS
from newsevents.store.dyad import PERIODS, QUAD_CLASS_NAMES, dyad_series

TOKEN_COOKIE = "newsevents_token"
FILTER_PARAMETERS = ("actor", "recipient", "event", "modality", "since", "until", "country",
                     "source", "q")
CSV_COLUMNS = (*EVENT_COLUMNS, "modality", "sentence", "evidence_url")
_SECURITY_HEADERS = {
    # The page runs only its own script: data that slipped into markup could not run.
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self';"
                               " img-src 'self' data:; connect-src 'self'; base-uri 'none';"
                               " form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def known_parameters(*names: str) -> Callable[[Request], None]:
    """A check that the request uses only these query parameters, each once:
    a misspelt filter must not silently give every event."""
    allowed = set(names)

    def check(request: Request) -> None:
        seen: set[str] = set()
        for name, _ in request.query_params.multi_items():
            if name not in allowed:
                known = ", ".join(sorted(allowed)) or "none"
                raise ParameterError(f"{name}: unknown parameter (known here: {known})")
            if name in seen:
                raise ParameterError(f"{name}: given more than once")
            seen.add(name)

    return check


def filter_parameters(
    actor: str | None = Query(None, description="actor country (TUR) or country+sector code (TURGOV)"),
    recipient: str | None = Query(None, description="recipient country or code, as actor"),
    event: str | None = Query(None, description="PLOVER event type (SANCTION) or CAMEO prefix (16)"),
    modality: str | None = Query(None, description="asserted (default: events), or negated,"
                                 " future, hypothetical: the statements that are not events"),
    since: str | None = Query(None, description="on or after this day: YYYY-MM-DD, YYYY-MM or YYYY"),
    until: str | None = Query(None, description="on or before this day: YYYY-MM-DD, YYYY-MM or YYYY"),
    country: str | None = Query(None, description="country of the place (ISO alpha-3, SYR)"),
    source: str | None = Query(None, description="outlet of an article behind the event"),
    q: str | None = Query(None, description="words the evidence sentence contains"),
) -> dict[str, str | None]:
    return {"actor": actor, "recipient": recipient, "event": event, "modality": modality,
            "since": since, "until": until, "country": country, "source": source, "q": q}


def _wants_csv(request: Request, format: str | None) -> bool:
    if format is not None:
        return format == "csv"
    return "text/csv" in request.headers.get("accept", "")


def _csv(events: list[dict[str, Any]]) -> Response:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    for event in events:
        evidence = event.get("evidence") or {}
        writer.writerow({**event, "sentence": evidence.get("sentence"),
                         "evidence_url": evidence.get("url")})
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8")


def _authorised(request: Request, token: str) -> bool:
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode()):
        return True
    cookie = request.cookies.get(TOKEN_COOKIE, "")
    return bool(cookie) and hmac.compare_digest(cookie.encode(), token.encode())


def create_app(store_path: str | Path, token: str | None = None) -> FastAPI:
    """The application over one store; StoreError at once if it cannot be read."""
    pool = StorePool(store_path)
    outlines = geography.outlines()

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        pool.close()

    app = FastAPI(
        title="newsevents",
        version=__version__,
        summary="Political events coded from news, each with its evidence, from one event store.",
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN
        lifespan=lifespan,
    )

    @app.exception_handler(ParameterError)
    async def bad_parameter(_request: Request, error: ParameterError) -> JSONResponse:
        return _error(400, str(error))

    @app.exception_handler(RequestValidationError)
    async def invalid_parameter(_request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0]
        name = str(first["loc"][-1]) if first.get("loc") else "request"
        message = first.get("msg", "not valid")
        return _error(400, f"{name}: {message[:1].lower()}{message[1:]}")

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, error: HTTPException) -> JSONResponse:
        return _error(error.status_code, str(error.detail))

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if token is not None and not _authorised(request, token):
            given = request.query_params.get("token", "")
            if request.url.path == "/" and given and hmac.compare_digest(given.encode(),
                                                                         token.encode()):
                # The page's own requests carry the token as a cookie from now on.
                response = RedirectResponse("/", status_code=303)
                response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
                return response
            response = _error(401, "a token is required: send 'Authorization: Bearer TOKEN'")
            response.headers["WWW-Authenticate"] = "Bearer"
        else:
            response = await call_next(request)
        response.headers.update(_SECURITY_HEADERS)
        return response

    @app.get("/api/events", dependencies=[Depends(known_parameters(
        *FILTER_PARAMETERS, "limit", "offset", "format"))],
        summary="Deduplicated events, newest first, with their best evidence")
    def list_events(
        request: Request,
        filters: dict = Depends(filter_parameters),
        limit: int = Query(50, ge=1, le=MAX_LIMIT, description="events per page"),
        offset: int = Query(0, ge=0, le=MAX_OFFSET, description="events to skip"),
        format: Literal["json", "csv"] | None = Query(
            None, description="csv for CSV (or send Accept: text/csv)"),
    ) -> Response:
        with pool.store() as store:
            selection = event_filter(store, **filters)
            total, events = queries.event_page(store.connection, selection, limit, offset)
        if _wants_csv(request, format):
            return _csv(events)
        return JSONResponse({"total": total, "limit": limit, "offset": offset, "events": events})

    @app.get("/api/events/{event_id}", dependencies=[Depends(known_parameters())],
             summary="One event with every mention: article, outlet, URL, sentence, spans")
    def get_event(event_id: int = PathParameter(..., ge=1, le=2**63 - 1)) -> Response:
        with pool.store() as store:
            event = queries.one_event(store.connection, event_id)
        if event is None:
            return _error(404, f"event_id {event_id}: no such event in the store")
        return JSONResponse(event)

    @app.get("/api/dyad", dependencies=[Depends(known_parameters("actor", "recipient", "by"))],
             summary="Events from one country to another per period, by quad class")
    def get_dyad(
        actor: str | None = Query(None, description="actor country, ISO alpha-3 (TUR)"),
        recipient: str | None = Query(None, description="recipient country, ISO alpha-3 (USA)"),
        by: Literal[PERIODS] = Query("month", description="month or week"),  # type: ignore[valid-type]
    ) -> Response:
        with pool.store() as store:
            actor_code = country(store, actor, "actor")
            recipient_code = country(store, recipient, "recipient")
            series = dyad_series(store.dyad_rows(actor_code, recipient_code), by)
        return JSONResponse({
            "actor": actor_code, "recipient": recipient_code, "by": by,
            "quad_classes": QUAD_CLASS_NAMES,
            "periods": [{"period": period.period, "counts": list(period.counts),
                         "total": period.total, "mean_goldstein": period.mean_goldstein}
                        for period in series],
        })

    @app.get("/api/summary", dependencies=[Depends(known_parameters())],
             summary="What the store holds, and the values the filters take")
    def get_summary() -> Response:
        with pool.store() as store:
            counts = store.counts()
            first, last = store.connection.execute(
                "SELECT min(substr(date, 1, 10)), max(substr(date, 1, 10)) FROM events").fetchone()
        ontology = load_ontology()
        return JSONResponse({
            "store": pool.path.name, "counts": counts, "first_date": first, "last_date": last,
            "event_types": list(ontology.plover_types), "modalities": list(MODALITIES),
            "quad_classes": QUAD_CLASS_NAMES,
        })

    @app.get("/api/actors", dependencies=[Depends(known_parameters("limit"))],
             summary="The countries that act or are acted on most often")
    def list_actors(limit: int = Query(100, ge=1, le=MAX_LIMIT)) -> Response:
        with pool.store() as store:
            return JSONResponse({"actors": queries.top_countries(store.connection, limit)})

    @app.get("/api/places", dependencies=[Depends(known_parameters(*FILTER_PARAMETERS, "limit"))],
             summary="Where the matching events happened, with counts by event type")
    def list_places(filters: dict = Depends(filter_parameters),
                    limit: int = Query(500, ge=1, le=MAX_LIMIT)) -> Response:
        with pool.store() as store:
            selection = event_filter(store, **filters)
            return JSONResponse({"places": queries.places(store.connection, selection, limit)})

    @app.get("/api/network", dependencies=[Depends(known_parameters(*FILTER_PARAMETERS, "limit"))],
             summary="Who acts on whom among the matching events (edge weight = events)")
    def list_edges(filters: dict = Depends(filter_parameters),
                   limit: int = Query(60, ge=1, le=MAX_LIMIT)) -> Response:
        with pool.store() as store:
            selection = event_filter(store, **filters)
            return JSONResponse({"edges": queries.network(store.connection, selection, limit)})

    @app.get("/api/sources", dependencies=[Depends(known_parameters("limit"))],
             summary="The outlets of the stored articles")
    def list_sources(limit: int = Query(100, ge=1, le=MAX_LIMIT)) -> Response:
        with pool.store() as store:
            return JSONResponse({"sources": queries.sources(store.connection, limit)})

    @app.get("/api/geography", dependencies=[Depends(known_parameters())],
             summary="Coastlines and borders as SVG paths (longitude, -latitude)")
    def get_geography() -> Response:
        return JSONResponse(outlines, headers={"Cache-Control": "max-age=86400"})

    static = resources.files("newsevents.serve").joinpath("static")

    @app.get("/", include_in_schema=False, dependencies=[Depends(known_parameters("token"))])
    def dashboard() -> Response:
        return FileResponse(str(static.joinpath("index.html")))

    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app
