"""Helpers for the canvas tests: real mouse, key and drop events on a JourneyView.

The shown view itself is the ``view`` fixture of tests/gui/conftest.py.
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import QApplication

from omnimap.gui.mime import CHANNEL_MIME

pytestmark = pytest.mark.qt

LEFT = Qt.MouseButton.LeftButton
NOMOD = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def scene_of(view):
    scene = view.journey_scene
    scene.flush_layout()
    return scene


def vp(view, scene_point) -> QPoint:
    """Viewport coordinates of a scene point, scrolling it into view first."""
    view.ensure_visible(QRectF(scene_point.x() - 5, scene_point.y() - 5, 10, 10))
    return view.mapFromScene(scene_point)


def card_center(view, tp_id) -> QPointF:
    card = scene_of(view).cards[tp_id]
    return card.scene_card_rect().center()


def mouse(view, kind, point: QPoint, button=LEFT, buttons=None, mods=NOMOD):
    buttons = LEFT if buttons is None else buttons
    event = QMouseEvent(kind, QPointF(point), QPointF(view.viewport().mapToGlobal(point)),
                        button, buttons, mods)
    QApplication.sendEvent(view.viewport(), event)


def drag_mouse(view, start_scene: QPointF, end_scene: QPointF, steps=6, before_release=None):
    """Press at one scene point, move in steps, release at another (no scrolling meanwhile)."""
    start = vp(view, start_scene)
    end = view.mapFromScene(end_scene)
    mouse(view, QEvent.Type.MouseButtonPress, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        mouse(view, QEvent.Type.MouseMove, QPoint(round(p.x()), round(p.y())),
              Qt.MouseButton.NoButton)
    if before_release:
        before_release()
    mouse(view, QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton)


def key(view, k, mods=NOMOD, text=""):
    target = QApplication.focusWidget() or view
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, k, mods, text))
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, k, mods, text))


def send_drop(view, channel_id: str, scene_point: QPointF) -> bool:
    """Simulate a palette drag ending at a scene point; True when the view accepted the drop."""
    mime = QMimeData()
    mime.setData(CHANNEL_MIME, channel_id.encode("utf-8"))
    pos = QPointF(vp(view, scene_point))
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos.toPoint(), action, mime, LEFT, NOMOD)
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(pos.toPoint(), action, mime, LEFT, NOMOD)
    QApplication.sendEvent(view.viewport(), move)
    drop = QDropEvent(pos, action, mime, LEFT, NOMOD)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def column_point(view, stage_id: str, y: float) -> QPointF:
    scene = scene_of(view)
    rect = scene.column_rect(stage_id)
    return QPointF(rect.center().x(), y)
