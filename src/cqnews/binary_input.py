"""Input that is no page at all: a binary file's magic number, mostly control bytes, a tar archive's header.

Asked by :func:`cqnews.decoding.decode` before any decoding; each raises :class:`~cqnews.errors.NotHTMLError`
with a message that says what the input is.
"""

from __future__ import annotations

from .errors import NotHTMLError

__all__ = ["reject_binary", "reject_tar"]

_PREFIX_BYTES = 4096  # the bytes read for the share of control bytes (decoding's sniffing prefix)
_CONTROL_BYTES = bytes((*range(9), *range(14, 32)))  # C0 controls other than tab and line breaks

# Magic numbers of common binary formats served behind .html URLs.
_BINARY_SIGNATURES: tuple[bytes, ...] = (
    b"%PDF-",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"RIFF",
    b"\x7fELF",
    b"MZ",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"wOFF",
    b"wOF2",
)


def reject_tar(data: bytes) -> None:
    """A tar archive (a ``.tar.gz`` of saved pages, its gzip undone) has no magic number at its start: its first
    member's name opens it, and ``ustar`` stands at byte 257. Read as a page, its members were one article, the
    headers' NULs removed with a warning."""
    if _tar_header(data[:_TAR_BLOCK]):
        name = data[:100].split(b"\0", 1)[0].decode("utf-8", "replace")
        raise NotHTMLError(
            f"input is a tar archive (its first member: {name!r}), not an HTML page: unpack it and parse its files "
            "(cqnews.parse_many on the folder)"
        )


def _tar_header(head: bytes) -> bool:
    """Whether a 512-byte block is a ustar or GNU tar header: ``ustar`` at byte 257 and the header's checksum (the
    octal number at bytes 148-155: the sum of its bytes, the checksum's eight counted as spaces) right. The magic
    alone stood in a page's text too ("gustar" across byte 257)."""
    if len(head) < _TAR_BLOCK or head[_TAR_MAGIC_AT : _TAR_MAGIC_AT + len(_TAR_MAGIC)] != _TAR_MAGIC:
        return False
    digits = head[148:156].strip(b" \0")
    if not digits or digits.strip(b"01234567"):
        return False
    return int(digits, 8) == sum(head[:148]) + 8 * 0x20 + sum(head[156:])


_TAR_BLOCK = 512  # a tar header's bytes
_TAR_MAGIC_AT = 257  # where POSIX ustar and GNU tar headers write their magic
_TAR_MAGIC = b"ustar"


def reject_binary(data: bytes) -> None:
    """A page of a binary format (its magic number at the start), or of mostly control bytes: :class:`NotHTMLError`."""
    head = data[:16]
    for signature in _BINARY_SIGNATURES:
        if head.startswith(signature):
            raise NotHTMLError(
                f"input starts like a binary file ({signature[:8]!r}), not an HTML page or text: "
                "check the URL or content type"
            )
    sample = data[:_PREFIX_BYTES]
    # UTF-16 without BOM has many NULs too; only call it binary when other control bytes abound.
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls > len(sample) * 0.3 and sample.count(0) < len(sample) * 0.45:
        raise NotHTMLError("input is mostly control bytes (a binary file?), not an HTML page or text")
