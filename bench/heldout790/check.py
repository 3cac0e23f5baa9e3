"""Check heldout790's gold with heldout17's checker, unchanged (and so with heldout15's checks and those of
heldout13, heldout12, heldout11, heldout10 and bench/heldout/check_gold.py): the set's writer used it as it
stands, so it is run on this set's folder rather than copied.

usage: python3 bench/heldout790/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import pathlib
import runpy
import sys

if __name__ == "__main__":
    here = pathlib.Path(__file__).resolve().parent
    sys.argv = [sys.argv[0], sys.argv[1] if len(sys.argv) > 1 else str(here)]
    runpy.run_path(str(here.parent / "heldout17" / "check.py"), run_name="__main__")
