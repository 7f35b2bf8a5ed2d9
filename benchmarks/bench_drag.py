"""Drag frame time on a big map: the real JourneyView against a bare QGraphicsScene.

The worker (``python -m benchmarks.bench_drag --worker REPS STEPS N...``) builds,
for each N, a generated journey of N cards and 1.5 N arrows in a JourneyView
(1400 x 900, zoom 1:1), and a bare QGraphicsView of the same size and render
hints holding N QGraphicsRectItem at the cards' places and 1.5 N
QGraphicsLineItem between their centres. In each round (alternating) one card /
one rect is pressed, moved STEPS times by 2 px with real mouse events sent to
the viewport, and released. A frame is one move event plus a synchronous
``viewport().repaint()`` and ``processEvents()``; the figure is the median frame.
After the release the map's move is undone (not timed), so every round starts alike.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from benchmarks._util import median, row, worker

__all__ = ["measure_drag", "run_drag"]


def _worker(reps: int, steps: int, sizes: list[int]) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
    from PySide6.QtGui import QMouseEvent, QPen
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsItem,
        QGraphicsLineItem,
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsView,
    )

    from benchmarks.generate import generated_workspace
    from omnimap.commands import Document
    from omnimap.gui.canvas import JourneyView

    app = QApplication.instance() or QApplication(["omnimap-bench"])
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mouse_events = QEvent.Type

    def send(view: QGraphicsView, kind: QEvent.Type, point: QPoint, button: Any,
             buttons: Any) -> None:
        port = view.viewport()
        QApplication.sendEvent(port, QMouseEvent(kind, QPointF(point),
                                                 QPointF(port.mapToGlobal(point)), button,
                                                 buttons, Qt.KeyboardModifier.NoModifier))

    def drag(view: QGraphicsView, start: QPoint, item: QGraphicsItem) -> list[float]:
        before = QPointF(item.pos())
        dx = 2 if start.x() < view.viewport().width() - 2 * steps - 60 else -2
        send(view, mouse_events.MouseButtonPress, start, left, left)
        frames = []
        point = QPoint(start)
        for _ in range(steps):
            point = QPoint(point.x() + dx, point.y())
            t = time.perf_counter()
            send(view, mouse_events.MouseMove, point, none, left)
            view.viewport().repaint()
            app.processEvents()
            frames.append(time.perf_counter() - t)
        travelled = abs(item.pos().x() - before.x())
        if travelled < steps:  # the drag must really have moved the item
            raise RuntimeError(f"{type(view).__name__}: item moved {travelled:.0f} px only")
        send(view, mouse_events.MouseButtonRelease, point, left, none)
        app.processEvents()
        return frames

    out: dict[str, Any] = {}
    for n in sizes:
        document = Document(generated_workspace(n))
        view = JourneyView(document, "big")
        view.resize(1400, 900)
        view.show()
        QTest.qWaitForWindowExposed(view)
        view.zoom_reset()
        scene = view.journey_scene
        scene.flush_layout()
        app.processEvents()

        bare_scene = QGraphicsScene()
        bare_scene.setSceneRect(scene.sceneRect())
        rects = {}
        for tp_id, card in scene.cards.items():
            rect = QGraphicsRectItem(QRectF(0, 0, card.scene_card_rect().width(),
                                            card.scene_card_rect().height()))
            rect.setPos(card.scene_card_rect().topLeft())
            rect.setBrush(Qt.GlobalColor.white)
            rect.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                          | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            bare_scene.addItem(rect)
            rects[tp_id] = rect
        pen = QPen(Qt.GlobalColor.darkGray, 1.5)
        for source, target in scene.arrows:
            a = scene.cards[source].scene_card_rect().center()
            b = scene.cards[target].scene_card_rect().center()
            line = QGraphicsLineItem(a.x(), a.y(), b.x(), b.y())
            line.setPen(pen)
            bare_scene.addItem(line)
        bare = QGraphicsView(bare_scene)
        bare.setRenderHints(view.renderHints())
        bare.setAlignment(view.alignment())
        bare.resize(1400, 900)
        bare.show()
        QTest.qWaitForWindowExposed(bare)

        # The first card whose centre is on screen, away from the edges (no auto-scroll).
        port = view.viewport().rect().adjusted(60, 60, -60, -60)
        tp_id = next((i for i, c in scene.cards.items()
                      if port.contains(view.mapFromScene(c.scene_card_rect().center()))),
                     next(iter(scene.cards)))
        card = scene.cards[tp_id]
        view.ensure_visible(card.scene_card_rect())
        app.processEvents()
        bare.horizontalScrollBar().setValue(view.horizontalScrollBar().value())
        bare.verticalScrollBar().setValue(view.verticalScrollBar().value())
        moved = rects[tp_id]
        home = QPointF(moved.pos())

        ours: list[float] = []
        floor: list[float] = []
        for i in range(reps + 1):
            depth = document.undo_stack.index()
            frames = drag(view, view.mapFromScene(card.scene_card_rect().center()), card)
            if document.undo_stack.index() > depth:
                document.undo_stack.undo()
            app.processEvents()
            if i:
                ours.extend(frames)
            frames = drag(bare, bare.mapFromScene(moved.sceneBoundingRect().center()), moved)
            moved.setPos(home)
            app.processEvents()
            if i:
                floor.extend(frames)
        out[str(n)] = {"ours": median(ours), "floor": median(floor),
                       "ours_p90": sorted(ours)[int(0.9 * len(ours))],
                       "floor_p90": sorted(floor)[int(0.9 * len(floor))],
                       "frames": len(ours), "cards": len(scene.cards),
                       "arrows": len(scene.arrows)}
        view.close()
        bare.close()
        view.deleteLater()
        bare.deleteLater()
        app.processEvents()
    out["platform"] = QApplication.platformName()
    return out


def measure_drag(sizes: list[int], reps: int, steps: int = 100) -> dict[str, Any]:
    return worker("bench_drag", reps, steps, *sizes)


def run_drag(quick: bool = False) -> list[dict[str, Any]]:
    reps = 2 if quick else 5
    sizes = [2000] if quick else [500, 2000, 5000]
    data = measure_drag(sizes, reps)
    rows = []
    for n in sizes:
        d = data[str(n)]
        ms_ours, ms_floor = d["ours"] * 1000, d["floor"] * 1000
        main = n == 2000
        rows.append(row(f"drag.{n}", f"drag frame, {n:,} cards / {d['arrows']:,} arrows (ms)",
                        ms_ours, ms_floor, unit="ms",
                        goal="<= 16 ms and <= 2x" if main else "(growth)",
                        met=(ms_ours <= 16 and ms_ours <= 2 * ms_floor) if main else None,
                        note=f"p90 {d['ours_p90'] * 1000:.1f} ms vs {d['floor_p90'] * 1000:.1f}"
                             f" ms; {d['frames']} frames ({reps} drags x 100 steps); floor: "
                             "bare QGraphicsScene, rects + lines, same moves"))
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", action="store_true")
    parser.add_argument("reps", type=int)
    parser.add_argument("steps", type=int)
    parser.add_argument("sizes", type=int, nargs="+")
    ns = parser.parse_args()
    print(json.dumps(_worker(ns.reps, ns.steps, ns.sizes)))
    sys.stdout.flush()
