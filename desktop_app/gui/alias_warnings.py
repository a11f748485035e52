"""Aliases the reading engine never matches (one letter, "ЕС", "the", "и" alone), flagged where
aliases are typed (the code dialog, live) and where they are shown (the codebook's label and
tooltip). They are kept as the analyst gave them: the flag says why they find nothing."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from desktop_app.gui.translation import arg, translate
from desktop_app.services.suggestions_engine import alias_problem

MARK = "⚠"


def unsafe_aliases(aliases: Iterable[str]) -> list[tuple[str, str]]:
    """(alias, why it is never matched) for each unsafe one, in the order given."""
    found: list[tuple[str, str]] = []
    for alias in aliases:
        problem = alias_problem(alias)
        if problem is not None:
            found.append((alias, problem))
    return found


def warning_lines(aliases: Iterable[str]) -> list[str]:
    """One sentence per unsafe alias: "⚠ “ЕС” is never matched: too short …"."""
    return [
        arg(translate("AliasWarnings", "%1 “%2” is never matched: %3"), MARK, alias, why)
        for alias, why in unsafe_aliases(aliases)
    ]


def marked(alias: str) -> str:
    """``alias`` as the codebook shows it: with the mark when it is never matched."""
    return f"{alias} {MARK}" if alias_problem(alias) is not None else alias


class AliasWarning(QLabel):
    """Under an aliases box (one alias per line): why each unsafe alias is never matched,
    updated as the analyst types; hidden while every alias is fine."""

    def __init__(self, aliases: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alias_warning")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b35900;")
        self.setAccessibleName(translate("AliasWarnings", "Aliases never matched"))
        self._aliases = aliases
        aliases.textChanged.connect(self.update_warning)
        self.update_warning()

    def update_warning(self) -> None:
        typed = (line.strip() for line in self._aliases.toPlainText().splitlines())
        lines = warning_lines(a for a in typed if a)
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
        self.setToolTip(
            translate(
                "AliasWarnings",
                "Kept as typed, but the suggestions never look for it: it would be found in "
                "nearly every text. Give a longer name or a fuller title instead.",
            )
            if lines
            else ""
        )
