"""Reading user files as text, with errors that say which file and where it broke."""

from __future__ import annotations

from atlas.errors import InputError, Problem


def decode_utf8(data: bytes, name: str) -> str:
    """Decode UTF-8 (a BOM is tolerated); on failure name the byte and the likely cause."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError([
            Problem(
                name,
                f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at line {line}); "
                "save the file as UTF-8 and try again",
                row=line,
            )
        ]) from None
