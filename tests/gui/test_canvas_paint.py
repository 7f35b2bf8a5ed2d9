"""Painting the canvas many times: a guard against binding-level leaks.

PySide6 6.12.0 on Python 3.11 leaks a reference to None on every void call
(QPainter.setPen, drawRect, ...) until the interpreter aborts with
"deallocating None"; 20,000 paints make such a leak crash this test.
"""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionGraphicsItem

from omnimap.commands import UpdateChannel
from omnimap.gui.canvas import JourneyView
from omnimap.gui.icons import channel_icon, crm_icon, warning_icon

pytestmark = pytest.mark.qt


def test_twenty_thousand_item_paints(qtbot, document):
    document.push(UpdateChannel(document.workspace, "sms", audit={"crm": "unknown"}))
    view = JourneyView(document, "anna")
    qtbot.addWidget(view)
    scene = view.journey_scene
    scene.flush_layout()
    items = [*scene.cards.values(), *scene.arrows.values(), *scene.stage_items.values(),
             *scene.row_items.values()]
    image = QImage(900, 700, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    plain, selected = QStyleOptionGraphicsItem(), QStyleOptionGraphicsItem()
    selected.state = QStyle.StateFlag.State_Selected
    none_refs = sys.getrefcount(None)
    painter = QPainter(image)
    painted = 0
    while painted < 20_000:
        for item in items:
            painter.save()
            painter.translate(item.pos() * 0.4)
            item.paint(painter, selected if painted % 7 == 0 else plain, None)
            painter.restore()
            painted += 1
    painter.end()
    # A leak of one reference per call would add well over 100,000 here.
    assert sys.getrefcount(None) - none_refs < 50_000
    assert painted >= 20_000
    colours = {image.pixel(x, y) for x in range(0, 900, 9) for y in range(0, 700, 7)}
    assert len(colours) > 20  # cards, stripes, badges and text were really drawn


def test_scene_renders_repeatedly_to_an_image(qtbot, document_pl):
    view = JourneyView(document_pl, "anna")
    qtbot.addWidget(view)
    scene = view.journey_scene
    scene.flush_layout()
    rect = scene.sceneRect()
    image = QImage(int(rect.width() / 2), int(rect.height() / 2),
                   QImage.Format.Format_ARGB32_Premultiplied)
    for _ in range(40):
        image.fill(QColor("white"))
        painter = QPainter(image)
        scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
    for icon in (channel_icon(document_pl.workspace.channel("tiktok")), crm_icon("none"),
                 crm_icon("unknown"), crm_icon("integrated"), warning_icon()):
        assert not icon.isNull() and not icon.pixmap(24, 24).toImage().isNull()
    # The silo row's lane is tinted light red in the rendering.
    row = scene.row_of("chatbot")
    x = int((scene.column_rect("awareness").left() + 5 - rect.left()) / 2)
    y = int((row.y + row.h - 5 - rect.top()) / 2)
    tint = image.pixelColor(x, y)
    assert tint.red() > tint.green() + 8


def _foreground(scene, source: QRectF) -> QImage:
    image = QImage(int(source.width()), int(source.height()),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-source.topLeft())
    scene.drawForeground(painter, source)
    painter.end()
    return image


def _view_and_a_cell(qtbot, document):
    """The sample's view (keep it: the scene dies with it), and a cell of its scene."""
    view = JourneyView(document, "anna")
    qtbot.addWidget(view)
    scene = view.journey_scene
    scene.flush_layout()
    stage = document.workspace.stages[2].id
    row = scene.row_of(document.workspace.journeys[0].touchpoints()[0].channel)
    return view, scene.cell_rect(stage, row)


def test_drop_indicator_inside_a_cell_paints_what_the_full_outline_paints(qtbot, document):
    view, area = _view_and_a_cell(qtbot, document)
    scene = view.journey_scene
    y = area.center().y()
    scene.set_drop_indicator(area, (QPointF(area.left() + 6, y), QPointF(area.right() - 6, y)))
    whole = _foreground(scene, area.adjusted(-4, -4, 4, 4))
    # Interior pieces, one across the insertion line, one clear of it.
    for piece in (QRectF(area.left() + 20, y - 10, 30, 20),
                  QRectF(area.left() + 20, area.top() + 14, 30, 8)):
        assert area.adjusted(12, 12, -12, -12).contains(piece)
        fast = _foreground(scene, piece)
        offset = piece.topLeft() - area.adjusted(-4, -4, 4, 4).topLeft()
        expected = whole.copy(int(offset.x()), int(offset.y()), fast.width(), fast.height())
        assert fast == expected
    tint = _foreground(scene, QRectF(area.left() + 20, area.top() + 14, 30, 8))
    assert tint.pixelColor(5, 4) != QColor("white")  # the cell is tinted


def test_drop_indicator_repaints_only_the_moved_line_within_one_cell(qtbot, document):
    view, area = _view_and_a_cell(qtbot, document)
    scene = view.journey_scene
    asked: list[QRectF] = []
    scene.changed.connect(lambda rects: asked.extend(rects))
    scene.set_drop_indicator(area, (QPointF(area.left(), area.top() + 10),
                                    QPointF(area.right(), area.top() + 10)))
    qtbot.waitUntil(lambda: bool(asked))
    asked.clear()
    scene.set_drop_indicator(area, (QPointF(area.left(), area.top() + 10),
                                    QPointF(area.right(), area.top() + 10)))
    qtbot.wait(20)
    assert asked == []  # nothing changed: nothing to repaint
    scene.set_drop_indicator(area, (QPointF(area.left(), area.top() + 40),
                                    QPointF(area.right(), area.top() + 40)))
    qtbot.waitUntil(lambda: bool(asked))
    assert all(r.height() <= 24 for r in asked), asked
