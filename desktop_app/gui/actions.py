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
            parent, "&New Project…", "Create an empty project file", StandardKey.New, "new"
        )
        self.open_project = a(
            parent, "&Open Project…", "Open a project file", StandardKey.Open, "open"
        )
        self.close_project = a(
            parent,
            "&Close Project",
            "Close the project (everything is already stored)",
            StandardKey.Close,
        )
        self.import_files = a(
            parent,
            "&Import Files…",
            "Add documents as sources (txt, html, docx, odt, pdf, md, rtf)",
            "Ctrl+I",
            "import",
        )
        self.import_folder = a(
            parent, "Import &Folder…", "Add every document in a folder", "Ctrl+Shift+I"
        )
        self.paste_source = a(
            parent,
            "&Paste as New Source",
            "Make a source of the text on the clipboard",
            "Ctrl+Shift+V",
            "paste",
        )
        self.quit = a(
            parent, "&Quit", "Close Parley (everything is already stored)", StandardKey.Quit
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit
        self.undo = a(parent, "&Undo", "Take back the last change", StandardKey.Undo, "undo")
        self.redo = a(
            parent,
            "&Redo",
            "Do again what was undone",
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
            "redo",
        )
        self.copy = a(parent, "&Copy", "Copy the selected text", StandardKey.Copy)
        self.find_in_source = a(
            parent, "&Find in Source…", "Search the current source", StandardKey.Find, "search"
        )
        self.find_in_project = a(
            parent, "Find in &Project…", "Search every source", "Ctrl+Shift+F", "search"
        )
        self.find_next = a(parent, "Find &Next", "Go to the next hit", StandardKey.FindNext)
        self.find_previous = a(
            parent, "Find Pre&vious", "Go to the previous hit", StandardKey.FindPrevious
        )
        # Mark
        self.mark_condition = a(
            parent,
            _keyed("&Condition…", "C"),
            "Mark the selection as a condition (C)",
            None,
            "condition",
        )
        self.mark_speaker = a(
            parent, _keyed("&Speaker…", "S"), "Mark who said the selection (S)", None, "speaker"
        )
        self.mark_reaction = a(
            parent,
            _keyed("&Reaction…", "R"),
            "Mark the selection as a reaction (R)",
            None,
            "reaction",
        )
        self.mark_condition.setIconText("Condition")
        self.mark_speaker.setIconText("Speaker")
        self.mark_reaction.setIconText("Reaction")
        self.edit_annotation = a(
            parent,
            "&Edit Annotation…",
            "Codes, note and boundaries of the selected annotation",
            "Ctrl+E",
        )
        self.delete_annotation = a(
            parent,
            "&Delete Annotation",
            "Remove the selected annotations (undo brings them back)",
            "Ctrl+Shift+Del",
        )
        self.link_annotation = a(
            parent, "&Link to…", "Say what the selected reaction responds to", "Ctrl+L", "link"
        )
        self.bounds_to_selection = a(
            parent,
            "Set &Boundaries to Selection",
            "Make the selected annotation cover exactly the selected text",
            "Ctrl+B",
        )
        # Source
        self.edit_source = a(
            parent,
            "Source &Details…",
            "Title, outlet, author, date, URL and language",
            "Ctrl+Shift+D",
        )
        self.status_todo = a(parent, "Coding Status: To Do", "Nothing marked yet")
        self.status_progress = a(parent, "Coding Status: In Progress", "Partly marked")
        self.status_done = a(
            parent,
            "Coding Status: Done",
            "Fully marked; an empty cell in the comparison means the source does not report it",
        )
        self.delete_source = a(
            parent,
            "Delete Source",
            "Remove the current source and its annotations (undo brings them back)",
        )
        # Codebook
        self.add_code = a(parent, "&Add Code…", "A new code under the selected one", "Ctrl+Shift+N")
        self.add_root = a(parent, "Add &Root…", "A new top-level group, like “Tone”")
        # View
        self.go_sources = a(parent, "&Sources", "Move the focus to the sources", "Ctrl+1")
        self.go_reader = a(parent, "&Reader", "Move the focus to the text", "Ctrl+2")
        self.go_annotations = a(
            parent, "&Annotations", "Move the focus to the annotation list", "Ctrl+3"
        )
        self.go_codebook = a(parent, "&Codebook", "Move the focus to the codebook", "Ctrl+4")
        self.go_search = a(parent, "S&earch Results", "Move the focus to the search", "Ctrl+5")
        self.go_suggestions = a(
            parent,
            "S&uggestions",
            "Review what Parley proposes: Enter accepts, Delete rejects, E edits",
            "Ctrl+6",
        )
        self.next_panel = a(parent, "&Next Panel", "Move the focus to the next panel", "F6")
        self.previous_panel = a(
            parent, "&Previous Panel", "Move the focus to the previous panel", "Shift+F6"
        )
        self.zoom_in = a(parent, "&Larger Text", "Make the text larger", StandardKey.ZoomIn)
        self.zoom_out = a(parent, "S&maller Text", "Make the text smaller", StandardKey.ZoomOut)
        self.appearance = QActionGroup(parent)
        self.appearance_actions: dict[str, QAction] = {}
        for key, text in (("system", "Follow the System"), ("light", "Light"), ("dark", "Dark")):
            action = a(parent, text, f"{text} colours")
            action.setCheckable(True)
            action.setData(key)
            self.appearance.addAction(action)
            self.appearance_actions[key] = action
        # Compare and Export: connected by the compare view and export features.
        self.compare_conditions = a(
            parent,
            "&Conditions × Sources",
            "Which source reports which condition, in what words",
            None,
            "compare",
        )
        self.toggle_compare = a(
            parent,
            "Show &Compare",
            "Switch between the reader and the compare view",
            "Ctrl+Shift+C",
        )
        self.toggle_compare.setCheckable(True)
        self.compare_speakers = a(parent, "&Speakers × Sources", "Who is quoted where")
        self.export_workbook = a(
            parent,
            "Excel &Workbook…",
            "The comparison workbook for colleagues",
            "Ctrl+Shift+E",
            "export",
        )
        self.export_briefing = a(parent, "PDF &Briefing…", "The briefing for distribution")
        self.export_qdpx = a(parent, "&REFI-QDA Project…", "For MAXQDA, NVivo, ATLAS.ti, QualCoder")
        for action in (
            self.compare_conditions,
            self.compare_speakers,
            self.toggle_compare,
            self.export_workbook,
            self.export_briefing,
            self.export_qdpx,
        ):
            action.setEnabled(False)
        self.compare_conditions.setIconText("Compare")
        self.export_workbook.setIconText("Export")
        # Help
        self.getting_started = a(
            parent,
            "&Getting Started",
            "Select, C/S/R, compare, export: the first steps, with pictures",
            StandardKey.HelpContents,
        )
        self.keyboard_shortcuts = a(
            parent, "&Keyboard Shortcuts", "Every key Parley answers to", "Ctrl+/"
        )
        self.about = a(parent, "&About Parley", "Version and credits")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.show_log = a(
            parent, "Show &Log File Location", "Where Parley writes details for a problem report"
        )


class Menus:
    def __init__(self, window: QMainWindow, actions: Actions) -> None:
        bar = window.menuBar()
        self.file = bar.addMenu("&File")
        self.edit = bar.addMenu("&Edit")
        self.mark = bar.addMenu("&Mark")
        self.source = bar.addMenu("&Source")
        self.codebook = bar.addMenu("&Codebook")
        self.view = bar.addMenu("&View")
        self.compare = bar.addMenu("Com&pare")
        self.export = bar.addMenu("E&xport")
        self.help = bar.addMenu("&Help")
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
        self.recent = self.file.addMenu("Open &Recent")
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
        self.recent_codes = self.mark.addMenu("Recent &Codes")
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
        self.codebook_item = self.codebook.addMenu("Selected &Code")
        self.codebook_item.setToolTipsVisible(True)
        go = self.view.addMenu("&Go To")
        go.addActions([a.go_sources, a.go_reader, a.go_annotations, a.go_codebook, a.go_search])
        go.addAction(a.go_suggestions)
        self.view.addActions([a.next_panel, a.previous_panel])
        self.view.addSeparator()
        self.view.addActions([a.zoom_in, a.zoom_out])
        appearance = self.view.addMenu("&Appearance")
        appearance.addActions(list(a.appearance_actions.values()))
        self.view.addSeparator()
        self.panels = self.view.addMenu("&Toolbars")
        self.compare.addActions([a.compare_conditions, a.compare_speakers])
        self.compare.addSeparator()
        self.compare.addAction(a.toggle_compare)
        self.export.addActions([a.export_workbook, a.export_briefing, a.export_qdpx])
        self.help.addActions([a.getting_started, a.keyboard_shortcuts])
        self.help.addSeparator()
        self.help.addActions([a.about, a.show_log])


def build_toolbar(window: QMainWindow, actions: Actions) -> QToolBar:
    bar = QToolBar("Main", window)
    bar.setObjectName("main_toolbar")
    bar.setAccessibleName("Main toolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.setMovable(False)
    a = actions
    bar.addAction(a.import_files)
    a.import_files.setIconText("Import")
    bar.addSeparator()
    bar.addActions([a.mark_condition, a.mark_speaker, a.mark_reaction])
    bar.addSeparator()
    bar.addAction(a.find_in_project)
    a.find_in_project.setIconText("Search")
    bar.addActions([a.undo, a.redo])
    a.undo.setIconText("Undo")
    a.redo.setIconText("Redo")
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
        action.setToolTip(f"Open {location}")
    menu.setEnabled(bool(recent))
