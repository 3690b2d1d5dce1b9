"""Routine and data files as text: UTF-8, or UTF-16/32 with their byte-order mark.

A file too large, with a NUL byte (a binary file), or not valid in its encoding is refused
with one message naming the file and, where it can, the line.
"""

from __future__ import annotations

from acuguide.model.problems import ContentError, Problem

MAX_BYTES = 256 * 1024

# Byte-order marks, longest first (a UTF-32 LE mark starts as a UTF-16 LE one does).
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes, file: str, max_bytes: int = MAX_BYTES) -> str:
    """Return ``data`` as text, or raise ContentError for oversized, binary or undecodable data.

    UTF-8 (with or without a byte-order mark) is read as it is; UTF-16 and UTF-32 only with
    their byte-order mark, since without one their NUL bytes look like a binary file's.
    """
    if len(data) > max_bytes:
        raise ContentError(
            [Problem(file, None, "", f"file is {len(data):,} bytes; the limit is {max_bytes:,}")]
        )
    codec = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if codec is not None:
        return _decode_marked(data, file, codec)
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise ContentError([Problem(file, line, "", "contains a NUL byte: not a text file "
                                    "(save it as UTF-8)")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        byte = data[err.start]
        raise ContentError(
            [Problem(file, line, "", f"is not UTF-8 text (byte 0x{byte:02x}); save it as UTF-8")]
        ) from None


def _decode_marked(data: bytes, file: str, codec: str) -> str:
    """Text with a UTF-16 or UTF-32 byte-order mark (the mark itself dropped)."""
    name = codec.upper()
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as err:
        line = data[:err.start].decode(codec, "replace").count("\n") + 1
        raise ContentError([Problem(file, line, "", f"is not valid {name} text, though it "
                                    f"starts with a {name} byte-order mark; save it as UTF-8")]
                           ) from None
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise ContentError([Problem(file, line, "", "contains a NUL character: not a text "
                                    "file")])
    return text
