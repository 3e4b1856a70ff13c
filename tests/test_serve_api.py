"""The HTTP API of `newsevents serve`, asked over HTTP of a real server on a
store the tests build, as R or pandas would ask it."""

from __future__ import annotations

import csv
import hashlib
import io
import socket
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import httpx
import pytest
import uvicorn

from newsevents.cli import main
from newsevents.ontology import load_ontology
from newsevents.records import Actor, Article, CodingResult, EventRecord, Location, Span
from newsevents.serve import create_app, schemas
from newsevents.store import EventStore
from synthetic_records import IDLIB

INJECTED = (
    "Ankara accused Washington of lying <script>window.__injected = 1</script>"
    ' <img src=x onerror="window.__injected = 2"> <b>today</b>.'
)
KHARKIV = Location(
    "Kharkiv",
    resolved_name="Kharkiv",
    country="UKR",
    admin1="Kharkiv",
    lat=49.99,
    lon=36.23,
    geonameid=706483,
    feature="city",
)
PARTIES = {
    "Washington": ("USA", "GOV"),
    "Ankara": ("TUR", "GOV"),
    "Moscow": ("RUS", "MIL"),
    "Kyiv": ("UKR", "GOV"),
}


def coded_sentence(
    article_id: str,
    sentence: str,
    event: str,
    actor: str,
    trigger: str,
    recipient: str | None,
    day: str,
    *,
    place: Location | None = None,
    modality: str = "asserted",
    source: str = "Wire One",
    index: int = 0,
) -> EventRecord:
    """One record whose spans point at the words of its sentence."""
    ontology = load_ontology()
    cameo = ontology.default_cameo(event)

    def party(text: str | None) -> Actor | None:
        if text is None:
            return None
        start = sentence.index(text)
        return Actor(text, Span(start, start + len(text), text), *PARTIES[text])

    start = sentence.index(trigger)
    return EventRecord(
        article_id=article_id,
        sentence_index=index,
        sentence=sentence,
        event=event,
        cameo=cameo,
        goldstein=ontology.goldstein(cameo),
        quad_class=ontology.quad_class(event),
        trigger=Span(start, start + len(trigger), trigger),
        actor=party(actor),
        recipient=party(recipient),
        modality=modality,
        date=day,
        date_precision="day",
        location=place,
        confidence=0.8,
        source=source,
        url=f"https://news.example/{article_id}",
        published=day,
    )


def store_article(store: EventStore, article_id: str, source: str, *records: EventRecord) -> None:
    text = " ".join(record.sentence for record in records) + f" ({article_id})"
    store.add(
        CodingResult(
            Article(
                article_id,
                text,
                title=f"Report {article_id}",
                url=f"https://news.example/{article_id}",
                source=source,
                published=date(2021, 12, 1),
            ),
            list(records),
        )
    )


def build_store(path: Path) -> Path:
    """Five events (one told by two outlets) and one negated statement."""
    sanction = "Washington imposed sanctions on Ankara's defence agency."
    with EventStore(path) as store:
        store_article(
            store,
            "wire-1",
            "Wire One",
            coded_sentence(
                "wire-1", sanction, "SANCTION", "Washington", "sanctions", "Ankara", "2021-09-28", place=IDLIB
            ),
            coded_sentence(
                "wire-1",
                "Ankara will not buy more missiles from Moscow.",
                "AID",
                "Ankara",
                "buy",
                "Moscow",
                "2021-09-28",
                modality="negated",
                index=1,
            ),
        )
        store_article(
            store,
            "paper-2",
            "Paper Two",
            coded_sentence(
                "paper-2",
                "Officials said Washington imposed sanctions on Ankara.",
                "SANCTION",
                "Washington",
                "sanctions",
                "Ankara",
                "2021-09-28",
                source="Paper Two",
            ),
        )
        store_article(
            store,
            "wire-3",
            "Wire One",
            coded_sentence("wire-3", INJECTED, "ACCUSE", "Ankara", "accused", "Washington", "2021-10-05"),
            coded_sentence(
                "wire-3",
                "Ankara met Washington in Brussels.",
                "CONSULT",
                "Ankara",
                "met",
                "Washington",
                "2021-11-15",
                index=1,
            ),
        )
        store_article(
            store,
            "wire-4",
            "Wire One",
            coded_sentence(
                "wire-4",
                "Moscow shelled Kyiv's positions near Kharkiv.",
                "ASSAULT",
                "Moscow",
                "shelled",
                "Kyiv",
                "2021-11-02",
                place=KHARKIV,
            ),
            coded_sentence(
                "wire-4",
                "Ankara criticised Washington again.",
                "ACCUSE",
                "Ankara",
                "criticised",
                "Washington",
                "2021-11-20",
                index=1,
            ),
        )
    return path


