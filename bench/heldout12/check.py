"""Check heldout12's gold with the checks of heldout11 (and so of heldout10 and bench/heldout/check_gold.py).

This set is read as heldout10 and heldout11 are (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in
the charset its `<meta>` names, reduced to its visible text), so this reuses bench/heldout11/check.py:
the checks of ``check_gold.check`` (the same 600–2600 length bound), every gold ``publish_date`` written
on the page, and the event's days among the gold dates.  One check is added: an article saved with
Windows line endings (its name ends in ``_crlf``) still has them on every line, so nothing on the way
(an editor, a git setting) has normalized the bytes the set means to test.

usage: python3 bench/heldout12/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import importlib.util
import pathlib
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent


def _load(name: str, path: pathlib.Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# heldout11's check.py imports heldout10's as `check`; load that one under the name first.
sys.path.insert(0, str(BENCH / "heldout"))
heldout10 = _load("check", BENCH / "heldout10" / "check.py")
heldout11 = _load("heldout11_check", BENCH / "heldout11" / "check.py")


def check_crlf(root: pathlib.Path) -> int:
    problems = 0
    for p in sorted((root / "articles").glob("*_crlf.*")):
        data = p.read_bytes()
        lines = data.split(b"\n")[:-1] if data.endswith(b"\n") else data.split(b"\n")
        if not lines or any(not line.endswith(b"\r") for line in lines):
            print(f"{p.stem}: not every line ends in CRLF")
            problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    sys.exit(1 if heldout11.run(ROOT, extra=(("line endings", check_crlf),)) else 0)
