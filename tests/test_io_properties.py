"""Property tests: random workspaces round-trip exactly; broken files only ever raise FileError."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omnimap.io import FileError, dumps_workspace, loads_workspace
from omnimap.model import Channel, ChannelAudit, Kpi, Persona, Stage, Workspace
from omnimap.model.sample import sample_workspace

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
ROUND_TRIP = settings(max_examples=150, deadline=None, suppress_health_check=_QUIET)
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=_QUIET)
SRC = "fuzz.omnimap"

SPICE = list("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ„”«»\"'\\/\n\r\t\x00\u2028😀🙂👩‍👩‍👧{}[]:,")
CHARS = st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from(SPICE))
TEXT = st.text(CHARS, max_size=20)
NAME = st.text(CHARS, min_size=1, max_size=20)
IDS = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,8}", fullmatch=True)
SHORT_LIST = st.lists(TEXT, max_size=3)
NUMBER = st.none() | st.floats(allow_nan=False, allow_infinity=False)
TIME = st.none() | st.builds("{:02d}:{:02d}".format, st.integers(0, 23), st.integers(0, 59))
TRANSLATIONS = st.dictionaries(st.sampled_from(["en", "pl"]), TEXT)


@st.composite
def kpis(draw: st.DrawFn) -> Kpi:
    return Kpi(metric=draw(TEXT), unit=draw(st.text(CHARS, max_size=5)), target=draw(NUMBER),
               actual=draw(NUMBER), higher_is_better=draw(st.booleans()))


@st.composite
def audits(draw: st.DrawFn) -> ChannelAudit:
    return ChannelAudit(
        functionality=draw(st.lists(st.sampled_from(["browse", "buy", "service"]), unique=True)),
        automation=draw(st.sampled_from(["automated", "partial", "manual", "unknown"])),
        crm=draw(st.sampled_from(["integrated", "connector", "none", "unknown"])),
        crm_note=draw(TEXT), kpis=draw(SHORT_LIST),
        consistency=draw(st.sampled_from(["consistent", "partial", "inconsistent", "unknown"])),
        owner=draw(TEXT),
    )


@st.composite
def workspaces(draw: st.DrawFn) -> Workspace:
    stage_ids = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
    channel_ids = draw(st.lists(IDS, min_size=1, max_size=4, unique=True))
    stages = [Stage(id=i, name=draw(NAME), translations=draw(TRANSLATIONS), goal=draw(TEXT),
                    kpis=draw(st.lists(kpis(), max_size=2))) for i in stage_ids]
    channels = [Channel(id=i, name=draw(NAME), translations=draw(TRANSLATIONS),
                        group=draw(st.sampled_from(["online", "offline", "hybrid"])),
                        icon=draw(st.text(CHARS, max_size=5)),
                        color=draw(st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True)),
                        mobile=draw(st.booleans()), audit=draw(audits()))
                for i in channel_ids]
    ws = Workspace(title=draw(TEXT), notes=draw(TEXT), stages=stages, channels=channels,
                   language=draw(st.sampled_from(["en", "pl"])))
    for journey_id in draw(st.lists(IDS, max_size=3, unique=True)):
        persona = Persona(
            name=draw(TEXT), description=draw(TEXT), goals=draw(SHORT_LIST),
            preferred_channels=draw(st.lists(st.sampled_from(channel_ids), unique=True)))
        journey = ws.add_journey(draw(TEXT), id=journey_id, persona=persona)
        for _ in range(draw(st.integers(0, 8))):
            journey.add_touchpoint(
                draw(st.sampled_from(stage_ids)), draw(st.sampled_from(channel_ids)),
                draw(TEXT), index=draw(st.none() | st.integers(0, 4)), notes=draw(TEXT),
                day=draw(st.none() | st.integers(1, 100_000)), time=draw(TIME),
                emotion=draw(st.integers(-2, 2)), pain_points=draw(SHORT_LIST),
                opportunities=draw(SHORT_LIST))
        ids = [t.id for t in journey.touchpoints()]
        if len(ids) > 1:
            pairs = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)),
                                  max_size=10, unique=True))
            for source, target in pairs:
                if source != target:
                    journey.connect(source, target, draw(TEXT),
                                    draw(st.none() | st.integers(0, 10**12)))
    return ws


@ROUND_TRIP
@given(workspaces())
def test_random_workspaces_round_trip_byte_for_byte(ws: Workspace) -> None:
    data = dumps_workspace(ws)
    loaded = loads_workspace(data)
    assert dumps_workspace(loaded) == data
    assert [j.touchpoints() for j in loaded.journeys] == [j.touchpoints() for j in ws.journeys]
    assert [j.transitions() for j in loaded.journeys] == [j.transitions() for j in ws.journeys]
    assert (loaded.stages, loaded.channels) == (ws.stages, ws.channels)


# ------------------------------------------------------------------ corruptions
def outcome(data: bytes) -> FileError | None:
    """Load corrupted bytes: a FileError with one line, or a workspace that saves stably."""
    try:
        ws = loads_workspace(data, SRC)
    except FileError as error:
        message = str(error)
        assert len(message.splitlines()) == 1, message
        assert message.startswith(f"{SRC}: ") and len(message) > len(SRC) + 2
        return error
    # Whatever loads is a valid workspace: it saves, and that file loads back the same.
    saved = dumps_workspace(ws)
    assert dumps_workspace(loads_workspace(saved)) == saved
    return None


BASES = st.one_of(workspaces(), st.sampled_from(["en", "pl"]).map(sample_workspace))


def paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document, the root excluded."""
    found = []
    children = (value.items() if isinstance(value, dict)
                else enumerate(value) if isinstance(value, list) else ())
    for key, child in children:
        found.append((*here, key))
        found.extend(paths(child, (*here, key)))
    return found


