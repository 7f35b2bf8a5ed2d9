"""The channel palette: the catalogue grouped online / offline / hybrid, drag to the map."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omnimap.gui.docks._base import Subscriptions, Texts, crm_labels, group_labels
from omnimap.gui.mime import CHANNEL_MIME

if TYPE_CHECKING:
    from omnimap.commands import Document
    from omnimap.model import Channel

__all__ = ["ChannelTree", "PaletteDock", "channel_mime"]

CHANNEL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def channel_mime(channel_id: str, name: str = "") -> QMimeData:
    """The drag payload of a channel: its id as UTF-8 under CHANNEL_MIME."""
    mime = QMimeData()
    mime.setData(CHANNEL_MIME, QByteArray(channel_id.encode("utf-8")))
    mime.setText(name or channel_id)
    return mime


def _matches(channel: Channel, needle: str) -> bool:
    if not needle:
        return True
    names = (channel.id, channel.name, *channel.translations.values())
    return any(needle in name.casefold() for name in names)


class ChannelTree(QTreeWidget):
    """The tree of channels; dragging an item carries its channel id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QTreeWidget.DragDropMode.DragOnly)
        self.setRootIsDecorated(False)
        self.setIndentation(8)
        self.setUniformRowHeights(True)

    def mimeTypes(self) -> list[str]:
        return [CHANNEL_MIME]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # type: ignore[override]
        for item in items:
            channel_id = item.data(0, CHANNEL_ID_ROLE)
            if channel_id:
                return channel_mime(channel_id, item.text(0))
        return QMimeData()

    def startDrag(self, supported: Qt.DropAction) -> None:
        item = self.currentItem()
        channel_id = item.data(0, CHANNEL_ID_ROLE) if item is not None else None
        if item is None or not channel_id:
            return
        drag = QDrag(self)
        drag.setMimeData(channel_mime(channel_id, item.text(0)))
        drag.setPixmap(item.icon(0).pixmap(32, 32))
        drag.exec(Qt.DropAction.CopyAction)


class PaletteDock(QDockWidget):
    """Lists the channel catalogue; ``channel_activated`` on double-click or Enter."""

    channel_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = Texts()
        self.texts.add(self.setWindowTitle, lambda: self.tr("Channels"))
        self.setObjectName("palette_dock")
        self.document: Document | None = None
        self._subs = Subscriptions()

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.filter_edit = QLineEdit(body)
        self.texts.add(self.filter_edit.setPlaceholderText, lambda: self.tr("Filter channels…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.texts.add(self.filter_edit.setAccessibleName, lambda: self.tr("Filter channels"))
        self.filter_edit.textChanged.connect(self._apply_filter)
        row.addWidget(self.filter_edit)
        self.add_button = QToolButton(body)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.tree = ChannelTree(body)
        self.texts.add(self.tree.setAccessibleName, lambda: self.tr("Channel palette"))
        self.texts.add(self.tree.setToolTip,
                       lambda: self.tr("Drag a channel onto a stage to add a touchpoint"))
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(self.tree)
        self.setWidget(body)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.texts.apply()
            self.rebuild()
        super().changeEvent(event)

    def set_document(self, document: Document | None) -> None:
        self._subs.clear()
        self.document = document
        if document is not None:
            self._subs.connect(document.workspace.channels_changed, self._channels_changed)
        self.rebuild()

    def _channels_changed(self, channel_id: str) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        from omnimap.gui.icons import channel_icon

        self.tree.clear()
        if self.document is None:
            return
        crm = crm_labels()
        groups: dict[str, QTreeWidgetItem] = {}
        for key, label in group_labels().items():
            group = QTreeWidgetItem(self.tree, [label])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setExpanded(True)
            groups[key] = group
        for channel in self.document.workspace.channels:
            item = QTreeWidgetItem(groups[channel.group], [channel.name])
            item.setData(0, CHANNEL_ID_ROLE, channel.id)
            item.setIcon(0, channel_icon(channel))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            item.setToolTip(0, self.tr("{name}\nCRM: {status}").format(
                name=channel.name, status=crm[channel.audit.crm]))
        self._apply_filter(self.filter_edit.text())

    def _groups(self) -> Iterator[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        """Each group item with its channel items."""
        root = self.tree.invisibleRootItem()
        for g in range(root.childCount()):
            group = root.child(g)
            if group is not None:
                children = [group.child(i) for i in range(group.childCount())]
                yield group, [c for c in children if c is not None]

    def _apply_filter(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        if self.document is None:
            return
        by_id = {c.id: c for c in self.document.workspace.channels}
        for group, items in self._groups():
            visible = 0
            for item in items:
                channel = by_id.get(item.data(0, CHANNEL_ID_ROLE))
                shown = channel is not None and _matches(channel, needle)
                item.setHidden(not shown)
                visible += shown
            group.setHidden(visible == 0)

    def visible_channel_ids(self) -> list[str]:
        """The ids the filter lets through, in display order."""
        return [item.data(0, CHANNEL_ID_ROLE) for group, items in self._groups()
                if not group.isHidden() for item in items if not item.isHidden()]

    def item_for(self, channel_id: str) -> QTreeWidgetItem | None:
        for _group, items in self._groups():
            for item in items:
                if item.data(0, CHANNEL_ID_ROLE) == channel_id:
                    return item
        return None

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        channel_id = item.data(0, CHANNEL_ID_ROLE)
        if channel_id:
            self.channel_activated.emit(channel_id)
