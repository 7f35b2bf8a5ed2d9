"""The Preferences dialog and a typed accessor over the settings it writes.

QSettings keys (organisation and application "omnimap"):

===========================  =========================================  =================
key                          values                                     default
===========================  =========================================  =================
``ui/language``              ``""`` (follow the system), ``en``, ``pl``  ``""``
``autosave/interval_s``      seconds between recovery copies, 0 = off   ``60``
``export/format``            ``svg``, ``png``, ``pdf``, ``pptx``        ``svg``
``export/scale``             ``1``, ``2``, ``4`` (PNG pixel ratio)      ``2``
``export/background``        ``white``, ``transparent``                 ``white``
``export/engine``            ``auto``, ``dot`` (system Graphviz),       ``auto``
                             ``graphviz-pure``
``canvas/font_pt``           point size of the card text, 7 to 24       ``10``
===========================  =========================================  =================

Bad or missing values read back as the default, so a hand-edited settings
file can never break the start-up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "BACKGROUNDS",
    "ENGINES",
    "FORMATS",
    "KEYS",
    "LANGUAGES",
    "SCALES",
    "Preferences",
    "PreferencesDialog",
]

LANGUAGES = ("", "en", "pl")
FORMATS = ("svg", "png", "pdf", "pptx")
SCALES = (1, 2, 4)
BACKGROUNDS = ("white", "transparent")
ENGINES = ("auto", "dot", "graphviz-pure")
FONT_RANGE = (7, 24)
INTERVAL_RANGE = (0, 3600)

#: Every key this module owns, with its default.
KEYS: dict[str, Any] = {
    "ui/language": "",
    "autosave/interval_s": 60,
    "export/format": "svg",
    "export/scale": 2,
    "export/background": "white",
    "export/engine": "auto",
    "canvas/font_pt": 10,
}


def _system_language() -> str:
    for name in QLocale.system().uiLanguages():
        lowered = name.lower()
        if lowered.startswith("pl"):
            return "pl"
        if lowered.startswith("en"):
            return "en"
    return "en"



def _as_int(value: object) -> int:
    """A stored number: INI files give back text, native stores an int."""
    if isinstance(value, (int, float, str)):
        return int(value)
    raise TypeError(f"not a number: {value!r}")

class Preferences:
    """Typed getters and setters over QSettings, with defaults.

    Parameters
    ----------
    settings : QSettings, optional
        ``QSettings()`` (the application's) by default; tests pass an INI file.
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings()

    def _choice(self, key: str, allowed: tuple[Any, ...]) -> Any:
        value = self.settings.value(key, KEYS[key])
        if isinstance(KEYS[key], int):
            try:
                value = _as_int(value)
            except (TypeError, ValueError):
                return KEYS[key]
        else:
            value = "" if value is None else str(value)
        return value if value in allowed else KEYS[key]

    def _int(self, key: str, low: int, high: int) -> int:
        try:
            value = _as_int(self.settings.value(key, KEYS[key]))
        except (TypeError, ValueError):
            return int(KEYS[key])
        return value if low <= value <= high else int(KEYS[key])

    # ----------------------------------------------------------------- getters
    @property
    def language(self) -> str:
        """``""`` to follow the system, else ``"en"`` or ``"pl"``."""
        return str(self._choice("ui/language", LANGUAGES))

    def effective_language(self) -> str:
        """The language to show: the setting, or the system's when it is empty."""
        return self.language or _system_language()

    @property
    def autosave_interval_s(self) -> int:
        return self._int("autosave/interval_s", *INTERVAL_RANGE)

    @property
    def export_format(self) -> str:
        return str(self._choice("export/format", FORMATS))

    @property
    def export_scale(self) -> int:
        return int(self._choice("export/scale", SCALES))

    @property
    def export_background(self) -> str:
        return str(self._choice("export/background", BACKGROUNDS))

    @property
    def export_engine(self) -> str:
        return str(self._choice("export/engine", ENGINES))

    @property
    def canvas_font_pt(self) -> int:
        return self._int("canvas/font_pt", *FONT_RANGE)

    def as_dict(self) -> dict[str, Any]:
        """Every key with its current (validated) value."""
        return {
            "ui/language": self.language,
            "autosave/interval_s": self.autosave_interval_s,
            "export/format": self.export_format,
            "export/scale": self.export_scale,
            "export/background": self.export_background,
            "export/engine": self.export_engine,
            "canvas/font_pt": self.canvas_font_pt,
        }

    # ----------------------------------------------------------------- setters
    def set(self, key: str, value: Any) -> None:
        """Store one key; ``ValueError`` for an unknown key or a value out of range."""
        allowed: dict[str, tuple[Any, ...]] = {
            "ui/language": LANGUAGES, "export/format": FORMATS, "export/scale": SCALES,
            "export/background": BACKGROUNDS, "export/engine": ENGINES,
        }
        if key not in KEYS:
            raise ValueError(f"unknown preference {key!r}")
        if key in allowed and value not in allowed[key]:
            raise ValueError(f"{key}: {value!r} is not one of {allowed[key]!r}")
        ranges = {"autosave/interval_s": INTERVAL_RANGE, "canvas/font_pt": FONT_RANGE}
        if key in ranges and not ranges[key][0] <= int(value) <= ranges[key][1]:
            raise ValueError(f"{key}: {value!r} is out of range")
        self.settings.setValue(key, value)

    def sync(self) -> None:
        self.settings.sync()


class PreferencesDialog(QDialog):
    """Edit the preferences; writes them to QSettings only when accepted.

    After ``exec()`` returns ``Accepted``, :meth:`changed_keys` tells the
    main window what to apply (switch the language, restart the autosave
    timer, re-render the canvas...).
    """

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.preferences = Preferences(settings)
        self._changed: set[str] = set()

        self.language = QComboBox(self)
        self.interval = QSpinBox(self)
        self.interval.setRange(*INTERVAL_RANGE)
        self.interval.setSingleStep(15)
        self.font_pt = QSpinBox(self)
        self.font_pt.setRange(*FONT_RANGE)
        self.format = QComboBox(self)
        self.scale = QComboBox(self)
        self.background = QComboBox(self)
        self.engine = QComboBox(self)
        for combo, values in ((self.language, LANGUAGES), (self.format, FORMATS),
                              (self.scale, SCALES), (self.background, BACKGROUNDS),
                              (self.engine, ENGINES)):
            for value in values:
                combo.addItem("", value)

        self._labels: dict[str, QLabel] = {}
        self.general_box = QGroupBox(self)
        general = QFormLayout(self.general_box)
        self.export_box = QGroupBox(self)
        export = QFormLayout(self.export_box)
        for form, name, field in (
            (general, "language", self.language), (general, "interval", self.interval),
            (general, "font", self.font_pt), (export, "format", self.format),
            (export, "scale", self.scale), (export, "background", self.background),
            (export, "engine", self.engine),
        ):
            label = QLabel(self)
            label.setBuddy(field)
            self._labels[name] = label
            form.addRow(label, field)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_box)
        layout.addWidget(self.export_box)
        layout.addWidget(self.buttons)

        self.retranslate_ui()
        self.load()

    # ------------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.general_box.setTitle(self.tr("General"))
        self.export_box.setTitle(self.tr("Export"))
        texts = {
            "language": self.tr("&Language:"),
            "interval": self.tr("&Autosave every:"),
            "font": self.tr("Card &font size:"),
            "format": self.tr("Default &format:"),
            "scale": self.tr("Image &scale:"),
            "background": self.tr("&Background:"),
            "engine": self.tr("Layout &engine:"),
        }
        for name, text in texts.items():
            label = self._labels[name]
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        # The language names stay in their own language, so anyone can find theirs.
        self.language.setItemText(0, self.tr("System default"))
        self.language.setItemText(1, "English")
        self.language.setItemText(2, "Polski")
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setSpecialValueText(self.tr("Off"))
        self.interval.setToolTip(self.tr(
            "Unsaved maps are copied aside this often, so a crash loses little. "
            "Your own file is only written when you save."))
        self.font_pt.setSuffix(self.tr(" pt"))
        self.format.setItemText(0, self.tr("SVG (vector, for slides)"))
        self.format.setItemText(1, self.tr("PNG (image)"))
        self.format.setItemText(2, self.tr("PDF (document)"))
        self.format.setItemText(3, self.tr("PowerPoint (editable shapes)"))
        for index, factor in enumerate(SCALES):
            self.scale.setItemText(index, f"{factor}×")
        self.scale.setToolTip(self.tr("Pixels per point in PNG exports; 2× looks sharp on "
                                      "projectors and high-density screens."))
        self.background.setItemText(0, self.tr("White"))
        self.background.setItemText(1, self.tr("Transparent"))
        self.engine.setItemText(0, self.tr("Automatic"))
        self.engine.setItemText(1, self.tr("System Graphviz (dot)"))
        self.engine.setItemText(2, self.tr("Built-in (graphviz-pure)"))
        self.engine.setToolTip(self.tr("Automatic uses the system Graphviz when it is "
                                       "installed, the built-in engine otherwise."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ values
    def _combos(self) -> dict[str, QComboBox]:
        return {
            "ui/language": self.language, "export/format": self.format,
            "export/scale": self.scale, "export/background": self.background,
            "export/engine": self.engine,
        }

    def load(self) -> None:
        """Show what is stored."""
        values = self.preferences.as_dict()
        for key, combo in self._combos().items():
            combo.setCurrentIndex(max(0, combo.findData(values[key])))
        self.interval.setValue(values["autosave/interval_s"])
        self.font_pt.setValue(values["canvas/font_pt"])

    def values(self) -> dict[str, Any]:
        """What the dialog shows now, by key."""
        out: dict[str, Any] = {key: combo.currentData() for key, combo in self._combos().items()}
        out["autosave/interval_s"] = self.interval.value()
        out["canvas/font_pt"] = self.font_pt.value()
        return out

    def changed_keys(self) -> set[str]:
        """The keys whose value the last accept changed."""
        return set(self._changed)

    def accept(self) -> None:
        before = self.preferences.as_dict()
        values = self.values()
        for key, value in values.items():
            self.preferences.set(key, value)
        self.preferences.sync()
        self._changed = {key for key, value in values.items() if before[key] != value}
        super().accept()
