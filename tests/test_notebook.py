"""examples/quickstart.ipynb runs top to bottom in a kernel of this environment (so it cannot rot)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "quickstart.ipynb"
PROBE = "import sys, extract; print(sys.prefix); print(extract.__file__)"


def texts(cell: Any) -> str:
    out = []
    for o in cell.get("outputs", []):
        if o.get("output_type") == "stream":
            out.append(o["text"])
        elif "data" in o:
            out.append(o["data"].get("text/html", "") + o["data"].get("text/plain", ""))
    return "".join(out)


@pytest.fixture(scope="module")
def executed() -> Any:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(PROBE))
    client = NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()  # raises CellExecutionError on the first cell that fails
    return nb


def test_the_notebook_runs_in_this_environment(executed: Any) -> None:
    prefix, module = texts(executed.cells[-1]).split()
    assert Path(prefix).resolve() == Path(sys.prefix).resolve()  # the kernel is this venv's python
    import extract

    assert Path(module).resolve() == Path(extract.__file__).resolve()


def test_the_notebook_shows_what_it_says(executed: Any) -> None:
    code = [c for c in executed.cells[:-1] if c.cell_type == "code"]
    assert all(not any(o.get("output_type") == "error" for o in c.get("outputs", [])) for c in code)
    by_source = {c.source.splitlines()[0]: texts(c) for c in code}
    assert "9月10日" not in by_source["import extract"] and "'3月26日至27日', 'DATE'" in by_source["import extract"]
    assert "5 records, 0 errors" in by_source["from pathlib import Path"]
    assert "Frames(articles: 5 rows" in by_source["frames = extract.to_frames(records)"]
    pictures = [t for src, t in by_source.items() if src.startswith("extract.render(") or src.startswith("text = ")]
    assert len(pictures) == 2 and all('class="extract-tok"' in p and "DATE" in p for p in pictures)
    assert " people" in by_source["people = extract.people_index(records)"]
    assert "Network(" in by_source["net = extract.network(records)"]
    plotly = "application/vnd.plotly.v1+json"  # the figures of plot_network and plot_timeline
    assert sum(plotly in o.get("data", {}) for c in code if c.source.startswith("extract.plot_") for o in c.outputs) == 2


def test_the_notebook_is_stored_without_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code")
