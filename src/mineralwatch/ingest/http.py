"""Fetching http(s) sources with size and time limits; nothing else is fetched."""

from __future__ import annotations

import time

import httpx

from mineralwatch.ingest.options import ReadOptions
from mineralwatch.ingest.source import Source, SourceError, open_bytes, too_large

SCHEMES = ("http", "https")
_USER_AGENT = "mineralwatch/0.1 (+https://github.com/mineralwatch)"


def is_url(name: str) -> bool:
    """Whether ``name`` is written as a URL (any scheme), rather than a path."""
    scheme, sep, _ = name.partition("://")
    return bool(sep) and scheme.isalpha() and len(scheme) > 1


def fetch(url: str, options: ReadOptions) -> Source:
    """Download ``url`` (streamed, stopping past ``max_bytes``) as a Source."""
    scheme = url.partition("://")[0].lower()
    if scheme not in SCHEMES:
        raise SourceError(f"unsupported URL scheme {scheme!r} (only http and https)")
    limit = options.max_bytes
    try:
        client = httpx.Client(
            timeout=options.timeout,
            follow_redirects=True,
            max_redirects=5,
            headers={"User-Agent": _USER_AGENT, "Accept-Encoding": "gzip, identity"},
        )
        with client, client.stream("GET", url) as response:
            if response.url.scheme not in SCHEMES:
                raise SourceError(f"redirected to a {response.url.scheme} URL")
            if response.status_code >= 400:
                raise SourceError(f"HTTP {response.status_code} {response.reason_phrase}")
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > limit:
                raise too_large(limit)
            chunks: list[bytes] = []
            size = 0
            deadline = time.monotonic() + options.timeout  # httpx's timeout is per read
            for chunk in response.iter_raw():
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("total time limit")
                size += len(chunk)
                if size > limit:
                    raise too_large(limit)
                chunks.append(chunk)
            content_type = response.headers.get("Content-Type")
            encoding = response.headers.get("Content-Encoding", "").lower()
    except httpx.TimeoutException:
        raise SourceError(f"timed out after {options.timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise SourceError("too many redirects") from None
    except httpx.HTTPError as err:
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise SourceError(f"unreachable ({reason})") from None
    data = b"".join(chunks)
    if encoding and encoding not in ("identity", "gzip"):
        raise SourceError(f"unsupported content encoding {encoding!r}")
    return open_bytes(url, data, content_type)
