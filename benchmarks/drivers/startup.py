import time

T0 = time.perf_counter()  # first thing: every figure below is measured from here

"""Start-up driver, run as a script in a fresh process (not imported).

``startup.py bare``                  a bare QMainWindow, 1400 x 860, shown
``startup.py stack``                 the same, then networkx, pydantic and psygnal loaded
``startup.py omnimap [ARGS...]``     the real app (``omnimap ARGS``, e.g. ``--sample``)

Prints one JSON line: seconds from the top of this script to the main window's
first complete paint, and (omnimap) to the first complete paint of a journey
canvas, which only exists once the map is loaded; which of networkx, pydantic
and graphviz were imported at the first paint; the peak RSS then (VmHWM, and ru_maxrss).
Both modes create the QApplication here and share the same event filter, so
they pay the same for it.
"""

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

HEAVY = ("networkx", "pydantic", "graphviz")
# BENCH_PROFILE=FILE: a cProfile of the whole start-up, for finding hot spots (not timed).
PROFILE = os.environ.get("BENCH_PROFILE")
if PROFILE:
    import cProfile

    PROFILER = cProfile.Profile()
    PROFILER.enable()


def _rss_mb() -> float:
    """Peak RSS of this process: VmHWM, else ru_maxrss.

    On Linux ru_maxrss survives exec: a child started by a big parent (vfork,
    as subprocess does) reports the parent's peak if that is higher. VmHWM
    belongs to this process's own memory map, so it is the figure used.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return _maxrss_mb()


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Watch(QObject):
    """Notes the end of the first paint of a main window and of a journey canvas.

    A widget tree paints in one go after its Paint event; a zero timer queued on
    that event fires when the whole pass (children included) is on screen.
    """

    def __init__(self, want_map: bool, want_stack: bool = False) -> None:
        super().__init__()
        self.want_map = want_map
        self.want_stack = want_stack
        self.out: dict[str, object] = {}
        self._window_seen = False
        self._map_seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if not self._window_seen and isinstance(obj, QMainWindow):
                self._window_seen = True
                QTimer.singleShot(0, self._window_done)
            elif (self.want_map and not self._map_seen and obj.parent() is not None
                  and type(obj.parent()).__name__ == "JourneyView"):
                self._map_seen = True
                view = obj.parent()
                QTimer.singleShot(0, lambda: self._map_done(view))
        return False

    def _window_done(self) -> None:
        self.out["window_painted"] = time.perf_counter() - T0
        self.out["heavy_at_first_paint"] = [m for m in HEAVY if m in sys.modules]
        self.out["rss_mb_window"] = _rss_mb()
        if self.want_stack:
            self._load_stack()
        if not self.want_map:
            self._finish()

    def _load_stack(self) -> None:
        """What any app on omnimap's stack must load before it can hold a map.

        The architecture puts the journey in a networkx DiGraph, validates it with
        pydantic and signals changes with psygnal: importing them (and using each
        once) after the bare window's first paint is the least a map can cost.
        """
        from omnimap.gui._pyside_import_hook import speed_up_feature_check

        speed_up_feature_check()  # as the app does, before its other imports
        import networkx
        import psygnal
        import pydantic

        class Card(pydantic.BaseModel):
            label: str

        class Signals:
            changed = psygnal.Signal(str)

        graph = networkx.DiGraph()
        graph.add_node("a", card=Card(label="Anna"))
        Signals().changed.emit("a")
        self.out["stack_loaded"] = time.perf_counter() - T0

    def _map_done(self, view: object) -> None:
        self.out["map_painted"] = time.perf_counter() - T0
        scene = view.journey_scene  # type: ignore[attr-defined]
        self.out["cards"] = len(scene.cards)
        self.out["arrows"] = len(scene.arrows)
        self._finish()

    def _finish(self) -> None:
        self.out["rss_mb"] = _rss_mb()
        self.out["maxrss_mb"] = _maxrss_mb()
        self.out["platform"] = QApplication.platformName()
        print(json.dumps(self.out), flush=True)
        if PROFILE:
            PROFILER.disable()
            PROFILER.dump_stats(PROFILE)
        os._exit(0)  # no teardown: it is not part of start-up


def main() -> None:
    mode, args = sys.argv[1], sys.argv[2:]
    app = QApplication(["omnimap"] if mode == "omnimap" else ["bare"])
    watch = Watch(want_map=mode == "omnimap", want_stack=mode == "stack")
    app.installEventFilter(watch)
    QTimer.singleShot(120_000, lambda: os._exit(3))
    if mode in ("bare", "stack"):
        window = QMainWindow()
        window.resize(1400, 860)
        window.show()
        app.exec()
    else:
        from omnimap.launch import main as omnimap_main

        omnimap_main(args)


main()
