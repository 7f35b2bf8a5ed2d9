"""The text of a CSV file as spreadsheets write it (Qt-free, standard library only).

Shared by the touchpoint import (:mod:`omnimap.io.csv_import`) and the
attribution input (:mod:`omnimap.analysis.paths`), which word their own
messages from :class:`NotText`.

* Encoding: UTF-16 with its byte-order mark (Excel's "Unicode text"), else
  UTF-8 (a byte-order mark dropped), else Windows-1250, which Polish Excel
  writes for plain "CSV".
* Separator: whichever of comma, semicolon and tab the header line holds most
  of (a comma on a tie or when it holds none), as Excel writes ``;`` where the
  comma is the decimal mark.
"""

from __future__ import annotations

__all__ = ["NotText", "decode_spreadsheet", "delimiter_of"]


class NotText(ValueError):
    """The bytes are no spreadsheet text.

    ``reason`` is ``"utf-16"`` (a broken UTF-16 file), ``"encoding"`` (neither
    UTF-8 nor Windows-1250; ``line`` is where the first unreadable byte is) or
    ``"nul"`` (a NUL byte: a binary file).
    """

    def __init__(self, reason: str, line: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def decode_spreadsheet(data: bytes) -> str:
    """The text of ``data``; raises :class:`NotText`.

    >>> decode_spreadsheet("Łódź".encode("cp1250")), decode_spreadsheet("\\ufeffŁódź".encode())
    ('Łódź', 'Łódź')
    >>> decode_spreadsheet("a\\tŻ".encode("utf-16"))
    'a\\tŻ'
    >>> decode_spreadsheet(b"a\\nb\\x98\\x81")
    Traceback (most recent call last):
    omnimap.csvtext.NotText: encoding
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise NotText("utf-16") from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1250")
            except UnicodeDecodeError as error:
                raise NotText("encoding", data[: error.start].count(b"\n") + 1) from None
    if "\x00" in text:
        raise NotText("nul")
    return text


def delimiter_of(header: str) -> str:
    """The separator a header line uses.

    >>> delimiter_of("path;total_conversions;total_null"), delimiter_of("a,b;c")
    (';', ',')
    >>> delimiter_of("stage\\tchannel\\tlabel"), delimiter_of("label")
    ('\\t', ',')
    """
    counts = {sep: header.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","