@contextmanager
def running_server(store_path: Path, token: str | None = None) -> Iterator[str]:
    """A real uvicorn server over the store on a free loopback port; yields its URL."""
    app = create_app(store_path, token=token)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        for _ in range(500):
            if server.started:
                break
            threading.Event().wait(0.01)
        assert server.started, "the server did not start"
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve") / "events.sqlite")


@pytest.fixture(scope="module")
def client(store_path) -> Iterator[httpx.Client]:
    with running_server(store_path) as url, httpx.Client(base_url=url, timeout=10) as client:
        yield client


def events(client: httpx.Client, **params) -> dict:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_events_newest_first_with_counts_and_evidence(client):
    answer = events(client)
    assert answer["total"] == 5
    dates = [event["date"] for event in answer["events"]]
    assert dates == sorted(dates, reverse=True)
    sanction = next(e for e in answer["events"] if e["event"] == "SANCTION")
    assert (sanction["num_mentions"], sanction["num_articles"], sanction["num_sources"]) == (2, 2, 2)
    assert isinstance(sanction["event_id"], int)
    assert "imposed sanctions" in sanction["evidence"]["sentence"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"actor": "TUR"}, {"ACCUSE", "CONSULT"}),
        ({"actor": "usagov"}, {"SANCTION"}),
        ({"recipient": "UKR"}, {"ASSAULT"}),
        ({"event": "assault"}, {"ASSAULT"}),
        ({"event": "16"}, {"SANCTION"}),  # CAMEO prefix
        ({"since": "2021-11", "until": "2021-11-15"}, {"ASSAULT", "CONSULT"}),
        ({"country": "SYR"}, {"SANCTION"}),
        ({"source": "paper two"}, {"SANCTION"}),
        ({"q": "brussels"}, {"CONSULT"}),
        ({"q": "100%"}, set()),  # LIKE wildcards are the characters themselves
        ({"modality": "negated"}, {"AID"}),
    ],
)
def test_filters(client, params, expected):
    assert {event["event"] for event in events(client, **params)["events"]} == expected


def test_negated_statements_are_listed_with_their_evidence_not_as_events(client):
    statement = events(client, modality="negated")["events"][0]
    assert statement["event_id"] is None and statement["modality"] == "negated"
    assert statement["evidence"]["sentence"] == "Ankara will not buy more missiles from Moscow."


def test_paging_keeps_the_total_and_never_repeats(client):
    first = events(client, limit=2)
    second = events(client, limit=2, offset=2)
    last = events(client, limit=2, offset=4)
    assert first["total"] == second["total"] == last["total"] == 5
    ids = [e["event_id"] for page in (first, second, last) for e in page["events"]]
    assert len(ids) == len(set(ids)) == 5


def test_one_event_with_every_mention_and_its_spans(client):
    sanction = events(client, event="SANCTION")["events"][0]
    answer = client.get(f"/api/events/{sanction['event_id']}").json()
    assert {m["article_id"] for m in answer["mentions"]} == {"wire-1", "paper-2"}
    assert {m["source"] for m in answer["mentions"]} == {"Wire One", "Paper Two"}
    for mention in answer["mentions"]:
        assert mention["url"] == f"https://news.example/{mention['article_id']}"
        sentence = mention["sentence"]
        for role, text in (("actor", "Washington"), ("trigger", "sanctions"), ("recipient", "Ankara")):
            span = mention[role]
            assert sentence[span["start"] : span["end"]] == text


def test_dyad_counts_per_month_by_quad_class(client):
    answer = client.get("/api/dyad", params={"actor": "TUR", "recipient": "USA"}).json()
    periods = {p["period"]: p for p in answer["periods"]}
    assert list(periods) == ["2021-10", "2021-11"]
    assert periods["2021-11"]["total"] == 2  # a meeting (verbal cooperation) and an accusation
    assert periods["2021-11"]["counts"][0] == 1 and periods["2021-10"]["counts"][2] == 1
    weeks = client.get("/api/dyad", params={"actor": "TUR", "recipient": "USA", "by": "week"})
    assert weeks.json()["periods"][0]["period"] == "2021-W40"


def test_actors_places_and_network(client):
    actors = {a["code"]: a for a in client.get("/api/actors").json()["actors"]}
    assert actors["TUR"]["as_actor"] == 3 and actors["TUR"]["as_recipient"] == 1
    assert actors["UKR"]["name"] == "Ukraine"
    places = client.get("/api/places").json()["places"]
    assert {(p["name"], p["main_type"]) for p in places} == {("Idlib", "SANCTION"), ("Kharkiv", "ASSAULT")}
    assert [p["name"] for p in client.get("/api/places", params={"actor": "RUS"}).json()["places"]] == ["Kharkiv"]
    edges = client.get("/api/network").json()["edges"]
    assert edges[0] == {
        "actor": "TUR",
        "recipient": "USA",
        "events": 3,
        "mean_goldstein": pytest.approx(edges[0]["mean_goldstein"]),
    }


