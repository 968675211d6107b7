"""Bytes to text: UTF-8 first, then Windows-1252 only when the result looks like text."""

from __future__ import annotations

_BOM = b"\xef\xbb\xbf"
# Control characters that never occur in text (tab, newline, form feed and CR are allowed).
_CONTROL = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0C, 0x0D))
_HIGH = bytes(range(0x80, 0x100))


class NotText(ValueError):
    """Raised for bytes that are not text in any encoding we accept."""


def looks_binary(data: bytes) -> bool:
    """Whether a sample of bytes has NULs or too many control characters to be text."""
    if not data:
        return False
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL))  # counted in C
    return controls > len(sample) // 100


def decode_text(data: bytes) -> str:
    """Decode ``data``: utf-8, utf-8 with a BOM, else cp1252 when it decodes cleanly."""
    if looks_binary(data):
        raise NotText("not text (binary data)")
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise NotText("not text (neither UTF-8 nor Windows-1252)") from None
    # Real Windows-1252 text is mostly ASCII; random high bytes decode to accented soup.
    if len(data.translate(None, _HIGH)) < 0.7 * len(data):
        raise NotText("not text (neither UTF-8 nor Windows-1252)")
    return text


def encoding_of(head: bytes) -> str:
    """The encoding to stream a file with, judged from its first bytes."""
    if head.startswith(_BOM):
        return "utf-8-sig"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(head) - 4:  # not merely a character cut by the sample's end
            return "cp1252"
    return "utf-8"
