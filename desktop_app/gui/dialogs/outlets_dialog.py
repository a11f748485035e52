"""The Outlets window: every outlet of the project, its details, and merging two spellings.

The list on the left holds the outlets (with how many sources name each); the form on the right
edits the current one. Save, Merge and Delete each ask the controller for one service operation
(one undo step in the main window); the list is filled again from the project when the change
comes back, never from what was typed. Select several outlets (Shift or Ctrl with the arrows or
the mouse) and Merge: the others go into the current one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import i18n
from desktop_app.domain.outlets import Outlet, OutletType, split_groups
from desktop_app.gui.dialogs.base import ERROR_STYLE
from desktop_app.gui.translation import arg, translate


def _split(text: str, separators: str = ",;") -> tuple[str, ...]:
    for separator in separators[1:]:
        text = text.replace(separator, separators[0])
    return tuple(p.strip() for p in text.split(separators[0]) if p.strip())


class OutletsDialog(QDialog):
    """Edits go out as signals; :meth:`show_outlets` shows the project's outlets."""

    save_requested = Signal(object)  # Outlet (id 0: a new one)
    merge_requested = Signal(int, list)  # kept outlet id, merged ids
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("outlets_dialog")
        self.setWindowTitle(translate("OutletsDialog", "Outlets"))
        self._outlets: dict[int, Outlet] = {}
        self._new = False

        self.list = QListWidget(self)
        self.list.setObjectName("outlet_list")
        self.list.setAccessibleName(translate("OutletsDialog", "Outlets"))
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.currentItemChanged.connect(lambda current, _previous: self._show(current))
        self.list.itemSelectionChanged.connect(self._update_buttons)

        self.name = QLineEdit(self)
        self.country = QLineEdit(self)
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText("ru, en")
        self.type = QComboBox(self)
        self.type.addItem(translate("OutletsDialog", "(not said)"), "")
        for kind in OutletType:
            self.type.addItem(i18n.gettext(kind.label), kind.value)
        self.groups = QLineEdit(self)
        self.groups.setPlaceholderText(
            translate("OutletsDialog", "Russian state media; Wire services")
        )
        self.groups.setToolTip(
            translate("OutletsDialog", "The groups this outlet belongs to, separated by “;”")
        )
        self.aliases = QLineEdit(self)
        self.aliases.setToolTip(
            translate(
                "OutletsDialog",
                "Other spellings of the name, separated by “;”: a source naming one belongs here",
            )
        )
        self.domains = QLineEdit(self)
        self.domains.setPlaceholderText("tass.ru, tass.com")
        self.domains.setToolTip(
            translate("OutletsDialog", "Web domains: an import from there belongs here")
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        form = QFormLayout()
        for label, field, key in (
            (translate("OutletsDialog", "&Name:"), self.name, "name"),
            (translate("OutletsDialog", "&Country:"), self.country, "country"),
            (translate("OutletsDialog", "&Languages:"), self.languages, "languages"),
            (translate("OutletsDialog", "&Type:"), self.type, "type"),
            (translate("OutletsDialog", "&Groups:"), self.groups, "groups"),
            (translate("OutletsDialog", "Other s&pellings:"), self.aliases, "aliases"),
            (translate("OutletsDialog", "&Web domains:"), self.domains, "domains"),
            (translate("OutletsDialog", "N&otes:"), self.notes, "notes"),
        ):
            field.setObjectName(f"outlet_{key}")
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, field)

        self.save = QPushButton(translate("OutletsDialog", "&Save"), self)
        self.save.setObjectName("outlet_save")
        self.save.setToolTip(
            translate(
                "OutletsDialog", "Store these details for the outlet (undo in the main window)"
            )
        )
        self.save.clicked.connect(self._save)
        self.add = QPushButton(translate("OutletsDialog", "&New Outlet"), self)
        self.add.setObjectName("outlet_new")
        self.add.clicked.connect(self._start_new)
        self.merge = QPushButton(translate("OutletsDialog", "&Merge Selected"), self)
        self.merge.setObjectName("outlet_merge")
        self.merge.setToolTip(
            translate(
                "OutletsDialog",
                "Merge the other selected outlets into the current one: one outlet, their names "
                "kept as other spellings",
            )
        )
        self.merge.clicked.connect(self._merge)
        self.delete = QPushButton(translate("OutletsDialog", "&Delete"), self)
        self.delete.setObjectName("outlet_delete")
        self.delete.clicked.connect(self._delete)
        close = QPushButton(translate("OutletsDialog", "Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        for button in (self.save, self.add, self.merge, self.delete):
            button.setAutoDefault(False)
        self.save.setDefault(True)

        self.error = QLabel(self)
        self.error.setObjectName("outlet_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.error)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.list, 2)
        columns.addLayout(right, 3)
        buttons = QHBoxLayout()
        for button in (self.save, self.add, self.merge, self.delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.resize(760, 460)
        self._update_buttons()

    # -- content -----------------------------------------------------------------------------

    def show_outlets(self, outlets: list[Outlet], current_id: int | None = None) -> None:
        """Fill the list (keeping the current outlet, or making ``current_id`` current)."""
        keep = current_id if current_id is not None else self.current_id()
        self._outlets = {o.id: o for o in outlets}
        self.list.blockSignals(True)
        self.list.clear()
        for outlet in outlets:
            count = outlet.source_count
            shown = arg(translate("OutletsDialog", "%1  (%Ln source(s))", "", count), outlet.name)
            if outlet.groups:
                shown += f" — {outlet.groups_text}"
            item = QListWidgetItem(shown, self.list)
            item.setData(Qt.ItemDataRole.UserRole, outlet.id)
        row = next((i for i, o in enumerate(outlets) if o.id == keep), 0 if outlets else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._new = False
        self._show(self.list.currentItem())
        groups = sorted({g for o in outlets for g in o.groups}, key=str.casefold)
        completer = QCompleter(groups, self.groups)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.groups.setCompleter(completer)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def selected_ids(self) -> list[int]:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.list.selectedItems()]

    def _show(self, item: QListWidgetItem | None) -> None:
        outlet = (
            None if item is None else self._outlets.get(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self._fill(outlet or Outlet(0, "", ""))
        self.error.hide()

    def _fill(self, outlet: Outlet) -> None:
        self.name.setText(outlet.name)
        self.country.setText(outlet.country)
        self.languages.setText(", ".join(outlet.languages))
        self.type.setCurrentIndex(
            max(self.type.findData(outlet.type.value if outlet.type else ""), 0)
        )
        self.groups.setText(outlet.groups_text)
        self.aliases.setText("; ".join(outlet.aliases))
        self.domains.setText(", ".join(outlet.domains))
        self.notes.setPlainText(outlet.notes)

    def typed(self) -> Outlet:
        """The form as an outlet: the current one's id (0 for a new one)."""
        base = None if self._new else self._outlets.get(self.current_id() or 0)
        return Outlet(
            id=0 if base is None else base.id,
            guid="" if base is None else base.guid,
            name=self.name.text(),
            country=self.country.text(),
            languages=_split(self.languages.text()),
            type=OutletType.of(str(self.type.currentData() or "")),
            groups=split_groups(self.groups.text()),
            notes=self.notes.toPlainText(),
            aliases=_split(self.aliases.text(), ";"),
            domains=_split(self.domains.text()),
        )

    def say(self, problem: str) -> None:
        self.error.setText(problem[:1].upper() + problem[1:])
        self.error.show()

    # -- actions -----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.merge.setEnabled(len(self.selected_ids()) > 1 and has)
        self.delete.setEnabled(has and not self._new)

    def _start_new(self) -> None:
        self._new = True
        self._fill(Outlet(0, "", ""))
        self.error.hide()
        self._update_buttons()
        self.name.setFocus()

    def _save(self) -> None:
        if not self.typed().name.strip():
            self.say(translate("OutletsDialog", "An outlet needs a name."))
            self.name.setFocus()
            return
        if not self._new and self.current_id() is None:
            self._start_new()
            return
        self.save_requested.emit(self.typed())

    def _merge(self) -> None:
        keep = self.current_id()
        others = [i for i in self.selected_ids() if i != keep]
        if keep is not None and others:
            self.merge_requested.emit(keep, others)

    def _delete(self) -> None:
        current = self.current_id()
        if current is not None and not self._new:
            self.delete_requested.emit(current)
