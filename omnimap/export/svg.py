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

__all__ = ["SvgError", "clean_svg", "svg_size"]

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)

_DROP = {"script", "foreignObject", "image", "iframe", "embed", "object", "use"}
_UNWRAP = {"a"}
_PAINT = ("fill", "stroke", "stop-color", "flood-color", "lighting-color", "color")
_NUMBER = re.compile(r"-?[\d.]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class SvgError(ValueError):
    """The engine's output was not SVG."""


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
# Event attributes; each pattern starts with a literal, which ``re`` searches fast.
_EVENT_ATTRS = tuple(re.compile(space + rb"on[a-z0-9_.-]*\s*=") for space in (b" ", b"\n", b"\t"))


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
    lowered = body.lower()
    if any(word in lowered for word in _SUSPECT_WORDS) or _SUSPECT_TAG.search(lowered):
        return None
    if any(pattern.search(lowered) for pattern in _EVENT_ATTRS):
        return None
    # Namespaces declared only on <svg> itself: no element can be smuggled in
    # under another prefix.
    if lowered.count(b"xmlns") != start.group().lower().count(b"xmlns"):
        return None
    head = ET.Element("x")
    for tag, text in (("title", title), ("desc", description)):
        ET.SubElement(head, tag).text = _CONTROL.sub("\ufffd", text)
    inserted = ET.tostring(head, encoding="utf-8")[3:-4]
    result = (b"<?xml version='1.0' encoding='utf-8'?>\n" + body[start.start():start.end()]
              + inserted + body[start.end():])
    # Proves the result well-formed without building a tree.
    expat.ParserCreate().Parse(result, True)
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
