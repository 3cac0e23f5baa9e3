"""Print the phrases of rules/t2s_phrase_only.txt (without its header) from OpenCC's
TSPhrases.txt: the keys that the installed OpenCC's t2s converts although none of their
characters changes alone.  Run after an OpenCC upgrade:

    .venv/bin/python bench/t2s_phrases.py path/to/OpenCC/data/dictionary/TSPhrases.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from extract.text.normalize import _changed_alone


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: t2s_phrases.py TSPhrases.txt")
    import opencc

    t2s = opencc.OpenCC("t2s")
    alone = _changed_alone()
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key = line.split("\t", 1)[0]
        if not any(c in alone or ord(c) > 0xFFFF for c in key) and t2s.convert(key) != key:
            print(key)


if __name__ == "__main__":
    main()
