"""Make Graphviz's SVG safe and tidy for slide decks.

What :func:`clean_svg` guarantees, whichever engine wrote the input:

* well-formed XML with a ``viewBox`` and a ``<title>`` and ``<desc>`` as the
  first children of ``<svg>`` (journey name; persona);
* no ``transparent`` paint (Graphviz 2.43 writes ``stroke="transparent"``,
  which PowerPoint and some renderers draw black): it becomes ``none``;
* text stays ``<text>``;
* nothing active or external: no ``<script>``, ``<foreignObject>``, ``on*``
  attributes, no ``href`` / ``xlink:href`` except ``#fragment`` links, no
  ``<image>`` and no ``<a>`` (their content is kept), no comments, no DOCTYPE;
* deterministic output for a given input.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from xml.parsers import expat

from omnimap.export.engine import EngineError

__all__ = ["SvgError", "SvgStream", "clean_svg", "svg_size"]

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)

_DROP = {"script", "foreignObject", "image", "iframe", "embed", "object", "use"}
_UNWRAP = {"a"}
_PAINT = ("fill", "stroke", "stop-color", "flood-color", "lighting-color", "color")
_NUMBER = re.compile(r"-?[\d.]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class SvgError(EngineError, ValueError):
    """The engine's output was not SVG: the engine failed, as far as callers are concerned."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _clean_attributes(elem: ET.Element) -> None:
    for key in list(elem.attrib):
        name = _local(key)
        value = elem.attrib[key]
        if name.lower().startswith("on") or (name == "href" and not value.startswith("#")):
            del elem.attrib[key]
        elif name in _PAINT and value.strip().lower() == "transparent":
            elem.attrib[key] = "none"
        elif name == "style" and "transparent" in value:
            elem.attrib[key] = re.sub(r"\btransparent\b", "none", value)


def _clean_children(parent: ET.Element) -> None:
    index = 0
    while index < len(parent):
        child = parent[index]
        name = _local(child.tag) if isinstance(child.tag, str) else ""
        if not name or name in _DROP:
            parent.remove(child)
            continue
        if name in _UNWRAP:
            # Keep what the link wrapped, in its place.
            _clean_children(child)
            parent.remove(child)
            for offset, grandchild in enumerate(list(child)):
                parent.insert(index + offset, grandchild)
            continue
        _clean_attributes(child)
        _clean_children(child)
        index += 1


def svg_size(root: ET.Element) -> tuple[float, float]:
    """Width and height in points, from the viewBox (or width/height)."""
    box = root.get("viewBox")
    if box:
        numbers = [float(n) for n in _NUMBER.findall(box)]
        if len(numbers) == 4:
            return numbers[2], numbers[3]
    width = _NUMBER.match(root.get("width", "0"))
    height = _NUMBER.match(root.get("height", "0"))
    return (float(width.group()) if width else 0.0, float(height.group()) if height else 0.0)


# Fast path: Graphviz's own output needs only these edits, done on the bytes.
# One literal prefix ("<!") for both, so the scan is a fast search.
_PROLOGUE = re.compile(rb"<!(?:DOCTYPE[^>]*|--.*?--)>", re.DOTALL)
#: (old, new) pairs for paint in the form Graphviz writes it; any other spelling
#: of "transparent" is left for the careful path.
_TRANSPARENT = tuple((b" " + name.encode() + b'="transparent"', b" " + name.encode() + b'="none"')
                     for name in _PAINT)
_SVG_START = re.compile(rb"<svg\b[^>]*>")
#: Anything that needs the careful path (a false alarm only costs time). Searched
#: for in the lower-cased bytes: plain substring tests are fast on large SVGs.
_SUSPECT_TAG = re.compile(rb"<(?:script|foreignobject|image|iframe|embed|object|use|a[\s>/]"
                          rb"|!entity|!doctype|!--|\?xml-stylesheet)")
_SUSPECT_WORDS = (b"href", b"transparent")
#: Folds the bytes for the checks in one pass: ASCII lower case, and every XML
#: white space (tab, CR, LF) a space, so one pattern covers each attribute
#: separator (a lone ``\r`` before ``onclick`` counted as none before).
_FOLD = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ\t\n\r", b"abcdefghijklmnopqrstuvwxyz   ")
# Event attributes, also namespaced ones (``x:onclick``); any name starting "on".
# Each pattern starts with a literal, which ``re`` searches fast; one search
# per separator was three passes over the whole SVG.
_EVENT_ATTRS = tuple(re.compile(start + rb"on[^ =<>/\"']* *=") for start in (b" ", b":"))


