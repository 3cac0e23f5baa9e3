"""Check heldout9's gold with bench/heldout/check_gold.py's checks.

check_gold.py reads articles as UTF-8; 06_beibeiji_taipeixian_2008.txt is saved in Big5
(as a Taiwan county site of 2008 served it), so this reader decodes each article as UTF-8,
else Big5, else GBK, and hands the texts to ``check_gold.check`` unchanged.

usage: python3 bench/heldout9/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "heldout"))
import check_gold


def decode(data: bytes) -> str:
    for enc in ("utf-8", "big5", "gbk"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("undecodable article")


def texts(root: pathlib.Path) -> dict:
    return {p.stem: (decode(p.read_bytes()), set(), None) for p in (root / "articles").glob("*.txt")}


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    sys.exit(1 if check_gold.check(ROOT, texts(ROOT)) else 0)
