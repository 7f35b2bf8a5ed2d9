"""DOT statements written directly, for the many nodes and edges of a big map.

The ``graphviz`` package stays the graph's container (:class:`graphviz.Digraph`
and its subgraphs, head and default attributes), but its per-call argument
checks and per-value regular expressions cost more than the whole rest of a
1,000-card export. Node and edge statements are therefore made here and
appended to the graph's public ``body`` list, in the very form the package
writes them (same order, same quoting), so the DOT text does not change.

Quoting rules (https://graphviz.org/doc/info/lang.html):

* a plain identifier (``[A-Za-z_][A-Za-z0-9_]*``) or a numeral is written as
  it is, unless it is a DOT keyword;
* anything else is double-quoted with ``"`` escaped as ``\\"``;
* an :class:`Html` value is an HTML-like label, written between ``<`` and
  ``>``; its markup must come from :mod:`omnimap.export.labels`, which
  escapes user text;
* backslashes and NUL are refused: inside a quoted DOT string a backslash
  escapes the next character (``\\"`` would end nothing, a final ``\\`` would
  swallow the closing quote), and no value omnimap writes in quotes needs one.
  User text never goes into a quoted string, only into HTML labels;
* a value longer than :data:`CHUNK` characters is written as DOT's
  concatenation ``"..." + "..."``: Graphviz 2.43 refuses a single quoted
  string over 16 kB (the arranged layout's ``_background`` drawing of a big
  map), and every engine joins the parts back into one value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["CHUNK", "DotFeed", "Html", "attr_stmt", "edge_stmt", "node_stmt", "quote"]

#: Characters per quoted piece: at most 4 bytes each in UTF-8, so every piece
#: stays under Graphviz 2.43's 16,384-byte limit.
CHUNK = 4000

_PLAIN = re.compile(r"(?:[A-Za-z_][A-Za-z0-9_]*|-?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?))\Z")
_KEYWORDS = frozenset({"node", "edge", "graph", "digraph", "subgraph", "strict"})
# Values repeat (colours, sizes, styles); their quoted forms are remembered.
_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 20_000


class Html(str):
    """Markup of an HTML-like label, written as ``<markup>`` (never quoted).

    >>> quote(Html('<b>x</b>'))
    '<<b>x</b>>'
    """

    __slots__ = ()


def _quoted(value: str) -> str:
    if "\\" in value or "\x00" in value:
        raise ValueError(f"DOT strings written by omnimap carry no backslash or NUL: "
                         f"{value[:40]!r}")
    if len(value) <= CHUNK:
        return '"' + value.replace('"', '\\"') + '"'
    # Split before escaping, so that no escape is cut in two.
    return " + ".join('"' + value[i:i + CHUNK].replace('"', '\\"') + '"'
                      for i in range(0, len(value), CHUNK))


def quote(value: str) -> str:
    r"""``value`` as a DOT ID: bare when it may be, else quoted (see the module docstring).

    >>> quote("tp_t1"), quote("0.6611"), quote("-4"), quote("#263238"), quote("")
    ('tp_t1', '0.6611', '-4', '"#263238"', '""')
    >>> print(quote('She said "buy"'), quote("node"), quote("tp_a.b-c"))
    "She said \"buy\"" "node" "tp_a.b-c"
    >>> quote("L 2 " * 2000).count('" + "'), quote("a" * 9000).count('" + "')
    (1, 2)
    >>> quote("C:\\temp")
    Traceback (most recent call last):
    ...
    ValueError: DOT strings written by omnimap carry no backslash or NUL: 'C:\\temp'
    """
    if type(value) is Html:
        return f"<{value}>"
    found = _CACHE.get(value)
    if found is not None:
        return found
    plain = len(value) <= CHUNK and _PLAIN.match(value) and value.lower() not in _KEYWORDS
    found = value if plain else _quoted(value)
    if len(value) <= 64:
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[value] = found
    return found


def _a_list(attrs: Mapping[str, str] | None, label: str | None) -> str:
    # Label first, then the rest by name: the order graphviz.Digraph writes.
    parts = [f"label={quote(label)}"] if label is not None else []
    if attrs:
        parts.extend(f"{quote(k)}={quote(attrs[k])}" for k in sorted(attrs))
    return " ".join(parts)


def node_stmt(name: str, attrs: Mapping[str, str] | None = None,
              label: str | None = None) -> str:
    """One node statement line, as ``graphviz.Digraph.node`` writes it.

    >>> node_stmt("tp_1", {"pos": "10,20!", "width": "1.5"}, Html("<b>A</b>"))
    '\\ttp_1 [label=<<b>A</b>> pos="10,20!" width=1.5]\\n'
    """
    body = _a_list(attrs, label)
    return f"\t{quote(name)} [{body}]\n" if body else f"\t{quote(name)}\n"


def edge_stmt(tail: str, head: str, attrs: Mapping[str, str] | None = None) -> str:
    """One directed edge statement line, as ``graphviz.Digraph.edge`` writes it.

    Node names only: no ``node:port`` syntax.

    >>> edge_stmt("tp_1", "tp_2", {"style": "invis", "weight": "4"})
    '\\ttp_1 -> tp_2 [style=invis weight=4]\\n'
    >>> edge_stmt("a", "b")
    '\\ta -> b\\n'
    """
    body = _a_list(attrs, None)
    arrow = f"\t{quote(tail)} -> {quote(head)}"
    return f"{arrow} [{body}]\n" if body else f"{arrow}\n"


def attr_stmt(attrs: Iterable[tuple[str, str]]) -> str:
    """A graph-attribute line (``key=value ...``) in the given order.

    Used for values too long for Graphviz 2.43 as one quoted string, which
    this writes as a concatenation.

    >>> attr_stmt([("splines", "ortho"), ("_background", "c 7 -#ffffff")])
    '\\tsplines=ortho _background="c 7 -#ffffff"\\n'
    """
    return "\t" + " ".join(f"{quote(k)}={quote(v)}" for k, v in attrs) + "\n"


class DotFeed:
    """Hands the graph's DOT text to a ``feed`` callable while the graph grows.

    The graph's lines are only ever appended, so what was sent stays valid;
    :meth:`close` sends the rest and checks that the pieces add up to
    ``graph.source``. With no ``feed`` every call does nothing.

    >>> pieces = []
    >>> import graphviz
    >>> graph = graphviz.Digraph("g")
    >>> out = DotFeed(graph, pieces.append)
    >>> graph.node("a")
    >>> out.flush()
    >>> graph.edge("a", "b")
    >>> out.close()
    >>> "".join(pieces) == graph.source, len(pieces)
    (True, 3)
    """

    #: Statements between flushes: a few dozen kilobytes of DOT.
    EVERY = 128

    def __init__(self, graph: Any, feed: Callable[[str], object] | None) -> None:
        self._graph, self._feed = graph, feed
        self._head: list[str] | None = None
        self._sent = 0

    def flush(self) -> None:
        if self._feed is None:
            return
        body = self._graph.body
        text = ""
        if self._head is None:
            lines = list(self._graph)
            self._head = lines[:len(lines) - len(body) - 1]
            text = "".join(self._head)
        self._feed(text + "".join(body[self._sent:]))
        self._sent = len(body)

    def close(self) -> None:
        if self._feed is None:
            return
        self.flush()
        lines = list(self._graph)
        if lines[:len(self._head or ())] != self._head or len(lines) != len(
                self._head or ()) + self._sent + 1:
            raise RuntimeError("the graph changed after its DOT text was sent")
        self._feed(lines[-1])
