"""The URL boundary's host check: ASCII hosts are judged by the host pattern alone, as the IDNA path judges them."""

from __future__ import annotations

import random
from encodings.idna import dots

from cqnews.urls import _HOST_NAME, _MAX_HOST_CHARS, _is_host, _label_too_long


def _through_idna(host: str) -> bool:
    """The check as it runs for a host that is not ASCII: labels, IDNA, then the pattern."""
    labels = dots.split(host)
    try:
        if any(_label_too_long(label) for label in labels):
            return False
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    if ascii_host.count(".") != len(labels) - 1:
        return False
    return len(ascii_host) <= _MAX_HOST_CHARS and _HOST_NAME.fullmatch(ascii_host) is not None


_HOSTS = (
    "example.com",
    "example.com.",
    "example..com",
    ".example.com",
    "example.com..",
    "a" * 63 + ".com",
    "a" * 64 + ".com",
    "com." + "b" * 64,
    "exa mple.com",
    "img_cdn.example.net",
    "-start.example.org",
    "xn--bcher-kva.de",
    "192.168.0.1",
    ".".join(["abcdefghij"] * 23),  # 252 characters
    ".".join(["abcdefghij"] * 24),  # 263 characters
    "ex!ample.com",
    "...",
    ".",
)


def test_listed_ascii_hosts_as_through_idna() -> None:
    for host in _HOSTS:
        assert _is_host(host, host) is _through_idna(host), host


def test_random_ascii_hosts_as_through_idna() -> None:
    rng = random.Random(53)
    alphabet = "ab1.-_ !:"
    for _ in range(5000):
        host = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        assert _is_host(host, host) is _through_idna(host), host
    for _ in range(300):  # labels around the 63-character limit
        host = ".".join("x" * rng.randint(0, 66) for _ in range(rng.randint(1, 3)))
        assert _is_host(host, host) is _through_idna(host), host


def test_unicode_hosts_still_through_idna() -> None:
    assert _is_host("bücher.de", "bücher.de")
    assert not _is_host("ex\u2024ample.com", "ex\u2024ample.com")
