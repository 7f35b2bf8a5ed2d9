"""Open and paint a big generated map in the main window, against ``json.loads`` of it.

The worker (``python -m benchmarks.bench_open --worker REPS N...``) runs in its
own Qt process with a shown MainWindow. One "open" is what File > Open does
after the dialog: ``Document.open(path)``, ``window.set_document(...)`` (tabs,
canvas, docks, checks), then the event loop until the canvas's viewport has
finished its first paint. The floor reads the same file and parses it with
``json.loads``: the least any reader of the format has to do.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks._util import alternate, median, row, worker

__all__ = ["measure_open", "run_open"]


def _worker(reps: int, sizes: list[int]) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from benchmarks.generate import write_map
    from omnimap.commands import Document
    from omnimap.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["omnimap-bench"])
    window = MainWindow(language="en")
    window.show()
    window.set_document(window.blank_document())
    for _ in range(20):
        app.processEvents()

    class PaintWait(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.loop = QEventLoop()
            self.target: Any = None

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if obj is self.target and event.type() == QEvent.Type.Paint:
                self.target = None
                QTimer.singleShot(0, self.loop.quit)
            return False

    wait = PaintWait()
    app.installEventFilter(wait)
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            path = write_map(Path(folder) / f"bench-{n}.omnimap", n)

            def ours(path: Path = path, n: int = n) -> float:
                window.set_document(window.blank_document())
                for _ in range(5):
                    app.processEvents()
                gc.collect()
                start = time.perf_counter()
                window.set_document(Document.open(path))
                wait.target = window.current_view().viewport()
                QTimer.singleShot(30_000, wait.loop.quit)
                wait.loop.exec()
                took = time.perf_counter() - start
                assert len(window.current_view().journey_scene.cards) == n
                return took

            def floor(path: Path = path) -> None:
                json.loads(path.read_bytes())

            a, b = alternate(ours, floor, reps)
            out[str(n)] = {"ours": a, "floor": b, "bytes": path.stat().st_size}
    out["platform"] = QApplication.platformName()
    return out


def measure_open(sizes: list[int], reps: int) -> dict[str, Any]:
    return worker("bench_open", reps, *sizes)


def run_open(quick: bool = False) -> list[dict[str, Any]]:
    reps = 3 if quick else 7
    data = measure_open([2000], reps)["2000"]
    ours, floor = median(data["ours"]), median(data["floor"])
    return [row("open.2000", "open + paint 2,000 touchpoints / 3,000 transitions", ours, floor,
                goal="<= 1 s", met=ours <= 1.0,
                note=f"floor: json.loads of the same {data['bytes'] / 1e6:.1f} MB file; "
                     f"{reps} rounds", runs_omnimap=data["ours"], runs_floor=data["floor"])]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", action="store_true")
    parser.add_argument("reps", type=int)
    parser.add_argument("sizes", type=int, nargs="+")
    ns = parser.parse_args()
    print(json.dumps(_worker(ns.reps, ns.sizes)))
    sys.stdout.flush()