def test_csv_by_parameter_or_accept_header_reads_into_pandas(client):
    pandas = pytest.importorskip("pandas")
    by_parameter = client.get("/api/events", params={"format": "csv", "actor": "TUR"})
    by_header = client.get("/api/events", params={"actor": "TUR"}, headers={"Accept": "text/csv"})
    assert by_parameter.headers["content-type"].startswith("text/csv")
    assert by_parameter.text == by_header.text
    frame = pandas.read_csv(io.StringIO(by_parameter.text))
    assert len(frame) == 3 and set(frame["actor_country"]) == {"TUR"}
    assert INJECTED in set(frame["sentence"])
    assert next(csv.reader(io.StringIO(by_parameter.text)))[0] == "event_id"


@pytest.mark.parametrize(
    ("path", "status", "names"),
    [
        ("/api/events?limit=1001", 400, "limit"),
        ("/api/events?limit=0", 400, "limit"),
        ("/api/events?limit=ten", 400, "limit"),
        ("/api/events?offset=-1", 400, "offset"),
        ("/api/events?actor=T1R", 400, "actor"),
        ("/api/events?actor=ZZZ", 400, "actor"),
        ("/api/events?recipient=TURXYZ", 400, "recipient"),
        ("/api/events?event=PARTY", 400, "event"),
        ("/api/events?event=999", 400, "event"),
        ("/api/events?since=2021-13", 400, "since"),
        ("/api/events?since=2022-01-01&until=2021-01-01", 400, "since"),
        ("/api/events?modality=maybe", 400, "modality"),
        ("/api/events?country=TURGOV", 400, "country"),
        ("/api/events?format=xml", 400, "format"),
        ("/api/events?q=" + "x" * 300, 400, "q"),
        ("/api/events?actr=TUR", 400, "actr"),
        ("/api/events?actor=TUR&actor=USA", 400, "actor"),
        ("/api/events/0", 400, "event_id"),
        ("/api/events/abc", 400, "event_id"),
        ("/api/events/99999999999999999999999", 400, "event_id"),
        ("/api/events/424242", 404, "event_id"),
        ("/api/dyad?actor=TUR", 400, "recipient"),
        ("/api/dyad?actor=TUR&recipient=USA&by=day", 400, "by"),
        ("/api/actors?limit=100000", 400, "limit"),
        ("/api/places?since=yesterday", 400, "since"),
        ("/api/nothing", 404, ""),
    ],
)
def test_bad_parameters_get_a_one_line_error_naming_them(client, path, status, names):
    response = client.get(path)
    assert response.status_code == status
    message = response.json()["error"]
    assert "\n" not in message and message.startswith(names)