_DECLARATION = b"<?xml version='1.0' encoding='utf-8'?>\n"


def _heading(title: str, description: str) -> bytes:
    """``<title>`` and ``<desc>``, escaped by ElementTree (always well-formed)."""
    head = ET.Element("x")
    for tag, text in (("title", title), ("desc", description)):
        ET.SubElement(head, tag).text = _CONTROL.sub("\ufffd", text)
    return ET.tostring(head, encoding="utf-8")[3:-4]


class _Proof:
    """An expat parser that proves the SVG well-formed and counts its namespace declarations.

    Namespaces are processed, as ElementTree (the careful path) does, so an
    unbound prefix fails here too. Only the declarations call back into
    Python (a handful), not the elements. Namespaces may be declared on
    ``<svg>`` itself only: no element can be smuggled in under another prefix.
    This counts them exactly; counting ``xmlns`` in the text was another pass
    over the whole SVG.
    """

    def __init__(self) -> None:
        self.parser = expat.ParserCreate(namespace_separator="}")
        self.parser.StartNamespaceDeclHandler = self._declare
        self.declared = 0

    def _declare(self, prefix: str | None, uri: str) -> None:
        self.declared += 1

    @staticmethod
    def on_root(tag: bytes) -> int:
        """Declarations in the ``<svg ...>`` start tag (raises when it is not one)."""
        proof = _Proof()
        proof.parser.Parse(tag + b"</svg>", True)
        return proof.declared


def _fast_clean(data: bytes, title: str, description: str) -> bytes | None:
    """The cleaned SVG by byte edits, or None when the careful path is needed."""
    body = _PROLOGUE.sub(b"", data)
    if b"ransparent" in body:
        # Plain byte replacements: a regular expression without a literal
        # prefix took longer than the rest of the clean-up.
        for old, new in _TRANSPARENT:
            body = body.replace(old, new)
    start = _SVG_START.search(body)
    if start is None or b"viewBox=" not in start.group():
        return None
    lowered = body.translate(_FOLD)
    if any(word in lowered for word in _SUSPECT_WORDS) or _SUSPECT_TAG.search(lowered):
        return None
    if any(pattern.search(lowered) for pattern in _EVENT_ATTRS):
        return None
    result = (_DECLARATION + body[start.start():start.end()] + _heading(title, description)
              + body[start.end():])
    # Proves the result well-formed without building a tree.
    proof = _Proof()
    proof.parser.Parse(result, True)
    if proof.declared != _Proof.on_root(start.group()):
        return None
    return result


def clean_svg(data: bytes, title: str, description: str) -> bytes:
    r"""Post-process engine SVG (see the module docstring).

    >>> raw = (b'<svg xmlns="http://www.w3.org/2000/svg" width="10pt" height="5pt">'
    ...        b'<script>alert(1)</script><g onclick="x()"><path stroke="transparent"/>'
    ...        b'<text>A &amp; B</text></g></svg>')
    >>> print(clean_svg(raw, "Anna", "Persona: Anna").decode().replace("><", ">\n<"))
    <?xml version='1.0' encoding='utf-8'?>
    <svg xmlns="http://www.w3.org/2000/svg" width="10pt" height="5pt" viewBox="0 0 10 5">
    <title>Anna</title>
    <desc>Persona: Anna</desc>
    <g>
    <path stroke="none" />
    <text>A &amp; B</text>
    </g>
    </svg>
    """
    try:
        fast = _fast_clean(data, title, description)
    except expat.ExpatError:
        fast = None
    if fast is not None:
        return fast
    try:
        # ElementTree never fetches DTDs or expands external entities.
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise SvgError(f"the engine wrote invalid SVG: {error}") from None
    if _local(root.tag) != "svg":
        raise SvgError("the engine did not write SVG")
    _clean_attributes(root)
    _clean_children(root)
    if not root.get("viewBox"):
        width, height = svg_size(root)
        root.set("viewBox", f"0 0 {width:g} {height:g}")
    for old in [c for c in root if _local(c.tag) in ("title", "desc")]:
        root.remove(old)
    title_elem = ET.Element(f"{{{SVG_NS}}}title")
    title_elem.text = _CONTROL.sub("\ufffd", title)
    desc_elem = ET.Element(f"{{{SVG_NS}}}desc")
    desc_elem.text = _CONTROL.sub("\ufffd", description)
    root.insert(0, desc_elem)
    root.insert(0, title_elem)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


