"""What the window's Edit and View menus do to the map on screen.

Edit commands go to the current canvas (unless a dock's list has the keyboard),
presentation mode hides the window's chrome around it, a finding from the
Problems dock is shown by selecting what it is about, and F1 lays the sheet of
gestures over the map. A mixin of
:class:`~omnimap.gui.main_window.MainWindow`, kept apart to keep files small.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QToolBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QShortcut
    from PySide6.QtWidgets import QMainWindow, QStackedWidget, QTabWidget

    from omnimap.commands import Document
    from omnimap.gui.docks._base import Texts
    from omnimap.gui.docks.inspector import InspectorDock

    _Window = QMainWindow
else:
    _Window = object

__all__ = ["CanvasActionsMixin"]


class CanvasActionsMixin(_Window):
    """Needs the window's ``views``, ``tabs``, ``docks``, ``inspector`` and actions."""

    # Provided by MainWindow (annotations only: nothing is defined here).
    views: dict[str, Any]
    _selection: dict[str, list[Any]]
    _presenting: bool
    _state_before_presenting: Any
    tabs: QTabWidget
    docks: tuple[Any, ...]
    inspector: InspectorDock
    act_present: QAction
    act_help: QAction
    act_rename: QAction
    act_delete: QAction
    act_connect: QAction
    act_zoom_in: QAction
    act_zoom_out: QAction
    act_zoom_fit: QAction
    act_zoom_reset: QAction
    act_copy: QAction
    act_paste: QAction
    act_duplicate: QAction
    _help: Any
    document: Document | None
    pages: QStackedWidget
    texts: Texts
    add_journey: Callable[[], object]
    _no_journey: QWidget | None = None
    leave_presentation: QShortcut
    current_view: Callable[[], Any]
    current_journey_id: Callable[[], str | None]
    rename_journey: Callable[[], object]

    # --------------------------------------------------------------------- edits
    def _focus_in_dock_list(self) -> bool:
        """True when a list or table of a dock has the keyboard (Delete means its row then)."""
        from PySide6.QtWidgets import QAbstractItemView, QApplication

        widget = QApplication.focusWidget()
        if not isinstance(widget, QAbstractItemView):
            return False
        return any(dock.isAncestorOf(widget) for dock in self.docks)

    def _edit_call(self, method: str) -> None:
        """Edit-menu commands act on the map, unless a dock's list has the keyboard."""
        if not self._focus_in_dock_list():
            self._view_call(method)

    def _view_call(self, method: str, *args: Any) -> Any:
        view = self.current_view()
        if view is not None:
            return getattr(view, method)(*args)
        return None

    def cut(self) -> None:
        if not self._focus_in_dock_list():
            self._view_call("copy_selection")
            self._view_call("delete_selection")

    def rename(self) -> None:
        items = self._selection.get(self.current_journey_id() or "", [])
        if items and items[0][0] == "touchpoint":
            self._view_call("edit_label", items[0][1])
        elif items and items[0][0] in ("stage", "channel", "transition"):
            page = self.inspector.current_page()
            widget = getattr(page, "name", None) or getattr(page, "label", None)
            if widget is not None:
                self.inspector.show()
                widget.setFocus()
                widget.selectAll()
        else:
            self.rename_journey()

    # ------------------------------------------------------------ presentation
    def toggle_presentation(self) -> None:
        self._presenting = not self._presenting
        self.act_present.setChecked(self._presenting)
        self.leave_presentation.setEnabled(self._presenting)
        if self._presenting:
            self._state_before_presenting = (self.saveState(), self.isMaximized())
            for dock in self.docks:
                dock.hide()
            for bar in self.findChildren(QToolBar):
                bar.hide()
            self.menuBar().hide()
            self.statusBar().hide()
            self.showFullScreen()
        else:
            self.menuBar().show()
            self.statusBar().show()
            if self._state_before_presenting is not None:
                state, maximized = self._state_before_presenting
                self.restoreState(state)
                self.showMaximized() if maximized else self.showNormal()
        for view in self.views.values():
            view.set_presentation(self._presenting)
        # The cards changed size: fit the map to the (new) window size once it is laid out.
        QTimer.singleShot(0, lambda: self._view_call("zoom_fit"))

    def _leave_presentation(self) -> None:
        if self._presenting:
            self.toggle_presentation()

    @property
    def presenting(self) -> bool:
        return self._presenting

    # ---------------------------------------------------------------- problems
    def show_finding(self, finding: Any) -> None:
        """Switch to the finding's journey and select what it is about."""
        journey_id = finding.journey_id
        if journey_id in self.views:
            self.tabs.setCurrentWidget(self.views[journey_id])
        view = self.current_view()
        if finding.touchpoint_ids and view is not None:
            view.select("touchpoint", list(finding.touchpoint_ids))
        elif finding.transitions and view is not None:
            view.select("transition", [tuple(t) for t in finding.transitions])
        elif finding.channel_ids:
            if view is not None:
                view.select("channel", list(finding.channel_ids))
            self.inspector.show_selection([("channel", finding.channel_ids[0])])
        elif finding.stage_ids:
            if view is not None:
                view.select("stage", list(finding.stage_ids))
            self.inspector.show_selection([("stage", finding.stage_ids[0])])

    # ---------------------------------------------------------------------- help
    def toggle_help(self) -> None:
        """F1: the sheet of gestures and shortcuts over the map."""
        if self._help is None:
            from omnimap.gui.help_overlay import HelpOverlay

            # Over the whole window: between the docks of a laptop's window the
            # canvas is too small for the sheet.
            self._help = HelpOverlay(self, shortcuts=self._help_shortcuts(),
                                     install_shortcut=False)
        self._help.toggle()

    def _help_shortcuts(self) -> dict[str, str]:
        """The sheet's keys, read off the actions, so the two can never disagree."""
        actions = {"help": self.act_help, "edit": self.act_rename, "delete": self.act_delete,
                   "connect": self.act_connect, "zoom_in": self.act_zoom_in,
                   "zoom_out": self.act_zoom_out, "zoom_fit": self.act_zoom_fit,
                   "zoom_reset": self.act_zoom_reset, "copy": self.act_copy,
                   "paste": self.act_paste, "duplicate": self.act_duplicate,
                   "present": self.act_present}
        return {name: action.shortcut().toString() for name, action in actions.items()
                if not action.shortcut().isEmpty()}

    # ------------------------------------------------------------- no journey
    def _follow_journey_count(self) -> None:
        """With no journey left (or none in the file) the centre says so and offers one."""
        empty = self.document is not None and self.tabs.count() == 0
        current = self.pages.currentWidget()
        if empty and current is self.tabs:
            self.pages.setCurrentWidget(self._no_journey_page())
        elif not empty and current is not None and current is self._no_journey:
            self.pages.setCurrentWidget(self.tabs)

    def _no_journey_page(self) -> QWidget:
        if self._no_journey is None:
            page = QWidget(self.pages)
            page.setObjectName("no_journey")
            text = QLabel(page)
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            button = QPushButton(page)
            button.clicked.connect(self.add_journey)
            # Explicit context: lupdate files a mixin's self.tr under the mixin's name.
            self.texts.add(text.setText, lambda: QCoreApplication.translate(
                "MainWindow", "This map has no journey yet. A journey is one persona's "
                "path through the stages and channels."))
            self.texts.add(button.setText, lambda: QCoreApplication.translate(
                "MainWindow", "Add a journey…"))
            column = QVBoxLayout(page)
            column.addStretch(1)
            column.addWidget(text)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addStretch(1)
            self.pages.addWidget(page)
            self._no_journey = page
        return self._no_journey
