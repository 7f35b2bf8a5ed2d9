"""The channel audit: every channel's five-point audit in one editable table.

The table model reads the workspace on demand and writes through
``Document.push(UpdateChannel(...))``, one undo step per edited cell; it
follows ``channels_changed`` so an undo or an inspector edit shows at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omnimap.gui.docks._base import (
    Subscriptions,
    Texts,
    automation_labels,
    consistency_labels,
    crm_labels,
    group_labels,
)

if TYPE_CHECKING:
    from omnimap.commands import Document
    from omnimap.model import Channel

__all__ = ["COLUMNS", "SORT_ROLE", "AuditDock", "AuditModel", "ChoiceDelegate", "UsedFilter"]

Index = QModelIndex | QPersistentModelIndex

#: Column keys, in display order.
COLUMNS = ("name", "group", "browse", "buy", "service", "automation", "crm", "crm_note",
           "kpis", "consistency", "owner", "used")
_FUNCTIONS = ("browse", "buy", "service")
_CRM_MARKS = {"integrated": "✔", "connector": "✔", "none": "✖", "unknown": "?"}
#: Sorting by CRM puts the silos first: they are what the audit is for.
_CRM_RANK = {"none": 0, "unknown": 1, "connector": 2, "integrated": 3}
SORT_ROLE = Qt.ItemDataRole.UserRole + 7


def _choices(column: str) -> dict[str, str] | None:
    return {
        "group": group_labels,
        "automation": automation_labels,
        "crm": crm_labels,
        "consistency": consistency_labels,
    }.get(column, lambda: None)()


class AuditModel(QAbstractTableModel):
    """Rows are the workspace's channels; columns are :data:`COLUMNS`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self._subs = Subscriptions()

    def set_document(self, document: Document | None) -> None:
        self.beginResetModel()
        self._subs.clear()
        self.document = document
        if document is not None:
            self._subs.connect(document.workspace.channels_changed, self._channels_changed)
            self._subs.connect(document.workspace.changed, self._anything_changed)
        self.endResetModel()

    # --------------------------------------------------------------- following
    def _channels(self) -> list[Channel]:
        return self.document.workspace.channels if self.document is not None else []

    def _channels_changed(self, channel_id: str) -> None:
        ids = [c.id for c in self._channels()]
        if channel_id and channel_id in ids:
            row = ids.index(channel_id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        else:
            self.beginResetModel()
            self.endResetModel()

    def _anything_changed(self) -> None:
        rows = self.rowCount()
        if rows:
            column = COLUMNS.index("used")
            self.dataChanged.emit(self.index(0, column), self.index(rows - 1, column))

    # ----------------------------------------------------------------- reading
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._channels())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def channel_at(self, row: int) -> Channel:
        return self._channels()[row]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        titles = {
            "name": QCoreApplication.translate("audit", "Channel"),
                "group": QCoreApplication.translate("audit", "Group"),
            "browse": QCoreApplication.translate("audit", "Browse"),
                "buy": QCoreApplication.translate("audit", "Buy"),
            "service": QCoreApplication.translate("audit", "Service"),
                "automation": QCoreApplication.translate("audit", "Automation"),
            "crm": QCoreApplication.translate("audit", "CRM"),
                "crm_note": QCoreApplication.translate("audit", "CRM note"),
            "kpis": QCoreApplication.translate("audit", "KPIs"),
                "consistency": QCoreApplication.translate("audit", "Consistency"),
            "owner": QCoreApplication.translate("audit", "Owner"),
                "used": QCoreApplication.translate("audit", "Touchpoints"),
        }
        if role == Qt.ItemDataRole.ToolTipRole:
            if COLUMNS[section] in _FUNCTIONS:
                return QCoreApplication.translate(
                    "audit", "Functionality: can the customer do this on the channel?")
            if COLUMNS[section] == "crm":
                return QCoreApplication.translate(
                    "audit", "Does what happens on the channel reach the CRM / CDP?")
            return None
        return titles[COLUMNS[section]]

    def _raw(self, channel: Channel, column: str) -> Any:
        audit = channel.audit
        if column in ("name", "group"):
            return getattr(channel, column)
        if column in _FUNCTIONS:
            return column in audit.functionality
        if column == "kpis":
            return "; ".join(audit.kpis)
        if column == "used":
            assert self.document is not None
            return sum(len(j.uses_channel(channel.id)) for j in self.document.workspace.journeys)
        return getattr(audit, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.document is None:
            return None
        channel = self.channel_at(index.row())
        column = COLUMNS[index.column()]
        value = self._raw(channel, column)
        if column in _FUNCTIONS:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == SORT_ROLE:
            if column == "crm":
                return _CRM_RANK[value]
            if column in _FUNCTIONS or column == "used":
                return int(value)
            choices = _choices(column)
            return (choices[value] if choices else str(value)).casefold()
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            choices = _choices(column)
            if column == "crm":
                return f"{_CRM_MARKS[value]} {choices[value]}"  # type: ignore[index]
            return choices[value] if choices else value
        if role == Qt.ItemDataRole.DecorationRole:
            if column == "name":
                from omnimap.gui.icons import channel_icon

                return channel_icon(channel)
            if column == "crm":
                from omnimap.gui.icons import crm_icon

                return crm_icon(value)
        if role == Qt.ItemDataRole.ForegroundRole and column == "crm":
            from omnimap.gui.icons import CRM_COLORS

            return QBrush(QColor(CRM_COLORS[value]))
        if role == Qt.ItemDataRole.BackgroundRole and channel.audit.crm == "none":
            return QBrush(QColor(198, 40, 40, 28))
        if role == Qt.ItemDataRole.ToolTipRole and column == "crm" and value == "none":
            return QCoreApplication.translate(
                "audit", "Data silo: what happens here never reaches the CRM")
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "crm":
            return crm_labels()[value]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = COLUMNS[index.column()]
        if column == "used":
            return base
        if column in _FUNCTIONS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    # ----------------------------------------------------------------- writing
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.document is None:
            return False
        from omnimap.commands import UpdateChannel
        from omnimap.model import ModelError

        channel = self.channel_at(index.row())
        column = COLUMNS[index.column()]
        if column in _FUNCTIONS:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            functions = [f for f in _FUNCTIONS
                         if (f == column and on) or (f != column and f in
                                                      channel.audit.functionality)]
            changes: dict[str, Any] = {"audit": {"functionality": functions}}
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column in ("name", "group"):
            changes = {column: str(value).strip() if column == "name" else value}
        elif column == "kpis":
            changes = {"audit": {"kpis": [k.strip() for k in str(value).replace("|", ";")
                                          .split(";") if k.strip()]}}
        else:
            changes = {"audit": {column: str(value).strip() if column == "owner" else value}}
        if self._unchanged(channel, changes):
            return False
        try:
            command = UpdateChannel(self.document.workspace, channel.id, **changes)
        except ModelError:
            return False
        return self.document.push(command)

    @staticmethod
    def _unchanged(channel: Channel, changes: dict[str, Any]) -> bool:
        current = channel.model_dump()
        for key, value in changes.items():
            if key == "audit":
                if any(current["audit"][k] != v for k, v in value.items()):
                    return False
            elif current[key] != value:
                return False
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the columns whose values come from a fixed list."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        choices = _choices(COLUMNS[index.column()])
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setAccessibleName(str(index.model().headerData(
            index.column(), Qt.Orientation.Horizontal)))
        for value, label in choices.items():
            combo.addItem(label, value)
        # One choice is one edit: commit as soon as it is picked.
        combo.activated.connect(lambda _i: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class UsedFilter(QSortFilterProxyModel):
    """Sorts with :data:`SORT_ROLE` and, when asked, hides channels no journey uses."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.used_only = False
        self.setSortRole(SORT_ROLE)

    def set_used_only(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated
            self.beginFilterChange()
            self.used_only = bool(on)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.used_only = bool(on)
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.used_only:
            return True
        source = self.sourceModel()
        used = source.index(source_row, COLUMNS.index("used"), source_parent)
        return bool(source.data(used, Qt.ItemDataRole.EditRole))


class AuditDock(QDockWidget):
    """The audit table; ``channel_selected(id)`` when the user picks a row."""

    channel_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts()
        self.texts.add(self.setWindowTitle, lambda: self.tr("Channel audit"))
        self.setObjectName("audit_dock")
        self.model = AuditModel(self)
        self.proxy = UsedFilter(self)
        self.proxy.setSourceModel(self.model)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.used_only = QCheckBox(body)
        self.texts.add(self.used_only.setText, lambda: self.tr("Only channels used on the map"))
        self.used_only.toggled.connect(self.proxy.set_used_only)
        layout.addWidget(self.used_only)
        self.view = QTableView(body)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.texts.add(self.view.setAccessibleName, lambda: self.tr("Channel audit table"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.SelectedClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Catalogue order until the user clicks a column header.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.clicked.connect(self._clicked)
        self._columns_fitted = False
        self._on_screen = False
        self.visibilityChanged.connect(self._visibility_changed)
        self.model.modelReset.connect(self._fit_columns)
        layout.addWidget(self.view)
        self.setWidget(body)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.apply()
            # Headers and choice labels are looked up when shown: a reset redraws them.
            self.model.beginResetModel()
            self.model.endResetModel()
        super().changeEvent(event)

    def set_document(self, document: Document | None) -> None:
        self.model.set_document(document)

    def _visibility_changed(self, on_screen: bool) -> None:
        self._on_screen = on_screen
        if on_screen and not self._columns_fitted:
            self._fit_columns()

    def _fit_columns(self) -> None:
        # Sizing to contents asks every cell of every column: a dock behind another
        # dock's tab (this one starts behind Problems) waits until its tab is chosen.
        self._columns_fitted = self._on_screen
        if not self._columns_fitted:
            return
        self.view.resizeColumnsToContents()
        for column in ("crm_note", "kpis"):
            c = COLUMNS.index(column)
            self.view.setColumnWidth(c, min(self.view.columnWidth(c), 220))

    def _clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self.channel_selected.emit(self.model.channel_at(source.row()).id)

    def view_index(self, channel_id: str, column: str) -> QModelIndex:
        """The index of a channel's cell as the table shows it (sorted, filtered)."""
        return self.proxy.mapFromSource(
            self.model.index(self.row_of(channel_id), COLUMNS.index(column)))

    def shown_channel_ids(self) -> list[str]:
        """The channels in the table, top to bottom."""
        return [self.model.channel_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).id
                for r in range(self.proxy.rowCount())]

    def row_of(self, channel_id: str) -> int:
        for row in range(self.model.rowCount()):
            if self.model.channel_at(row).id == channel_id:
                return row
        return -1
