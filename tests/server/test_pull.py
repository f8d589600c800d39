"""Pull: pages by cursor, only the worker's teams, entries that fit the wire model."""

from __future__ import annotations

import threading

from testsupport_server import Server, create
from voordeur.model import Household, Person
from voordeur.sync.protocol import PullResponse


def test_pull_pages_by_cursor(server: Server) -> None:
    anna = server.login("anna")
    households = [Household(display_name=f"H{i}", team_id=server.team_a) for i in range(25)]
    anna.push(*(create(h, hlc=anna.stamp(counter=i)) for i, h in enumerate(households)))
    everything = anna.pull_all()
    # team A, anna, ben, then the households in push order
    assert [e["table"] for e in everything[:3]] == ["team", "worker", "worker"]
    assert [e["record_id"] for e in everything[3:]] == [h.id for h in households]
    seqs = [e["seq"] for e in everything]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)

    pages, cursor = [], 0
    while True:
        page = anna.pull(cursor, limit=10)
        PullResponse.model_validate(page)
        pages.append(len(page["entries"]))
        if page["entries"]:
            assert page["cursor"] == page["entries"][-1]["seq"] and page["cursor"] > cursor
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert pages == [10, 10, 8]
    assert anna.pull(cursor) == {"entries": [], "cursor": cursor, "more": False}
    assert anna.pull(cursor + 1000) == {"entries": [], "cursor": cursor + 1000, "more": False}
    # A page ends exactly at the last entry: `more` is false.
    assert anna.pull(seqs[-3], limit=2)["more"] is False
    assert anna.pull(seqs[-4], limit=2)["more"] is True


def test_default_page_size_is_500(server: Server) -> None:
    anna = server.login("anna")
    households = [Household(display_name=f"H{i}", team_id=server.team_a) for i in range(500)]
    anna.push(*(create(h, hlc=anna.stamp(counter=i)) for i, h in enumerate(households)))
    page = anna.pull()
    assert len(page["entries"]) == 500 and page["more"] is True


def test_concurrent_pushes_log_in_commit_order(server: Server) -> None:
    """Pushes from several threads: every entry lands once, seqs strictly ascending."""
    sessions = [server.login(name) for name in ("anna", "ben", "anna", "ben")]
    household = Household(display_name="H", team_id=server.team_a)
    sessions[0].push(create(household, hlc=sessions[0].stamp()))
    people: dict[int, list[Person]] = {}
    errors: list[BaseException] = []

    def work(index: int) -> None:
        try:
            session = sessions[index]
            people[index] = [Person(household_id=household.id) for _ in range(40)]
            for i in range(0, 40, 10):
                session.push(*(create(p, hlc=session.stamp(counter=i + j))
                               for j, p in enumerate(people[index][i:i + 10])))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(sessions))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    entries = sessions[1].pull_all()
    ids = [e["record_id"] for e in entries if e["table"] == "person"]
    assert sorted(ids) == sorted(p.id for group in people.values() for p in group)
    seqs = [e["seq"] for e in entries]
    assert seqs == sorted(seqs)


def test_pages_are_compressed_when_the_client_accepts_gzip(server: Server) -> None:
    anna = server.login("anna")
    households = [Household(display_name=f"H{i}", team_id=server.team_a) for i in range(20)]
    anna.push(*(create(h, hlc=anna.stamp(counter=i)) for i, h in enumerate(households)))
    plain = server.client.get("/v1/pull", headers=anna.headers | {"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    packed = server.client.get("/v1/pull", headers=anna.headers | {"Accept-Encoding": "gzip"})
    assert packed.headers["content-encoding"] == "gzip"
    assert int(packed.headers["content-length"]) < len(plain.content) / 3
    assert packed.json() == plain.json()
    empty = server.client.get("/v1/pull", params={"after": plain.json()["cursor"]},
                              headers=anna.headers | {"Accept-Encoding": "gzip"})
    assert "content-encoding" not in empty.headers  # small answers stay as they are