def put(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        doc = doc[key]
    doc[path[-1]] = value


ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(CHARS, max_size=5),
    st.just([]), st.just({}), st.just([[[["deep"]]]]), st.just({"x": 1}),
    st.integers(20, 400).map(lambda n: 10**n), st.just(-(10**40)),
    st.integers(20_001, 30_000).map(lambda n: "ł" * n), st.just(list(range(300))),
)


@SETTINGS
@given(BASES, st.data())
def test_truncated_files_are_refused(ws: Workspace, data: st.DataObject) -> None:
    full = dumps_workspace(ws)
    cut = data.draw(st.integers(0, len(full) - 2))  # keeps at most all but "}\n"
    assert outcome(full[:cut]) is not None


@SETTINGS
@given(BASES, st.data())
def test_swapped_values_never_escape_as_other_errors(ws: Workspace, data: st.DataObject) -> None:
    doc = json.loads(dumps_workspace(ws))
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths(doc)))
        put(doc, path, copy.deepcopy(data.draw(ODD_VALUES)))
    outcome(json.dumps(doc, ensure_ascii=data.draw(st.booleans())).encode("utf-8", "replace"))


@SETTINGS
@given(BASES, st.data())
def test_broken_references_are_named(ws: Workspace, data: st.DataObject) -> None:
    doc = json.loads(dumps_workspace(ws))
    places = [(f"journeys[{j}].touchpoints[{t}].{field}", ("journeys", j, "touchpoints", t, field))
              for j, journey in enumerate(doc["journeys"])
              for t in range(len(journey["touchpoints"])) for field in ("stage", "channel")]
    places += [(f"journeys[{j}].transitions[{t}].{end}", ("journeys", j, "transitions", t, end))
               for j, journey in enumerate(doc["journeys"])
               for t in range(len(journey["transitions"])) for end in ("source", "target")]
    if not places:
        return
    place, path = data.draw(st.sampled_from(places))
    put(doc, path, "zz-unknown")  # ten characters: longer than any id IDS draws
    error = outcome(json.dumps(doc).encode())
    assert error is not None
    assert error.place == place


@SETTINGS
@given(BASES, st.sampled_from(["utf-16", "utf-16-be", "utf-32", "cp1250", "latin-1"]))
def test_other_encodings_never_escape(ws: Workspace, encoding: str) -> None:
    text = dumps_workspace(ws).decode("utf-8")
    error = outcome(text.encode(encoding, "replace"))
    if encoding.startswith("utf-"):
        assert error is not None and "UTF-16 or UTF-32" in error.what


@SETTINGS
@given(BASES, st.data())
def test_random_byte_damage_never_escapes(ws: Workspace, data: st.DataObject) -> None:
    damaged = bytearray(dumps_workspace(ws))
    for _ in range(data.draw(st.integers(1, 8))):
        action = data.draw(st.sampled_from(["flip", "insert", "delete"]))
        at = data.draw(st.integers(0, len(damaged) - 1))
        if action == "flip":
            damaged[at] ^= 1 << data.draw(st.integers(0, 7))
        elif action == "insert":
            damaged[at:at] = data.draw(st.binary(min_size=1, max_size=4))
        elif len(damaged) > 1:
            del damaged[at]
    outcome(bytes(damaged))
