"""Bytes → text: byte-order marks, encodings (GB18030, Big5, UTF-8 with salvage of broken
bytes), size limits and the reasons a file cannot be read, for errors.jsonl."""

from __future__ import annotations

import codecs
import errno
import os
import stat

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class InputError(ValueError):
    """An input that cannot become an article; the message says why, for errors.jsonl."""


# ---------------------------------------------------------------- decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _plausibility(text: str) -> float:
    """Share of characters that are CJK ideographs or common punctuation/ASCII."""
    if not text:
        return 0.0
    common = 0
    for c in text:
        if "\u4e00" <= c <= "\u9fff" or c.isascii() or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef":
            common += 1
        elif "\ue000" <= c <= "\uf8ff" or c in "\ufffd":  # private use: a wrong guess
            common -= 2
    # Big5 read as GB18030 (or the reverse) lands in rare ideographs; penalize the rarest blocks
    rare = sum(1 for c in text if "\u3400" <= c <= "\u4dbf" or "\U00020000" <= c)
    return (common - 2 * rare) / len(text)


def decode(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Decode article bytes; return the text and the name of the encoding used.

    UTF-8 (with or without BOM) and UTF-16/32 with BOM are taken as declared;
    otherwise GB18030 (a superset of GBK/GB2312) and Big5 are tried and the one
    giving the more plausible Chinese text wins.  A UTF-8 text with a few bad
    bytes is kept, each bad sequence replaced by U+FFFD (:func:`decode_counted`
    says how many).
    """
    text, encoding, _ = decode_counted(data, max_bytes=max_bytes)
    return text, encoding


SALVAGE_RATIO = 5  # a UTF-8 text with bad bytes is kept when its good non-ASCII characters outnumber them this much
SALVAGE_MAX_SHARE = 0.01  # and they are at most this share of its characters (or three)


def _salvage_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few invalid sequences (a stray byte, a damaged character): the text with each
    replaced by U+FFFD and their number, or None when the bytes do not look like UTF-8 at all.
    GBK or Big5 bytes read as UTF-8 give about one bad sequence per Chinese character."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")  # not those written in the file as U+FFFD
    good = sum(1 for c in text if ord(c) > 0x7F) - text.count("\ufffd")
    if bad <= 0 or good < SALVAGE_RATIO * bad or bad > max(3, SALVAGE_MAX_SHARE * len(text)):
        return None
    return text, bad


def decode_counted(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str, int]:
    """:func:`decode`, with the number of invalid byte sequences replaced by U+FFFD."""
    if len(data) > max_bytes:
        raise InputError(f"file too large: {len(data):,} bytes (limit {max_bytes:,}; see --max-bytes)")
    if not data.strip():
        raise InputError("empty file" if not data else "file holds only white space")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", ""), 0
            except UnicodeDecodeError as e:
                salvaged = _salvage_utf8(data[len(bom) :]) if enc == "utf-8-sig" else None
                if salvaged:
                    return salvaged[0], "utf-8", salvaged[1]
                raise InputError(f"undecodable {enc} after its byte-order mark: {e.reason}") from e
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3 and e.reason == "unexpected end of data":
            # a file cut inside its last character: keep everything before it
            return data[: e.start].decode("utf-8"), "utf-8", 0
        utf8_error = e
    if b"\x00" in data:
        raise InputError("binary file (NUL bytes, no text encoding recognized)")
    salvaged = _salvage_utf8(data)
    if salvaged:
        return salvaged[0], "utf-8", salvaged[1]
    candidates: list[tuple[float, str, str]] = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), enc, text))
    if candidates:
        score, enc, text = max(candidates)
        if score > 0.2:
            return text, enc, 0
    raise InputError(f"undecodable: not UTF-8 (byte {utf8_error.start}: {utf8_error.reason}), GB18030 or Big5")


def read_input(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of an article file, refused (``InputError``) without reading when it is not a
    regular file (a FIFO, a device, a folder) or larger than ``max_bytes``; opened without
    blocking, so a FIFO cannot hang the caller."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as e:
        raise InputError(_os_reason(e)) from e
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"not a regular file ({file_kind(st.st_mode)})")
        if st.st_size > max_bytes:
            raise InputError(f"file too large: {st.st_size:,} bytes (limit {max_bytes:,}; see --max-bytes)")
        try:
            data = fh.read(max_bytes + 1)  # a file growing while read is cut at the limit, then refused
        except OSError as e:
            raise InputError(_os_reason(e)) from e
    if len(data) > max_bytes:
        raise InputError(f"file too large: more than {max_bytes:,} bytes (limit; see --max-bytes)")
    return data


def _os_reason(e: OSError) -> str:
    if e.errno == errno.ENOENT:
        return "no such file or folder"
    if e.errno == errno.ELOOP:
        return "symbolic link loop"
    return f"cannot read: {e.strerror or e}"


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    for test, name in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return name
    return "not a regular file"