class SvgStream:
    r""":func:`clean_svg` done piece by piece, while the engine is still writing.

    Feed it the engine's output as it arrives (:meth:`feed`, e.g. as the
    ``sink`` of :meth:`omnimap.export.engine.Engine.start`), then call
    :meth:`result` with the whole output. The result is always the very bytes
    ``clean_svg(output, title, description)`` returns: the stream makes the
    fast path's edits and checks, and its well-formedness parse, on pieces
    cut so that nothing they look for can straddle a cut; whenever it cannot
    be sure (a check fails, a piece got lost, anything unexpected), it
    falls back to :func:`clean_svg` on the whole output.

    How pieces are cut: the raw output is cut after its last ``>``, so a
    comment, DOCTYPE or ``transparent`` paint attribute is edited whole (a
    comment that holds a ``>`` and is cut leaves its ``<!--`` behind, which
    the checks then refuse); the edited text is cut again after its last
    ``>`` before it is checked, and no pattern checked for holds a ``>``
    except as its last character.

    >>> raw = (b'<?xml version="1.0"?>\n<!-- by engine -->\n<svg viewBox="0 0 9 9" '
    ...        b'xmlns="http://www.w3.org/2000/svg"><path stroke="transparent"/></svg>\n')
    >>> stream = SvgStream("Anna", "Persona: Anna")
    >>> for i in range(0, len(raw), 7):
    ...     stream.feed(raw[i:i + 7])
    >>> stream.result(raw) == clean_svg(raw, "Anna", "Persona: Anna")
    True
    """

    #: Raw text kept waiting for a ``>`` beyond this many bytes: give up streaming.
    LIMIT = 1 << 20

    def __init__(self, title: str, description: str) -> None:
        self._title, self._description = title, description
        self._raw = b""  # raw output after the last ">"
        self._edited = b""  # edited output after the last ">"
        self._pieces: list[bytes] = []
        self._started = False  # the <svg> start tag was seen
        self._root_declared = 0
        self._seen = 0
        self._ok = True
        self._proof = _Proof()
        #: Whether :meth:`result` came from the stream (not from :func:`clean_svg`).
        self.streamed = False

    def feed(self, data: bytes) -> None:
        """Take the next piece of the engine's output (never raises)."""
        self._seen += len(data)
        if self._ok:
            try:
                self._take(self._raw + data, final=False)
            except Exception:  # expat's verdict, or a surprise: clean_svg decides
                self._ok = False

    def result(self, output: bytes) -> bytes:
        """The cleaned SVG of ``output``, the engine's whole output.

        Raises :class:`SvgError` as :func:`clean_svg` does.
        """
        if self._ok and self._seen == len(output):
            try:
                self._take(self._raw, final=True)
                if self._started:
                    self._proof.parser.Parse(b"", True)
                if self._started and self._proof.declared == self._root_declared:
                    self.streamed = True
                    return b"".join(self._pieces)
            except Exception:  # as in feed()
                pass
        self._ok = False
        return clean_svg(output, self._title, self._description)

    def _take(self, raw: bytes, final: bool) -> None:
        cut = len(raw) if final else raw.rfind(b">") + 1
        self._raw = raw[cut:]
        if len(self._raw) > self.LIMIT:
            raise ValueError("no tag end in sight")
        if not cut and not final:
            return
        # The fast path's edits (see _fast_clean), on whole tags and comments.
        body = _PROLOGUE.sub(b"", raw[:cut])
        if b"ransparent" in body:
            for old, new in _TRANSPARENT:
                body = body.replace(old, new)
        edited = self._edited + body
        cut = len(edited) if final else edited.rfind(b">") + 1
        self._edited = edited[cut:]
        if cut or final:
            self._check(edited[:cut])

    def _check(self, body: bytes) -> None:
        lowered = body.translate(_FOLD)
        if any(word in lowered for word in _SUSPECT_WORDS) or _SUSPECT_TAG.search(lowered):
            raise ValueError("needs the careful path")
        if any(pattern.search(lowered) for pattern in _EVENT_ATTRS):
            raise ValueError("needs the careful path")
        if not self._started:
            start = _SVG_START.search(body)
            if start is None:
                return  # the XML declaration and the like: dropped
            tag = start.group()
            if b"viewBox=" not in tag:
                raise ValueError("no viewBox")
            self._started = True
            self._root_declared = _Proof.on_root(tag)
            heading = _heading(self._title, self._description)
            body = _DECLARATION + tag + heading + body[start.end():]
        self._pieces.append(body)
        self._proof.parser.Parse(body, False)
