"""The main window: journey tabs around the canvas, docks, menus and files.

The window holds no domain state: the open :class:`~omnimap.commands.Document`
owns the workspace and its undo stack; tabs, docks and the title follow the
model's signals. Nothing here imports the model, networkx or pydantic at module
level, so the first window paints before they load (see :mod:`omnimap.gui.app`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QUndoGroup
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QToolButton,
    QWidget,
)

from omnimap.gui.canvas_actions import CanvasActionsMixin
from omnimap.gui.dialogs.files import FILE_FILTER, FilesMixin
from omnimap.gui.dialogs.map_edits import MapEditsMixin
from omnimap.gui.docks._base import Subscriptions, Texts
from omnimap.gui.settings import Settings, system_language

if TYPE_CHECKING:
    from omnimap.commands import Document, ModelCommand
    from omnimap.gui.docks import (
        AttributionDock,
        AuditDock,
        InspectorDock,
        PaletteDock,
        ProblemsDock,
    )

__all__ = ["FILE_FILTER", "MainWindow"]

SK = QKeySequence.StandardKey


def _tab_text(name: str) -> str:
    """A journey's name as a tab shows it: "&" literally, not as a mnemonic ("B2B & B2C")."""
    return name.replace("&", "&&")


class MainWindow(FilesMixin, MapEditsMixin, CanvasActionsMixin, QMainWindow):
    """The app's window. Call :meth:`set_document` (or a New/Open action) to show a map."""

    def __init__(self, settings: Settings | None = None, language: str | None = None,
                 parent: QWidget | None = None, *, defer_docks: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else Settings()
        self.language = language or system_language()
        self.document: Document | None = None
        self.views: dict[str, Any] = {}
        self._selection: dict[str, list[Any]] = {}
        self._subs = Subscriptions()
        self._presenting = False
        self._state_before_presenting: tuple[QByteArray, bool] | None = None
        self.undo_group = QUndoGroup(self)
        self.texts = Texts()
        #: Crash-recovery copies (omnimap.gui.autosave); the app turns it on after start-up.
        self.autosave: Any = None
        self._help: Any = None
        self.docks: tuple[Any, ...] = ()
        self.palette_dock: PaletteDock
        self.inspector: InspectorDock
        self.audit_dock: AuditDock
        self.problems_dock: ProblemsDock
        self.attribution_dock: AttributionDock

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setMovable(False)
        self.texts.add(self.tabs.setAccessibleName, lambda: self.tr("Journeys"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.tabBarDoubleClicked.connect(self._tab_double_clicked)
        self.tabs.tabBar().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tabs.tabBar().customContextMenuRequested.connect(self._tab_menu)
        add_tab = QToolButton(self.tabs)
        add_tab.setText("+")
        add_tab.setAutoRaise(True)
        self.texts.add(add_tab.setToolTip,
                       lambda: self.tr("Add a journey (another persona or segment)"))
        self.texts.add(add_tab.setAccessibleName, lambda: self.tr("Add journey"))
        add_tab.clicked.connect(self.add_journey)
        self.tabs.setCornerWidget(add_tab, Qt.Corner.TopRightCorner)
        # The start screen (plain `omnimap`) and the journey tabs share the centre.
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.tabs)
        self.start_screen: Any = None
        self.setCentralWidget(self.pages)

        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self._build_actions()
        self.resize(1400, 860)
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._update_title()
        self._update_actions()
        if not defer_docks:
            self.build_docks()

    def build_docks(self) -> None:
        """Create the docks and restore their layout; does nothing the second time.

        The app calls this right after the window's first paint (``defer_docks``):
        the docks and their modules are a third of the window's cost, and a
        facilitator sees the window that much sooner. Nothing can reach a dock
        before then, as no map is open.
        """
        if self.docks:
            return
        from omnimap.gui.docks import (
            AttributionDock,
            AuditDock,
            InspectorDock,
            PaletteDock,
            ProblemsDock,
        )

        self.palette_dock = PaletteDock(self)
        self.inspector = InspectorDock(self)
        self.audit_dock = AuditDock(self)
        self.problems_dock = ProblemsDock(self)
        self.attribution_dock = AttributionDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.audit_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.attribution_dock)
        self.tabifyDockWidget(self.problems_dock, self.audit_dock)
        self.tabifyDockWidget(self.problems_dock, self.attribution_dock)
        self.problems_dock.raise_()
        self.docks = (self.palette_dock, self.inspector, self.audit_dock, self.problems_dock,
                      self.attribution_dock)
        self.palette_dock.channel_activated.connect(self.add_touchpoint_on_channel)
        self.audit_dock.channel_selected.connect(self.show_channel)
        self.problems_dock.finding_activated.connect(self.show_finding)
        self.problems_dock.counts_changed.connect(self._show_counts)
        self.attribution_dock.channel_selected.connect(
            lambda channel_id: self._view_call("highlight_channel", channel_id))
        self.inspector.stage_page.move_requested.connect(self.move_stage)
        self.inspector.stage_page.remove_requested.connect(self.remove_stage)
        self.inspector.channel_page.remove_requested.connect(self.remove_channel)

        self.palette_dock.add_button.setDefaultAction(self.act_add_channel)
        for dock in self.docks:
            self.view_menu.addAction(dock.toggleViewAction())
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        else:  # first run: the map gets the room, the docks a sensible share
            self.resizeDocks([self.palette_dock, self.inspector], [210, 360],
                             Qt.Orientation.Horizontal)
            self.resizeDocks([self.problems_dock], [190], Qt.Orientation.Vertical)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Texts again in the language now installed (Preferences can switch it live)."""
        self.texts.apply()
        self._update_title()
        if self.docks:
            self._show_counts(*self.problems_dock.counts())

    # ------------------------------------------------------------------ actions
    def _menu(self, parent: Any, title: Callable[[], str]) -> QMenu:
        menu = parent.addMenu("")
        self.texts.add(menu.setTitle, title)
        return menu

    def _action(self, text: Callable[[], str], slot: Any, shortcut: Any = None,
                tip: Callable[[], str] | None = None,
                icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(self)
        self.texts.add(action.setText, text)
        if shortcut is not None:
            if isinstance(shortcut, QKeySequence.StandardKey):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip is not None:
            self.texts.add(action.setStatusTip, tip)
            self.texts.add(action.setToolTip, tip)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        menu = self._menu(self.menuBar(), lambda: self.tr("&File"))
        self.act_new = self._action(lambda: self.tr("&New map"), self.new_blank, SK.New,
                                    icon=sp.SP_FileIcon)
        self.act_new_sample = self._action(lambda: self.tr("New from sa&mple"), self.new_sample)
        self.act_open = self._action(lambda: self.tr("&Open…"), self.open_dialog, SK.Open,
                                     icon=sp.SP_DialogOpenButton)
        self.recent_menu = self._menu(menu, lambda: self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.act_save = self._action(lambda: self.tr("&Save"), self.save, SK.Save,
                                     icon=sp.SP_DialogSaveButton)
        self.act_save_as = self._action(lambda: self.tr("Save &as…"), self.save_as, SK.SaveAs)
        self.act_import = self._action(lambda: self.tr("&Import CSV…"), self.import_csv_dialog,
                                       tip=lambda: self.tr("Add touchpoints from a spreadsheet"))
        self.act_export = self._action(lambda: self.tr("&Export…"), self.export_dialog, "Ctrl+E")
        self.act_prefs = self._action(
            lambda: self.tr("&Preferences…"), self.preferences, SK.Preferences)
        self.act_quit = self._action(lambda: self.tr("&Quit"), self.close, SK.Quit)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        menu.insertActions(self.recent_menu.menuAction(),
                           [self.act_new, self.act_new_sample, self.act_open])
        for item in (None, self.act_save, self.act_save_as, None, self.act_import,
                     self.act_export, None, self.act_prefs, None, self.act_quit):
            menu.addSeparator() if item is None else menu.addAction(item)

        menu = self._menu(self.menuBar(), lambda: self.tr("&Edit"))
        # Without a prefix the stack words it ("Undo Move touchpoint") in Qt's own catalogue.
        self.act_undo = self.undo_group.createUndoAction(self)
        self.act_undo.setShortcuts(SK.Undo)
        self.act_undo.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        self.act_redo = self.undo_group.createRedoAction(self)
        self.act_redo.setShortcuts(SK.Redo)
        self.act_redo.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        self.act_cut = self._action(lambda: self.tr("Cu&t"), self.cut, SK.Cut)
        self.act_copy = self._action(
            lambda: self.tr("&Copy"), lambda: self._edit_call("copy_selection"),
                                     SK.Copy)
        self.act_copy_png = self._action(
            lambda: self.tr("Copy as P&NG"), self.copy_png, "Ctrl+Shift+C",
            tip=lambda: self.tr("The current journey as an image, for pasting into slides"))
        self.act_paste = self._action(lambda: self.tr("&Paste"), lambda: self._edit_call("paste"),
                                      SK.Paste)
        self.act_duplicate = self._action(lambda: self.tr("D&uplicate"),
                                          lambda: self._edit_call("duplicate_selection"),
                                          "Ctrl+D")
        self.act_delete = self._action(lambda: self.tr("&Delete"),
                                       lambda: self._edit_call("delete_selection"), SK.Delete)
        self.act_select_all = self._action(lambda: self.tr("Select &all"),
                                           lambda: self._edit_call("select_all"), SK.SelectAll)
        self.act_rename = self._action(lambda: self.tr("&Rename"), self.rename, "F2")
        self.act_connect = self._action(lambda: self.tr("C&onnect selected"),
                                        lambda: self._view_call("connect_selected"), "Ctrl+L",
                                        tip=lambda: self.tr("Draw arrows between the selected "
                                                    "touchpoints, in time order"))
        for item in (self.act_undo, self.act_redo, None, self.act_cut, self.act_copy,
                     self.act_copy_png, self.act_paste, self.act_duplicate, self.act_delete, None,
                     self.act_select_all, self.act_rename, self.act_connect):
            menu.addSeparator() if item is None else menu.addAction(item)

        menu = self.view_menu = self._menu(self.menuBar(), lambda: self.tr("&View"))
        self.act_zoom_in = self._action(
            lambda: self.tr("Zoom &in"), lambda: self._view_call("zoom_in"),
                                        SK.ZoomIn)
        self.act_zoom_out = self._action(lambda: self.tr("Zoom &out"),
                                         lambda: self._view_call("zoom_out"), SK.ZoomOut)
        self.act_zoom_fit = self._action(lambda: self.tr("&Fit to window"),
                                         lambda: self._view_call("zoom_fit"), "Ctrl+0")
        self.act_zoom_reset = self._action(lambda: self.tr("&Actual size (100%)"),
                                           lambda: self._view_call("zoom_reset"), "Ctrl+1")
        self.act_present = self._action(
            lambda: self.tr("&Presentation mode"), self.toggle_presentation, "F11",
            tip=lambda: self.tr("Full screen, larger text; Esc leaves"))
        self.act_present.setCheckable(True)
        for item in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_fit,
                     self.act_zoom_reset, None, self.act_present, None):
            menu.addSeparator() if item is None else menu.addAction(item)
        self.leave_presentation = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.leave_presentation.setEnabled(False)
        self.leave_presentation.activated.connect(self._leave_presentation)

        menu = self._menu(self.menuBar(), lambda: self.tr("&Map"))
        self.act_add_journey = self._action(lambda: self.tr("Add &journey…"), self.add_journey)
        self.act_rename_journey = self._action(
            lambda: self.tr("Rena&me journey…"), self.rename_journey)
        self.act_remove_journey = self._action(
            lambda: self.tr("Remo&ve journey"), self.remove_journey)
        self.act_add_stage = self._action(lambda: self.tr("Add &stage…"), self.add_stage)
        self.act_rename_stage = self._action(lambda: self.tr("Re&name stage…"), self.rename_stage)
        self.act_stage_left = self._action(lambda: self.tr("Move stage &left"),
                                           lambda: self.move_stage(None, -1))
        self.act_stage_right = self._action(lambda: self.tr("Move stage &right"),
                                            lambda: self.move_stage(None, 1))
        self.act_remove_stage = self._action(lambda: self.tr("Remove s&tage…"), self.remove_stage)
        self.act_add_channel = self._action(lambda: self.tr("Add &channel…"), self.add_channel)
        self.act_map_details = self._action(lambda: self.tr("Map &details"),
                                            lambda: self.inspector.show_selection([]))
        for item in (self.act_add_journey, self.act_rename_journey, self.act_remove_journey,
                     None, self.act_add_stage, self.act_rename_stage, self.act_stage_left,
                     self.act_stage_right, self.act_remove_stage, None, self.act_add_channel,
                     None, self.act_map_details):
            menu.addSeparator() if item is None else menu.addAction(item)

        menu = self._menu(self.menuBar(), lambda: self.tr("&Help"))
        self.act_help = self._action(lambda: self.tr("&Gestures and shortcuts"), self.toggle_help,
                                     SK.HelpContents)
        menu.addAction(self.act_help)
        menu.addAction(self._action(lambda: self.tr("&About omnimap"), self.about))

        toolbar = self.addToolBar("")
        self.texts.add(toolbar.setWindowTitle, lambda: self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for item in (self.act_new, self.act_open, self.act_save, None, self.act_undo,
                     self.act_redo, None, self.act_zoom_fit, self.act_present):
            toolbar.addSeparator() if item is None else toolbar.addAction(item)
        self.document_actions = [
            self.act_save, self.act_save_as, self.act_import, self.act_export, self.act_cut,
            self.act_copy, self.act_copy_png, self.act_paste, self.act_duplicate,
            self.act_delete,
            self.act_select_all, self.act_rename, self.act_connect, self.act_zoom_in,
            self.act_zoom_out, self.act_zoom_fit, self.act_zoom_reset, self.act_present,
            self.act_add_journey, self.act_rename_journey, self.act_remove_journey,
            self.act_add_stage, self.act_rename_stage, self.act_stage_left, self.act_stage_right,
            self.act_remove_stage, self.act_add_channel, self.act_map_details]

    def _update_actions(self) -> None:
        has_doc = self.document is not None
        has_view = self.current_view() is not None
        for action in self.document_actions:
            action.setEnabled(has_doc)
        for action in (self.act_cut, self.act_copy, self.act_paste, self.act_duplicate,
                       self.act_delete, self.act_select_all, self.act_connect,
                       self.act_zoom_in, self.act_zoom_out, self.act_zoom_fit,
                       self.act_zoom_reset, self.act_rename_journey, self.act_remove_journey,
                       self.act_copy_png):
            action.setEnabled(has_view)
        self._follow_journey_count()

    # ------------------------------------------------------------------ document
    def show_start_screen(self) -> None:
        """New blank map, new from the sample, open, and recent files with thumbnails."""
        if self.start_screen is None:
            from omnimap.gui.start_screen import StartScreen

            self.start_screen = StartScreen(self.pages)
            self.start_screen.newBlank.connect(
                lambda: self.set_document(self.blank_document()))
            self.start_screen.newSample.connect(
                lambda: self.set_document(self.sample_document()))
            self.start_screen.openRequested.connect(self.open_dialog)
            self.start_screen.openRecent.connect(self.open_file)
            self.pages.addWidget(self.start_screen)
        self.start_screen.refresh()
        self.pages.setCurrentWidget(self.start_screen)

    def set_document(self, document: Document, adopt: Any = None) -> None:
        """Show ``document`` in place of the current one (which is dropped as it is).

        ``adopt`` is the crash-recovery record the document was restored from.
        """
        old = self.document
        self.pages.setCurrentWidget(self.tabs)
        if self.autosave is not None:
            if old is not None:
                self.autosave.unregister(old)
            self.autosave.register(document, adopt=adopt)
        self._subs.clear()
        self.build_docks()
        for dock in (self.palette_dock, self.audit_dock, self.problems_dock,
                     self.attribution_dock):
            dock.set_document(None)
        self.inspector.set_document(None)
        self.tabs.blockSignals(True)
        while self.tabs.count():
            view = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if view is not None:
                view.deleteLater()
        self.tabs.blockSignals(False)
        self.views.clear()
        self._selection.clear()
        if old is not None:
            self.undo_group.removeStack(old.undo_stack)
            old.deleteLater()

        self.document = document
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.undo_stack.cleanChanged.connect(self._update_title)
        document.path_changed.connect(self._update_title)
        document.edit_refused.connect(lambda why: self.statusBar().showMessage(why, 6000))
        ws = document.workspace
        self._subs.connect(ws.journey_added, self._journey_added)
        self._subs.connect(ws.journey_removed, self._journey_removed)
        self._subs.connect(ws.changed, self._update_tab_titles)
        self._subs.connect(ws.meta_changed, self._update_title)
        for journey in ws.journeys:
            self._add_tab(journey.id, fit=True)  # a map just opened: each tab fits once
        current = ws.journeys[0].id if ws.journeys else None
        self.inspector.set_document(document, current)
        for dock in (self.palette_dock, self.audit_dock, self.problems_dock,
                     self.attribution_dock):
            dock.set_document(document)
        if self.tabs.count():
            self.tabs.setCurrentIndex(0)
        self._update_title()
        self._update_actions()
        if document.path is not None:
            self.settings.add_recent_file(document.path)

    def current_journey_id(self) -> str | None:
        view = self.tabs.currentWidget()
        for journey_id, candidate in self.views.items():
            if candidate is view:
                return journey_id
        return None

    def current_view(self) -> Any:
        journey_id = self.current_journey_id()
        return self.views.get(journey_id) if journey_id else None

    def _add_tab(self, journey_id: str, fit: bool = False) -> None:
        from omnimap.gui.canvas import JourneyView

        assert self.document is not None
        journey = self.document.workspace.journey(journey_id)
        view = JourneyView(self.document, journey_id, self.tabs)
        self._apply_font_size(view)
        if fit:
            view.fit_when_first_shown()
        view.setAccessibleName(self.tr("Journey map {name}").format(name=journey.name))
        view.selectionChangedIds.connect(
            lambda items, jid=journey_id: self._selection_changed(jid, items))
        self.views[journey_id] = view
        index = [j.id for j in self.document.workspace.journeys].index(journey_id)
        self.tabs.insertTab(index, view, _tab_text(journey.name or journey_id))

    def _tab_double_clicked(self, index: int) -> None:
        if index >= 0:
            self.rename_journey()

    def _tab_menu(self, pos: Any) -> None:
        index = self.tabs.tabBar().tabAt(pos)
        if index >= 0:
            self.tabs.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.act_add_journey)
        if index >= 0:
            menu.addAction(self.act_rename_journey)
            menu.addAction(self.act_remove_journey)
        menu.exec(self.tabs.tabBar().mapToGlobal(pos))

    def _journey_added(self, journey_id: str) -> None:
        self._add_tab(journey_id)
        self.tabs.setCurrentWidget(self.views[journey_id])
        self._update_actions()

    def _journey_removed(self, journey_id: str) -> None:
        view = self.views.pop(journey_id, None)
        self._selection.pop(journey_id, None)
        if view is not None:
            self.tabs.removeTab(self.tabs.indexOf(view))
            view.deleteLater()
        self._update_actions()
        self._tab_changed(self.tabs.currentIndex())

    def _update_tab_titles(self) -> None:
        if self.document is None:
            return
        for journey in self.document.workspace.journeys:
            view = self.views.get(journey.id)
            if view is not None:
                self.tabs.setTabText(self.tabs.indexOf(view), _tab_text(journey.name or journey.id))
                view.setAccessibleName(self.tr("Journey map {name}").format(
                    name=journey.name or journey.id))

    def _tab_changed(self, index: int) -> None:
        journey_id = self.current_journey_id()
        self.inspector.set_journey(journey_id)
        if journey_id is not None:
            self.inspector.show_selection(self._selection.get(journey_id, []))
        self._update_actions()

    def show_channel(self, channel_id: str) -> None:
        """A channel picked in the audit: its details, and its cards lit on the map."""
        self.inspector.show_selection([("channel", channel_id)])
        self._view_call("highlight_channel", channel_id)

    def _selection_changed(self, journey_id: str, items: list[Any]) -> None:
        self._view_call("highlight_channel", None)
        self._selection[journey_id] = list(items)
        if journey_id == self.current_journey_id():
            self.inspector.show_selection(list(items))

    def _update_title(self, *_args: Any) -> None:
        doc = self.document
        if doc is None:
            self.setWindowTitle("omnimap")
            self.setWindowModified(False)
            return
        name = doc.path.name if doc.path else (doc.workspace.title or self.tr("Untitled map"))
        self.setWindowTitle(f"{name}[*] — omnimap")
        self.setWindowModified(not doc.undo_stack.isClean())

    def _show_counts(self, errors: int, warnings: int, infos: int) -> None:
        self.counts_label.setText(self.tr("Problems: {errors}, {warnings}").format(
            errors=self.tr("%n error(s)", "", errors),
            warnings=self.tr("%n warning(s)", "", warnings)))

    def push(self, command: ModelCommand) -> bool:
        assert self.document is not None
        return self.document.push(command)

    # --------------------------------------------------------------- closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._presenting:
            self.toggle_presentation()
        if not self.maybe_save():
            event.ignore()
            return
        self.build_docks()  # closed within the first instant: keep the saved layout whole
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        if self.autosave is not None:
            self.autosave.unregister_all()
        self._subs.clear()
        for dock in (self.palette_dock, self.audit_dock, self.problems_dock,
                     self.attribution_dock):
            dock.set_document(None)
        self.inspector.set_document(None)
        event.accept()

    # ------------------------------------------------------------------ other
    def preferences(self) -> None:
        """Edit the preferences and apply what changed at once."""
        from omnimap.gui.preferences import Preferences, PreferencesDialog

        dialog = PreferencesDialog(self)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        changed = dialog.changed_keys()
        prefs = Preferences()
        if "ui/language" in changed:
            from PySide6.QtWidgets import QApplication

            from omnimap.gui.i18n import switch_language

            # Every widget gets a LanguageChange event and sets its texts again.
            app = QApplication.instance()
            if app is not None:
                self.language = switch_language(app, prefs.language or None)
        if "autosave/interval_s" in changed and self.autosave is not None:
            self.autosave.set_interval(prefs.autosave_interval_s)
        if "canvas/font_pt" in changed:
            for view in self.views.values():
                self._apply_font_size(view, changed=True)

    def _apply_font_size(self, view: Any, changed: bool = False) -> None:
        """Canvas font size from Preferences, relative to the canvas's own default size."""
        from omnimap.gui.preferences import KEYS, Preferences

        default = KEYS["canvas/font_pt"]
        pt = Preferences().canvas_font_pt
        if changed or pt != default:
            view.set_text_scale(pt / default)

    def copy_png(self) -> bool:
        """Edit ▸ Copy as PNG: the journey through the PNG export, onto the clipboard."""
        from omnimap.gui.dialogs.export import copy_png_to_clipboard

        return copy_png_to_clipboard(self)

    def about(self) -> None:
        from omnimap import __version__

        QMessageBox.about(self, self.tr("About omnimap"), self.tr(
            "omnimap {version}\n\nOmnichannel customer-journey maps that flag every channel "
            "whose data never reaches the CRM.").format(version=__version__))
