"""Every command of the main window as a QAction (text, shortcut, tooltip, icon), and the menus
and toolbar built from them. The window connects them; nothing here knows about the project.

Extension points for the next features (on ``MainWindow.commands``): ``compare_conditions``,
``compare_speakers``, ``export_workbook``, ``export_briefing`` and ``export_qdpx`` sit in the
Compare and Export menus (and the toolbar), disabled until a feature connects ``triggered`` and
enables them; ``MainWindow.menus.compare`` and ``.export`` take more actions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

from desktop_app.gui.icons import icon
from desktop_app.gui.translation import translate

StandardKey = QKeySequence.StandardKey


def _action(
    parent: QObject,
    text: str,
    tip: str,
    shortcut: str | StandardKey | list[QKeySequence] | None = None,
    icon_name: str = "",
) -> QAction:
    action = QAction(icon(icon_name) if icon_name else QIcon(), text, parent)
    if isinstance(shortcut, (list, StandardKey)):
        action.setShortcuts(shortcut)
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    return action


def _keyed(text: str, key: str) -> str:
    """Menu text showing a key handled by the reader itself (plain letters and digits must not
    be window-wide shortcuts, or they would fire while typing in a search box)."""
    return f"{text}\t{key}"


class Actions:
    def __init__(self, parent: QMainWindow) -> None:
        a = _action
        # File
        self.new_project = a(
            parent,
            translate("Actions", "&New Project…"),
            translate("Actions", "Create an empty project file"),
            StandardKey.New,
            "new",
        )
        self.open_project = a(
            parent,
            translate("Actions", "&Open Project…"),
            translate("Actions", "Open a project file"),
            StandardKey.Open,
            "open",
        )
        self.close_project = a(
            parent,
            translate("Actions", "&Close Project"),
            translate("Actions", "Close the project (everything is already stored)"),
            StandardKey.Close,
        )
        self.import_files = a(
            parent,
            translate("Actions", "&Import Files…"),
            translate("Actions", "Add documents as sources (txt, html, docx, odt, pdf, md, rtf)"),
            "Ctrl+I",
            "import",
        )
        self.import_folder = a(
            parent,
            translate("Actions", "Import &Folder…"),
            translate("Actions", "Add every document in a folder"),
            "Ctrl+Shift+I",
        )
        self.paste_source = a(
            parent,
            translate("Actions", "&Paste as New Source"),
            translate("Actions", "Make a source of the text on the clipboard"),
            "Ctrl+Shift+V",
            "paste",
        )
        self.quit = a(
            parent,
            translate("Actions", "&Quit"),
            translate("Actions", "Close Parley (everything is already stored)"),
            StandardKey.Quit,
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit
        self.undo = a(
            parent,
            translate("Actions", "&Undo"),
            translate("Actions", "Take back the last change"),
            StandardKey.Undo,
            "undo",
        )
        self.redo = a(
            parent,
            translate("Actions", "&Redo"),
            translate("Actions", "Do again what was undone"),
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
            "redo",
        )
        self.copy = a(
            parent,
            translate("Actions", "&Copy"),
            translate("Actions", "Copy the selected text"),
            StandardKey.Copy,
        )
        self.find_in_source = a(
            parent,
            translate("Actions", "&Find in Source…"),
            translate("Actions", "Search the current source"),
            StandardKey.Find,
            "search",
        )
        self.find_in_project = a(
            parent,
            translate("Actions", "Find in &Project…"),
            translate("Actions", "Search every source"),
            "Ctrl+Shift+F",
            "search",
        )
        self.find_next = a(
            parent,
            translate("Actions", "Find &Next"),
            translate("Actions", "Go to the next hit"),
            StandardKey.FindNext,
        )
        self.find_previous = a(
            parent,
            translate("Actions", "Find Pre&vious"),
            translate("Actions", "Go to the previous hit"),
            StandardKey.FindPrevious,
        )
        # Mark
        self.mark_condition = a(
            parent,
            _keyed(translate("Actions", "&Condition…"), "C"),
            translate("Actions", "Mark the selection as a condition (C)"),
            None,
            "condition",
        )
        self.mark_speaker = a(
            parent,
            _keyed(translate("Actions", "&Speaker…"), "S"),
            translate("Actions", "Mark who said the selection (S)"),
            None,
            "speaker",
        )
        self.mark_reaction = a(
            parent,
            _keyed(translate("Actions", "&Reaction…"), "R"),
            translate("Actions", "Mark the selection as a reaction (R)"),
            None,
            "reaction",
        )
        self.mark_condition.setIconText(translate("Actions", "Condition"))
        self.mark_speaker.setIconText(translate("Actions", "Speaker"))
        self.mark_reaction.setIconText(translate("Actions", "Reaction"))
        self.edit_annotation = a(
            parent,
            translate("Actions", "&Edit Annotation…"),
            translate("Actions", "Codes, note and boundaries of the selected annotation"),
            "Ctrl+E",
        )
        self.delete_annotation = a(
            parent,
            translate("Actions", "&Delete Annotation"),
            translate("Actions", "Remove the selected annotations (undo brings them back)"),
            "Ctrl+Shift+Del",
        )
        self.link_annotation = a(
            parent,
            translate("Actions", "&Link to…"),
            translate("Actions", "Say what the selected reaction responds to"),
            "Ctrl+L",
            "link",
        )
        self.bounds_to_selection = a(
            parent,
            translate("Actions", "Set &Boundaries to Selection"),
            translate("Actions", "Make the selected annotation cover exactly the selected text"),
            "Ctrl+B",
        )
        # Source
        self.edit_source = a(
            parent,
            translate("Actions", "Source &Details…"),
            translate("Actions", "Title, outlet, author, date, URL and language"),
            "Ctrl+Shift+D",
        )
        self.status_todo = a(
            parent,
            translate("Actions", "Coding Status: To Do"),
            translate("Actions", "Nothing marked yet"),
        )
        self.status_progress = a(
            parent,
            translate("Actions", "Coding Status: In Progress"),
            translate("Actions", "Partly marked"),
        )
        self.status_done = a(
            parent,
            translate("Actions", "Coding Status: Done"),
            translate(
                "Actions",
                "Fully marked; an empty cell in the comparison means the source does not report it",
            ),
        )
        self.delete_source = a(
            parent,
            translate("Actions", "Delete Source"),
            translate(
                "Actions", "Remove the current source and its annotations (undo brings them back)"
            ),
        )
        # Codebook
        self.add_code = a(
            parent,
            translate("Actions", "&Add Code…"),
            translate("Actions", "A new code under the selected one"),
            "Ctrl+Shift+N",
        )
        self.add_root = a(
            parent,
            translate("Actions", "Add &Root…"),
            translate("Actions", "A new top-level group, like “Tone”"),
        )
        # View
        self.go_sources = a(
            parent,
            translate("Actions", "&Sources"),
            translate("Actions", "Move the focus to the sources"),
            "Ctrl+1",
        )
        self.go_reader = a(
            parent,
            translate("Actions", "&Reader"),
            translate("Actions", "Move the focus to the text"),
            "Ctrl+2",
        )
        self.go_annotations = a(
            parent,
            translate("Actions", "&Annotations"),
            translate("Actions", "Move the focus to the annotation list"),
            "Ctrl+3",
        )
        self.go_codebook = a(
            parent,
            translate("Actions", "&Codebook"),
            translate("Actions", "Move the focus to the codebook"),
            "Ctrl+4",
        )
        self.go_search = a(
            parent,
            translate("Actions", "S&earch Results"),
            translate("Actions", "Move the focus to the search"),
            "Ctrl+5",
        )
        self.next_panel = a(
            parent,
            translate("Actions", "&Next Panel"),
            translate("Actions", "Move the focus to the next panel"),
            "F6",
        )
        self.go_suggestions = a(
            parent,
            translate("Actions", "S&uggestions"),
            translate(
                "Actions", "Review what Parley proposes: Enter accepts, Delete rejects, E edits"
            ),
            "Ctrl+6",
        )
        self.previous_panel = a(
            parent,
            translate("Actions", "&Previous Panel"),
            translate("Actions", "Move the focus to the previous panel"),
            "Shift+F6",
        )
        self.zoom_in = a(
            parent,
            translate("Actions", "&Larger Text"),
            translate("Actions", "Make the text larger"),
            StandardKey.ZoomIn,
        )
        self.zoom_out = a(
            parent,
            translate("Actions", "S&maller Text"),
            translate("Actions", "Make the text smaller"),
            StandardKey.ZoomOut,
        )
        self.appearance = QActionGroup(parent)
        self.appearance_actions: dict[str, QAction] = {}
        for key, text in (
            ("system", translate("Actions", "Follow the System")),
            ("light", translate("Actions", "Light")),
            ("dark", translate("Actions", "Dark")),
        ):
            action = a(parent, text, translate("Actions", "%1 colours").replace("%1", text))
            action.setCheckable(True)
            action.setData(key)
            self.appearance.addAction(action)
            self.appearance_actions[key] = action
        # Compare and Export: connected by the compare view and export features.
        self.compare_conditions = a(
            parent,
            translate("Actions", "&Conditions × Sources"),
            translate("Actions", "Which source reports which condition, in what words"),
            None,
            "compare",
        )
        self.toggle_compare = a(
            parent,
            translate("Actions", "Show &Compare"),
            translate("Actions", "Switch between the reader and the compare view"),
            "Ctrl+Shift+C",
        )
        self.toggle_compare.setCheckable(True)
        self.compare_speakers = a(
            parent,
            translate("Actions", "&Speakers × Sources"),
            translate("Actions", "Who is quoted where"),
        )
        self.export_workbook = a(
            parent,
            translate("Actions", "Excel &Workbook…"),
            translate("Actions", "The comparison workbook for colleagues"),
            "Ctrl+Shift+E",
            "export",
        )
        self.export_briefing = a(
            parent,
            translate("Actions", "PDF &Briefing…"),
            translate("Actions", "The briefing for distribution"),
        )
        self.export_qdpx = a(
            parent,
            translate("Actions", "&REFI-QDA Project…"),
            translate("Actions", "For MAXQDA, NVivo, ATLAS.ti, QualCoder"),
        )
        for action in (
            self.compare_conditions,
            self.compare_speakers,
            self.toggle_compare,
            self.export_workbook,
            self.export_briefing,
            self.export_qdpx,
        ):
            action.setEnabled(False)
        self.compare_conditions.setIconText(translate("Actions", "Compare"))
        self.export_workbook.setIconText(translate("Actions", "Export"))
        # Help
        self.getting_started = a(
            parent,
            translate("Actions", "&Getting Started"),
            translate("Actions", "Select, C/S/R, compare, export: the first steps, with pictures"),
            StandardKey.HelpContents,
        )
        self.keyboard_shortcuts = a(
            parent,
            translate("Actions", "&Keyboard Shortcuts"),
            translate("Actions", "Every key Parley answers to"),
            "Ctrl+/",
        )
        self.about = a(
            parent,
            translate("Actions", "&About Parley"),
            translate("Actions", "Version and credits"),
        )
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.show_log = a(
            parent,
            translate("Actions", "Show &Log File Location"),
            translate("Actions", "Where Parley writes details for a problem report"),
        )


class Menus:
    def __init__(self, window: QMainWindow, actions: Actions) -> None:
        bar = window.menuBar()
        self.file = bar.addMenu(translate("Actions", "&File"))
        self.edit = bar.addMenu(translate("Actions", "&Edit"))
        self.mark = bar.addMenu(translate("Actions", "&Mark"))
        self.source = bar.addMenu(translate("Actions", "&Source"))
        self.codebook = bar.addMenu(translate("Actions", "&Codebook"))
        self.view = bar.addMenu(translate("Actions", "&View"))
        self.compare = bar.addMenu(translate("Actions", "Com&pare"))
        self.export = bar.addMenu(translate("Actions", "E&xport"))
        self.help = bar.addMenu(translate("Actions", "&Help"))
        for menu in (
            self.file,
            self.edit,
            self.mark,
            self.source,
            self.codebook,
            self.view,
            self.compare,
            self.export,
            self.help,
        ):
            menu.setToolTipsVisible(True)
        a = actions
        self.file.addActions([a.new_project, a.open_project])
        self.recent = self.file.addMenu(translate("Actions", "Open &Recent"))
        self.recent.setToolTipsVisible(True)
        self.file.addAction(a.close_project)
        self.file.addSeparator()
        self.file.addActions([a.import_files, a.import_folder, a.paste_source])
        self.file.addSeparator()
        self.file.addAction(a.quit)
        self.edit.addActions([a.undo, a.redo])
        self.edit.addSeparator()
        self.edit.addAction(a.copy)
        self.edit.addSeparator()
        self.edit.addActions([a.find_in_source, a.find_in_project, a.find_next, a.find_previous])
        self.mark.addActions([a.mark_condition, a.mark_speaker, a.mark_reaction])
        self.recent_codes = self.mark.addMenu(translate("Actions", "Recent &Codes"))
        self.recent_codes.setToolTipsVisible(True)
        self.mark.addSeparator()
        self.mark.addActions(
            [a.edit_annotation, a.bounds_to_selection, a.link_annotation, a.delete_annotation]
        )
        self.source.addAction(a.edit_source)
        self.source.addSeparator()
        self.source.addActions([a.status_todo, a.status_progress, a.status_done])
        self.source.addSeparator()
        self.source.addAction(a.delete_source)
        self.codebook.addActions([a.add_code, a.add_root])
        self.codebook_item = self.codebook.addMenu(translate("Actions", "Selected &Code"))
        self.codebook_item.setToolTipsVisible(True)
        go = self.view.addMenu(translate("Actions", "&Go To"))
        go.addActions([a.go_sources, a.go_reader, a.go_annotations, a.go_codebook, a.go_search])
        go.addAction(a.go_suggestions)
        self.view.addActions([a.next_panel, a.previous_panel])
        self.view.addSeparator()
        self.view.addActions([a.zoom_in, a.zoom_out])
        appearance = self.view.addMenu(translate("Actions", "&Appearance"))
        appearance.addActions(list(a.appearance_actions.values()))
        self.view.addSeparator()
        self.panels = self.view.addMenu(translate("Actions", "&Toolbars"))
        self.compare.addActions([a.compare_conditions, a.compare_speakers])
        self.compare.addSeparator()
        self.compare.addAction(a.toggle_compare)
        self.export.addActions([a.export_workbook, a.export_briefing, a.export_qdpx])
        self.help.addActions([a.getting_started, a.keyboard_shortcuts])
        self.help.addSeparator()
        self.help.addActions([a.about, a.show_log])


def build_toolbar(window: QMainWindow, actions: Actions) -> QToolBar:
    bar = QToolBar(translate("Actions", "Main"), window)
    bar.setObjectName("main_toolbar")
    bar.setAccessibleName(translate("Actions", "Main toolbar"))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setMovable(False)
    a = actions
    bar.addAction(a.import_files)
    a.import_files.setIconText(translate("Actions", "Import"))
    bar.addSeparator()
    bar.addActions([a.mark_condition, a.mark_speaker, a.mark_reaction])
    bar.addSeparator()
    bar.addAction(a.find_in_project)
    a.find_in_project.setIconText(translate("Actions", "Search"))
    bar.addActions([a.undo, a.redo])
    a.undo.setIconText(translate("Actions", "Undo"))
    a.redo.setIconText(translate("Actions", "Redo"))
    spacer = QWidget(bar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addActions([a.compare_conditions, a.export_workbook])
    window.addToolBar(bar)
    return bar


def populate_recent_menu(menu: QMenu, recent: list[str]) -> None:
    menu.clear()
    for number, location in enumerate(recent, start=1):
        text = f"&{number} {location}" if number < 10 else location
        action = menu.addAction(text)
        action.setData(location)
        action.setToolTip(translate("Actions", "Open %1").replace("%1", location))
    menu.setEnabled(bool(recent))
