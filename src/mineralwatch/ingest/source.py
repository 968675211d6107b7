"""One input opened for reading: a decompressed byte stream, its name and what it holds."""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 65536


class SourceError(Exception):
    """A source that cannot be read; the message is the one-line reason."""


def too_large(limit: int) -> SourceError:
    return SourceError(f"file is larger than the limit ({limit} bytes)")


@dataclass(slots=True)
class Source:
    """A readable input. ``stream`` yields decompressed bytes; ``head`` is its start."""

    name: str
    stream: BinaryIO
    head: bytes
    suffix: str  # lower-case extension without a compression suffix, e.g. ".jsonl"
    content_type: str | None = None

    def read_all(self, limit: int) -> bytes:
        """The whole content, for formats that need it at once; refuses more than ``limit``."""
        data = self.stream.read(limit + 1)
        if len(data) > limit:
            raise too_large(limit)
        return data


def suffix_of(name: str) -> str:
    """Extension that names the format, looking through ``.gz``: a.jsonl.gz -> .jsonl."""
    path = PurePosixPath(name.split("?", 1)[0].split("#", 1)[0].lower())
    suffixes = path.suffixes
    if suffixes and suffixes[-1] in (".gz", ".gzip"):
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def open_stream(name: str, raw: BinaryIO, content_type: str | None = None) -> Source:
    """Wrap ``raw`` as a Source, decompressing gzip (recognised by its magic bytes)."""
    start = raw.read(2)
    raw.seek(0)
    try:
        if start == GZIP_MAGIC:
            # A fresh decompressor after sniffing: a rewound GzipFile confuses warcio.
            head = gzip.GzipFile(fileobj=raw, mode="rb").read(HEAD_BYTES)
            raw.seek(0)
            stream: BinaryIO = gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[assignment]
        else:
            head = raw.read(HEAD_BYTES)
            raw.seek(0)
            stream = raw
    except (OSError, EOFError) as err:
        raise SourceError(f"corrupt compressed data ({err})") from None
    return Source(name, stream, head, suffix_of(name), content_type)


def open_bytes(name: str, data: bytes, content_type: str | None = None) -> Source:
    return open_stream(name, io.BytesIO(data), content_type)
