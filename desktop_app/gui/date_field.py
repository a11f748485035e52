"""A publication date (and optional time) field: type it in any common form or pick it from a
calendar; under the field a line says how it was read, or why it is not a date.

The reading is :func:`desktop_app.domain.dates.parse_date`'s, so what the field accepts is what
the service stores (ISO); the calendar keeps a time already typed.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop_app import i18n
from desktop_app.domain.dates import NotADate, parse_date
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, arg, translate

PLACEHOLDER = QT_TRANSLATE_NOOP("DateField", "e.g. 15/06/2024, 15 June 2024, 2024-06-15 10:30")
PROBLEM_STYLE = "color: #c0392b;"


class DateField(QWidget):
    changed = Signal()

    def __init__(self, value: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(value, self)
        self.edit.setPlaceholderText(translate("DateField", PLACEHOLDER))
        self.edit.setToolTip(
            translate(
                "DateField",
                "Publication date, and a time if you know it. Numbers are read day first "
                "(15/06/2024); month names may be English, Russian or Ukrainian. Stored as "
                "2024-06-15.",
            )
        )
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.pick = QToolButton(self)
        self.pick.setObjectName("pick_date")
        self.pick.setText(translate("DateField", "Calendar…"))
        self.pick.setToolTip(translate("DateField", "Pick the date from a calendar"))
        self.pick.setAccessibleName(translate("DateField", "Pick the date from a calendar"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._show_current)
        self.reading = QLabel(self)
        self.reading.setObjectName("date_reading")
        self.reading.setEnabled(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.reading)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._update)
        self._update()

    def iso(self) -> str:
        """The date as stored ("" when empty); raises NotADate when it cannot be a date."""
        return parse_date(self.edit.text())

    def problem(self) -> str:
        try:
            self.iso()
        except NotADate as refused:
            return str(refused)
        return ""

    def _update(self) -> None:
        try:
            iso = self.iso()
        except NotADate:
            self.reading.setText(translate("DateField", "Not a date yet"))
            self.reading.setStyleSheet(PROBLEM_STYLE)
            self.reading.setEnabled(True)
        else:
            self.reading.setStyleSheet("")
            self.reading.setEnabled(False)
            self.reading.setText(_spelled(iso) if iso else translate("DateField", "Unknown"))
        self.changed.emit()

    def _show_current(self) -> None:
        try:
            iso = self.iso()
        except NotADate:
            iso = ""
        day = QDate.fromString(iso[:10], "yyyy-MM-dd") if len(iso) >= 10 else QDate()
        self.calendar.setSelectedDate(day if day.isValid() else QDate.currentDate())

    def _picked(self, day: QDate) -> None:
        try:
            iso = self.iso()
        except NotADate:
            iso = ""
        clock = iso[10:] if len(iso) > 10 else ""  # keep a time already typed
        self.edit.setText(day.toString("yyyy-MM-dd") + clock.replace("T", " "))
        self.menu.close()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)


def _spelled(iso: str) -> str:
    """How the field read the date, spelled out so a day/month mix-up shows at once."""
    read_as = translate("DateField", "Read as %1")
    if len(iso) < 10:
        return arg(read_as, iso)
    day = QDate.fromString(iso[:10], "yyyy-MM-dd")
    spelled = QLocale(i18n.current()).toString(day, "dddd, d MMMM yyyy")
    if len(iso) <= 10:
        return arg(read_as, spelled)
    clock, rest = iso[11:16], iso[16:]
    if rest.startswith(":"):  # seconds
        clock, rest = iso[11:19], iso[19:]
    return arg(read_as, f"{spelled}, {clock}" + (f" {rest}" if rest else ""))
