"""The inspector: edits whatever is selected, one undo step per committed field.

It never keeps values of its own: every page reads the model when it is shown
and again whenever the workspace changes (an undo shows at once), and every
edit goes through ``Document.push``. A value the model refuses is shown in red
under the form and not applied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from omnimap.gui.docks._base import Subscriptions, Texts
from omnimap.gui.docks.inspector_page import Page, TextEdit
from omnimap.gui.docks.inspector_pages import (
    ChannelPage,
    JourneyPage,
    StagePage,
    TouchpointPage,
    TransitionPage,
)

if TYPE_CHECKING:
    from omnimap.commands import Document

__all__ = ["InspectorDock", "Page", "TextEdit"]


class InspectorDock(QDockWidget):
    """Shows the page for the current selection and follows the model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts()
        self.texts.add(self.setWindowTitle, lambda: self.tr("Inspector"))
        self.setObjectName("inspector_dock")
        self.document: Document | None = None
        self.journey_id: str | None = None
        self.loading = False
        self._subs = Subscriptions()
        self.stack = QStackedWidget(self)
        self.touchpoint_page = TouchpointPage(self)
        self.transition_page = TransitionPage(self)
        self.stage_page = StagePage(self)
        self.channel_page = ChannelPage(self)
        self.journey_page = JourneyPage(self)
        self.empty = QLabel(self)
        self.texts.add(self.empty.setText, lambda: self.tr("Open or create a map."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for page in (
            self.empty,
            self.touchpoint_page,
            self.transition_page,
            self.stage_page,
            self.channel_page,
            self.journey_page,
        ):
            self.stack.addWidget(page)
        self.stack.currentChanged.connect(self._fit_to_current_page)
        self._fit_to_current_page()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        self.texts.add(scroll.setAccessibleName, lambda: self.tr("Inspector"))
        self.setWidget(scroll)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.apply()
            for page in self.pages():
                page.texts.apply()
            self.stage_page.kpis.retranslate_ui()
            self.refresh()
        super().changeEvent(event)

    def pages(self) -> list[Page]:
        return [
            self.touchpoint_page,
            self.transition_page,
            self.stage_page,
            self.channel_page,
            self.journey_page,
        ]

    def set_document(self, document: Document | None, journey_id: str | None = None) -> None:
        self._subs.clear()
        self.document = document
        self.journey_id = journey_id
        if document is not None:
            self._subs.connect(document.workspace.changed, self._schedule_refresh)
            self.show_journey()
        else:
            self.stack.setCurrentWidget(self.empty)

    def _schedule_refresh(self) -> None:
        # A macro or an undo of many parts changes the model many times in a row:
        # read it once, when the edit is over.
        self._refresh_timer.start()

    def set_journey(self, journey_id: str | None) -> None:
        self.journey_id = journey_id
        self.show_selection([])

    def show_journey(self) -> None:
        self.journey_page.journey_id = self.journey_id or ""
        self._show(self.journey_page)

    def show_selection(self, items: list[tuple[str, Any]]) -> None:
        """Show the page for a selection of the canvas (the first item when several)."""
        if self.document is None:
            return
        if not items or self.journey_id is None:
            self.show_journey()
            return
        kind, ident = items[0]
        if kind == "touchpoint":
            self.touchpoint_page.journey_id = self.journey_id
            self.touchpoint_page.touchpoint_id = ident
            self._show(self.touchpoint_page)
        elif kind == "transition":
            self.transition_page.journey_id = self.journey_id
            self.transition_page.ends = tuple(ident)
            self._show(self.transition_page)
        elif kind == "stage":
            self.stage_page.stage_id = ident
            self._show(self.stage_page)
        elif kind == "channel":
            self.channel_page.channel_id = ident
            self._show(self.channel_page)
        else:
            self.show_journey()

    def _fit_to_current_page(self, *_args: Any) -> None:
        # A stack is as wide as its widest page; the channel page alone would give the
        # narrow journey page a horizontal scroll bar. Hidden pages claim no room.
        current = self.stack.currentWidget()
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            if page is None:
                continue
            policy = (QSizePolicy.Policy.Preferred if page is current
                      else QSizePolicy.Policy.Ignored)
            page.setSizePolicy(policy, policy)
        self.stack.updateGeometry()

    def _show(self, page: Page) -> None:
        page.error.hide()
        self.stack.setCurrentWidget(page)
        self.refresh()

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def refresh(self) -> None:
        """Read the model again into the page shown."""
        self._refresh_timer.stop()
        page = self.stack.currentWidget()
        if self.document is None or not isinstance(page, Page):
            return
        self.loading = True
        try:
            ok = page.load()
        finally:
            self.loading = False
        if not ok:  # its subject was deleted (or an add was undone)
            self.show_journey()