def test_openapi_schema_documents_the_endpoints_and_parameters(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/dyad", "/api/actors", "/api/places"} <= set(schema["paths"])
    parameters = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {
        "actor",
        "recipient",
        "event",
        "modality",
        "since",
        "until",
        "country",
        "source",
        "q",
        "limit",
        "offset",
        "format",
    } == parameters


def test_pages_forbid_inline_scripts(client):
    response = client.get("/")
    assert response.status_code == 200 and "<table" in response.text
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_token_is_required_on_every_request_when_set(store_path):
    with running_server(store_path, token="s3cret") as url:
        assert httpx.get(f"{url}/api/events").status_code == 401
        assert httpx.get(f"{url}/static/app.js").status_code == 401
        wrong = httpx.get(f"{url}/api/events", headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and "token" in wrong.json()["error"]
        right = httpx.get(f"{url}/api/events", headers={"Authorization": "Bearer s3cret"})
        assert right.status_code == 200
        with httpx.Client(base_url=url, follow_redirects=True) as browser:
            assert browser.get("/?token=s3cret").status_code == 200  # sets the cookie
            assert browser.get("/api/events").json()["total"] == 5


def test_the_store_is_never_written(tmp_path):
    path = build_store(tmp_path / "events.sqlite")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with running_server(path) as url:
        assert httpx.get(f"{url}/api/events").status_code == 200
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_serves_a_store_in_a_read_only_folder(tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    build_store(folder / "events.sqlite")
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot bind-mount a read-only folder here (needs root)")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(folder)], check=True)
        with pytest.raises(OSError):
            (folder / "probe").write_text("x")
        with running_server(folder / "events.sqlite") as url:
            assert httpx.get(f"{url}/api/events").json()["total"] == 5
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def _newer_store(path: Path) -> None:
    build_store(path)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda path: None, "no such file"),
        (lambda path: path.write_bytes(b"this is not a database at all" * 100), "not a usable event store"),
        (
            lambda path: sqlite3.connect(path).execute("CREATE TABLE other (x)").connection.commit(),
            "not a newsevents event store",
        ),
        (_newer_store, "newer newsevents"),
    ],
)
def test_unusable_store_is_one_line_and_exit_2(tmp_path, capsys, make, expected):
    path = tmp_path / "events.sqlite"
    make(path)
    assert main(["serve", str(path), "--port", "1"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and expected in error and str(path) in error


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_another_host_prints_a_warning(store_path, capsys, monkeypatch):
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: None)  # never listen
    main(["serve", str(store_path), "--host", "0.0.0.0", "--port", str(free_port())])
    assert "warning: listening on 0.0.0.0" in capsys.readouterr().err
    main(["serve", str(store_path), "--port", str(free_port())])
    assert "warning" not in capsys.readouterr().err


def test_a_port_in_use_is_one_line_and_exit_2(store_path, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", str(store_path), "--port", str(port)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and f"cannot listen on 127.0.0.1:{port}" in error


def test_demo_serve_codes_the_samples_into_a_store_and_serves_it(monkeypatch, capsys):
    served = {}

    def serve_instead(path, host, port, token):
        with EventStore(path, create=False) as store:
            served.update(store.counts(), host=host, port=port)
        return 0

    monkeypatch.setattr("newsevents.cli.serve.serve", serve_instead)
    assert main(["demo", "--serve", "--port", "8799"]) == 0
    assert served["articles"] >= 4 and served["events"] > 0
    assert (served["host"], served["port"]) == ("127.0.0.1", 8799)
    assert "sample articles in a temporary store" in capsys.readouterr().err


def test_events_added_while_serving_show_on_the_next_request(tmp_path):
    path = build_store(tmp_path / "events.sqlite")
    with running_server(path) as url:
        assert httpx.get(f"{url}/api/events").json()["total"] == 5
        with EventStore(path) as writer:  # as `newsevents code --db` would, meanwhile
            store_article(
                writer,
                "late-5",
                "Wire One",
                coded_sentence(
                    "late-5", "Kyiv accused Moscow of shelling.", "ACCUSE", "Kyiv", "accused", "Moscow", "2021-12-01"
                ),
            )
        assert httpx.get(f"{url}/api/events").json()["total"] == 6
        assert httpx.get(f"{url}/api/events", params={"actor": "UKR"}).json()["total"] == 1


HOSTILE_VALUES = [
    "",
    " ",
    "\x00",
    "'; DROP TABLE events; --",
    "%",
    "_",
    "\\",
    "🙂",
    "x" * 201,
    "-1",
    "99999999999999999999",
    "2021-02-30",
    "NaN",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "TUR\nUSA",
]


@pytest.mark.parametrize(
    "path",
    [
        "/api/events",
        "/api/places",
        "/api/network",
        "/api/dyad",
        "/api/actors",
        "/api/sources",
    ],
)
def test_no_value_of_any_parameter_makes_the_server_fail(client, path):
    schema = client.get("/openapi.json").json()["paths"][path]["get"]
    valid = {"actor": "TUR", "recipient": "USA"} if path == "/api/dyad" else {}  # both required
    for parameter in (p["name"] for p in schema.get("parameters", [])):
        for value in HOSTILE_VALUES:
            response = client.get(path, params={**valid, parameter: value})
            assert response.status_code in (200, 400), (parameter, value, response.text)
            if response.status_code == 400:
                assert response.json()["error"].startswith(parameter)
    assert client.get("/api/events").json()["total"] == 5  # and the store is as it was


@pytest.mark.parametrize(
    ("path", "model"),
    [
        ("/api/events", schemas.EventPage),
        ("/api/events?modality=negated", schemas.EventPage),
        ("/api/events/1", schemas.EventDetail),
        ("/api/dyad?actor=TUR&recipient=USA", schemas.Dyad),
        ("/api/summary", schemas.Summary),
        ("/api/actors", schemas.Actors),
        ("/api/places", schemas.Places),
        ("/api/network", schemas.Network),
        ("/api/sources", schemas.Sources),
        ("/api/events?limit=0", schemas.Error),
    ],
)
def test_answers_have_the_shape_the_openapi_schema_gives(client, path, model):
    model.model_validate(client.get(path).json())  # extra fields are refused
    documented = client.get("/openapi.json").json()["components"]["schemas"]
    assert model.__name__ in documented
