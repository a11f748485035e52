"""Working as a team in the window: connecting to a server, who is signed in, whose annotations
are shown, picking up colleagues' changes, and what to do when someone else got there first.

- File › Connect to Server… asks for the address (prompts), connects in a worker and opens the
  project; a server that wants a password (or refused one) asks again. Recent projects keep the
  location without a password; the keyring keeps the password if the analyst asked it to.
- File › Sign In as Coder… sets the coder name file projects are opened as.
- View › Show Annotations: mine, every coder's, or chosen coders' — the reader and the annotation
  list follow (:meth:`visible`); the status bar names the signed-in coder and the filter.
- Every two seconds a quiet worker asks the change feed what others did since the last look and
  the views get it as one change set. Every project is polled, a file too: two windows (or two
  processes) can share one file, and a look costs one indexed read of the feed.
- Changes based on what a view showed run inside :meth:`based_on`; a refusal shows why and puts
  the thing's current state into the views. An undo refused the same way offers to skip the step.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QLabel

from desktop_app.domain.model import Annotation, Code, Source
from desktop_app.errors import ConflictError, NotFound, ParleyError, PasswordNeeded
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.connect_dialog import ServerLogin
from desktop_app.gui.errors import user_errors
from desktop_app.gui.translation import arg, translate
from desktop_app.services import blinding, team
from desktop_app.services.changes import ChangeSet
from desktop_app.services.concurrency import Expectable
from desktop_app.services.project import Project

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.workers import CancelledFn, ProgressFn

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = int(team.POLL_INTERVAL_S * 1000)


# What storage says when a server wants (another) password: the dialog asks again.
def wants_password(error: BaseException) -> bool:
    # A type, not the message's words: the message is in the interface language.
    return isinstance(error, PasswordNeeded)


class TeamController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.filter = team.CoderFilter()
        self.blind = blinding.BlindState()  # the project's blind double coding, as last read
        self.cursor: int | None = None  # the newest change this window has seen
        self.polling = False  # a look at the feed is under way
        self.last_login: ServerLogin | None = None  # never with a password
        self.connecting = False
        self._build_actions()
        self.coder_label = QLabel(window)
        self.coder_label.setObjectName("coder")
        window.statusBar().addPermanentWidget(self.coder_label)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        window.project_changed.connect(self.project_changed)
        window.bus.changed.connect(self._changed)
        self.project_changed()

    def _build_actions(self) -> None:
        w = self.window
        self.connect_server = QAction(translate("TeamController", "Connect to &Server…"), w)
        self.connect_server.setObjectName("connect_server")
        self.connect_server.setStatusTip(
            translate("TeamController", "Open a team project on a PostgreSQL server")
        )
        self.connect_server.setToolTip(self.connect_server.statusTip())
        self.connect_server.triggered.connect(lambda _checked=False: self.ask_connect())
        self.sign_in = QAction(translate("TeamController", "Sign &In as Coder…"), w)
        self.sign_in.setStatusTip(
            translate("TeamController", "The name your annotations are recorded under")
        )
        self.sign_in.setToolTip(self.sign_in.statusTip())
        self.sign_in.triggered.connect(self.ask_coder)
        w.menus.file.insertActions(w.commands.close_project, [self.connect_server, self.sign_in])
        self.show_menu = w.menus.view.addMenu(translate("TeamController", "Show &Annotations"))
        self.show_menu.setToolTipsVisible(True)
        self.show_group = QActionGroup(w)
        self.show_actions: dict[team.CoderScope, QAction] = {}
        for scope, text, tip in (
            (
                team.CoderScope.MINE,
                translate("TeamController", "&Mine"),
                translate("TeamController", "Only the annotations you made"),
            ),
            (
                team.CoderScope.ALL,
                translate("TeamController", "&All Coders"),
                translate("TeamController", "Every coder's annotations"),
            ),
            (
                team.CoderScope.CHOSEN,
                translate("TeamController", "&Chosen Coders…"),
                translate("TeamController", "The annotations of coders you choose"),
            ),
        ):
            action = QAction(text, w)
            action.setCheckable(True)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.setData(scope.value)
            self.show_group.addAction(action)
            self.show_menu.addAction(action)
            self.show_actions[scope] = action
        self.show_actions[team.CoderScope.ALL].setChecked(True)
        self.show_actions[team.CoderScope.MINE].triggered.connect(
            lambda: self.set_filter(team.CoderFilter(team.CoderScope.MINE))
        )
        self.show_actions[team.CoderScope.ALL].triggered.connect(
            lambda: self.set_filter(team.CoderFilter())
        )
        self.show_actions[team.CoderScope.CHOSEN].triggered.connect(self.ask_chosen)
        self.blind_action = QAction(translate("TeamController", "&Blind Double Coding"), w)
        self.blind_action.setObjectName("blind_coding")
        self.blind_action.setCheckable(True)
        tip = translate(
            "TeamController",
            "Each coder sees only their own mark-up until you, the lead, open adjudication "
            "(Compare › Intercoder Agreement)",
        )
        self.blind_action.setToolTip(tip)
        self.blind_action.setStatusTip(tip)
        self.blind_action.triggered.connect(self.switch_blind)
        w.menus.compare.addSeparator()
        w.menus.compare.addAction(self.blind_action)

    # -- the project -------------------------------------------------------------------------

    def project_changed(self) -> None:
        project = self.window.project
        self.blind_action.setEnabled(project is not None and not project.read_only)
        self.read_blind()
        self.sign_in.setEnabled(True)
        if project is None:
            self.timer.stop()
            self.cursor = None
        else:
            with user_errors(self.window):
                self.cursor = team.latest_change(project)
            self.timer.start()
        self.update_status()

    def update_status(self) -> None:
        project = self.window.project
        if project is None:
            self.coder_label.setText("")
            self.coder_label.setToolTip("")
            return
        everyone = self.filter.scope == team.CoderScope.ALL
        shown = (
            ""
            if everyone
            else arg(translate("TeamController", " · showing %1"), self._filter_label())
        )
        if self.blind.hiding:
            shown = arg(
                translate("TeamController", " · blind coding (lead %1): showing only yours"),
                self.blind.lead,
            )
        signed = translate("TeamController", "Signed in as %1").replace("%1", project.coder)
        self.coder_label.setText(f"{signed}{shown}")
        role = (
            arg(translate("TeamController", " (database role %1)"), project.db_role)
            if project.db_role
            else ""
        )
        self.coder_label.setToolTip(
            arg(
                translate("TeamController", "Your annotations are recorded as %1%2"),
                project.coder,
                role,
            )
        )

    # -- connecting --------------------------------------------------------------------------

    def _filter_label(self) -> str:
        """Whose annotations are shown, in the interface language."""
        if self.filter.scope == team.CoderScope.CHOSEN:
            chosen = ", ".join(sorted(self.filter.chosen))
            return chosen or translate("TeamController", "no coders")
        if self.filter.scope == team.CoderScope.MINE:
            return translate("TeamController", "mine")
        return translate("TeamController", "all coders")

    def ask_connect(self, initial: ServerLogin | None = None, problem: str = "") -> bool:
        login = prompts.connect_to_server(self.window, initial or self.last_login, problem)
        if login is None:
            return False
        return self.connect_to(login)

    def connect_to(self, login: ServerLogin) -> bool:
        """Connect in a worker and open the project; False if nothing was started."""
        missing = login.missing()
        if missing:
            return self.ask_connect(login, login.missing_text())
        address = team.ServerAddress(login.host, login.database, login.user, login.port)
        try:
            address.check()
        except ParleyError as error:
            return self.ask_connect(login, str(error))
        self.last_login = replace(login, password="")
        return self._open(
            address,
            arg(translate("TeamController", "Connecting to %1…"), address.host),
            lambda: team.connect(
                address,
                login.password or None,
                remember=login.remember,
                coder=login.coder or None,
            ),
        )

    def open_location(self, location: str) -> bool:
        """Open a server project by its location (recent projects, the command line): the
        keyring's password (or libpq's) is used; without one, the connect dialog asks."""
        try:
            address = team.ServerAddress.from_url(location)
        except ParleyError as error:
            prompts.show_error(
                self.window, error, translate("TeamController", "Cannot Open Project")
            )
            return False
        self.last_login = ServerLogin(address.host, address.port, address.database, address.user)
        return self._open(
            address,
            arg(translate("TeamController", "Connecting to %1…"), address.host),
            lambda: team.connect(address, None),
        )

    def _open(self, address: team.ServerAddress, label: str, connect: Any) -> bool:
        """Connect in a worker; the project open now stays open (with its undo history) until
        the server's project is ready to take its place, and stays if the connection fails."""
        if self.connecting:
            return False
        self.connecting = True
        replacing = self.window.project
        self.window.statusBar().showMessage(label)

        def work(_progress: ProgressFn, _cancelled: CancelledFn) -> Project:
            return connect()

        def failed(error: BaseException) -> None:
            self.connecting = False
            self.window.statusBar().clearMessage()
            if wants_password(error):
                self.ask_connect(self.last_login, str(error))
            elif isinstance(error, ParleyError):
                prompts.show_error(
                    self.window, error, translate("TeamController", "Cannot Connect")
                )
            else:
                self.window.report_failure(error)

        self.window.runner.start(
            label,
            work,
            lambda project: self._connected(project, replacing),
            failed,
            cancellable=False,
        )
        log.info("connecting to %s", address.url())
        return True

    def _connected(self, project: Project, replacing: Project | None) -> None:
        self.connecting = False
        self.window.statusBar().clearMessage()
        current = self.window.project
        if current is not None and current is not replacing:  # opened another meanwhile
            project.close()
            return
        self.window.replace_project(project)

    def ask_coder(self) -> None:
        """File › Sign In as Coder…: on a server, connect again under another name; a file
        project is reopened as the coder typed."""
        project = self.window.project
        if project is not None and team.is_server_location(project.location):
            address = team.ServerAddress.from_url(project.location)
            initial = ServerLogin(
                address.host, address.port, address.database, address.user, coder=project.coder
            )
            self.ask_connect(initial)
            return
        current = project.coder if project is not None else self.window.settings.coder
        name = prompts.ask_text(
            self.window,
            translate("TeamController", "Sign In as Coder"),
            translate(
                "TeamController",
                "Record your annotations under the name:\n(empty: your login name)",
            ),
            current,
        )
        if name is None:
            return
        self.window.settings.coder = name
        self.window.settings.sync()
        if project is not None and project.path is not None:
            self.window.open_project(project.path)

    # -- whose annotations -------------------------------------------------------------------

    def visible(self, annotations: Iterable[Annotation]) -> list[Annotation]:
        """The annotations the views show under the coder filter (only one's own while blind
        double coding hides the others')."""
        project = self.window.project
        if project is not None and self.blind.hiding:
            return [a for a in annotations if a.coder == project.coder]
        if project is None or self.filter.scope == team.CoderScope.ALL:
            return list(annotations)
        return self.filter.apply(annotations, project.coder)

    def hidden_for(self) -> str | None:
        """The coder whose mark-up alone the views may show (blind coding), else None."""
        project = self.window.project
        return project.coder if project is not None and self.blind.hiding else None

    # -- blind double coding -----------------------------------------------------------------

    def read_blind(self) -> None:
        """Read the project's blind coding setting; when what is hidden changed, show again."""
        project = self.window.project
        before = self.blind
        self.blind = blinding.BlindState()
        if project is not None:
            with user_errors(self.window):
                self.blind = blinding.blind_state(project)
        self.blind_action.setChecked(self.blind.on)
        self.show_menu.setEnabled(project is not None and not self.blind.hiding)
        self.update_status()
        if project is not None and before.hiding != self.blind.hiding:
            self.window.show_source(self.window.reader.source_id, again=True)
            compare = getattr(self.window, "compare", None)
            if compare is not None and compare.shown:
                compare.refresh(reload=False)

    def switch_blind(self, on: bool) -> None:
        project = self.window.project
        if project is None:
            return
        with user_errors(self.window):
            blinding.set_blind(project, on)
        self.read_blind()  # also when refused: the tick shows the project's state

    def open_adjudication(self) -> bool:
        """While blind coding hides the others' mark-up: the lead may open adjudication (asked
        first); anyone else is told who can. True when everyone's mark-up may be shown."""
        project = self.window.project
        if project is None:
            return False
        if not self.blind.hiding:
            return True
        if self.blind.lead != project.coder:
            prompts.show_report(
                self.window,
                translate("TeamController", "Blind Double Coding"),
                translate(
                    "TeamController",
                    "Each coder sees only their own mark-up until the lead opens adjudication.",
                ),
                arg(
                    translate(
                        "TeamController", "%1 leads this blind coding and opens adjudication."
                    ),
                    self.blind.lead,
                ),
            )
            return False
        if not prompts.confirm(
            self.window,
            translate("TeamController", "Open Adjudication"),
            translate(
                "TeamController",
                "End blind coding? Every coder will see everyone's mark-up, and agreement and "
                "adjudication become available.",
            ),
            translate("TeamController", "Open Adjudication"),
        ):
            return False
        with user_errors(self.window):
            blinding.open_adjudication(project)
        self.read_blind()
        return not self.blind.hiding

    def _changed(self, change: ChangeSet) -> None:
        if change.project and self.window.project is not None:
            self.read_blind()

    def set_filter(self, chosen: team.CoderFilter) -> None:
        self.filter = chosen
        self.show_actions[chosen.scope].setChecked(True)
        self.update_status()
        self.window.show_source(self.window.reader.source_id, again=True)

    def ask_chosen(self) -> None:
        project = self.window.project
        if project is None:
            return
        with user_errors(self.window):
            coders = team.list_coders(project)
        ticked = self.filter.chosen if self.filter.scope == team.CoderScope.CHOSEN else set()
        items = [
            (
                c.name,
                arg(
                    translate("TeamController", "%1 (you) — %2")
                    if c.is_me
                    else translate("TeamController", "%1 — %2"),
                    c.shown_name,
                    c.annotations,
                ),
                c.name in ticked,
            )
            for c in coders
        ]
        chosen = prompts.choose_many(
            self.window,
            translate("TeamController", "Show Annotations Of"),
            translate("TeamController", "Show the annotations of these coders:"),
            items,
        )
        if chosen is None:  # cancelled: the menu goes back to what is shown
            self.show_actions[self.filter.scope].setChecked(True)
            return
        self.set_filter(team.CoderFilter(team.CoderScope.CHOSEN, frozenset(chosen)))

    # -- others' changes ---------------------------------------------------------------------

    def poll(self) -> None:
        """Ask the change feed (in a quiet worker) what others did since :attr:`cursor`."""
        project, cursor = self.window.project, self.cursor
        if project is None or cursor is None or self.polling:
            return
        self.polling = True

        def work(_progress: ProgressFn, _cancelled: CancelledFn) -> team.FeedUpdate:
            return team.changes_since(project, cursor)

        def failed(error: BaseException) -> None:
            self.polling = False
            log.warning("could not look for colleagues' changes: %s", error)
            if project is self.window.project:
                self.window.statusBar().showMessage(
                    translate(
                        "TeamController",
                        "Cannot reach the project to look for colleagues' changes; trying again",
                    ),
                    4000,
                )

        self.window.runner.start(
            translate("TeamController", "Looking for colleagues' changes"),
            work,
            lambda update: self._polled(project, update),
            failed,
            quiet=True,
        )

    def _polled(self, project: Project, update: team.FeedUpdate) -> None:
        self.polling = False
        if project is not self.window.project:  # closed or replaced meanwhile
            return
        self.cursor = update.cursor
        if update.combined is not None:
            with self.window.router.from_others():
                project.announce(update.combined)
            self.window.statusBar().showMessage(
                arg(translate("TeamController", "Updated: %1"), update.combined.label), 4000
            )
        if update.more:
            self.poll()

    # -- conflicts ---------------------------------------------------------------------------

    @contextmanager
    def based_on(self, *shown: Expectable | None) -> Iterator[None]:
        """Make the changes in this block conditional on ``shown`` (what a view showed); if
        someone else changed any of it meanwhile, say so and show its current state."""
        project = self.window.project
        if project is None:
            yield
            return
        things = [thing for thing in shown if thing is not None]
        try:
            with project.expecting(*things):
                yield
        except ConflictError as error:
            log.info("refused: %s", error)
            prompts.show_error(
                self.window, error, translate("TeamController", "Changed by Someone Else")
            )
            self.show_current(error)
        except NotFound as error:  # deleted before the change could even look at it
            log.info("refused: %s", error)
            prompts.show_error(
                self.window, error, translate("TeamController", "Changed by Someone Else")
            )
            project.announce(_as_change_set(things))

    def show_current(self, error: ConflictError) -> None:
        """Put a refused change's subject into the views as it is now (or take it out)."""
        window, current, entity_id = self.window, error.current, error.entity_id
        if window.project is None or entity_id is None:
            return
        if error.entity == "annotation":
            fresh = [current] if isinstance(current, Annotation) else []
            fresh = [a for a in self.visible(fresh) if a.source_id == window.reader.source_id]
            removed = [] if fresh else [entity_id]
            window.reader.remove_spans(removed)
            window.reader.upsert_spans(window.make_span(a) for a in fresh)
            window.annotations_panel.model_.apply(fresh, removed)
        elif error.entity == "source":
            fresh_sources = [current] if isinstance(current, Source) else []
            window.sources_panel.apply(fresh_sources, [] if fresh_sources else [entity_id])
            window.update_reader_title()
        elif error.entity == "code":
            if isinstance(current, Code):
                window.codes[entity_id] = current
            else:
                window.codes.pop(entity_id, None)
            window.codebook_panel.show_codes(window.codes.values())
            window.forget_code_styles()

    def undo_refused(self, error: ConflictError) -> None:
        """Undo met a colleague's change: offer to drop the step and go on."""
        project = self.window.project
        if project is None:
            return
        if prompts.offer_skip(self.window, error):
            label = project.skip_undo()
            if label:
                self.window.statusBar().showMessage(
                    arg(translate("TeamController", "Skipped: %1"), label), 4000
                )
        self.window.update_undo()


def _as_change_set(things: Iterable[Expectable]) -> ChangeSet:
    """A change set naming ``things``, so each view reads them again as they are now."""
    ids: dict[type, set[int]] = {Annotation: set(), Code: set(), Source: set()}
    for thing in things:
        if isinstance(thing, (Annotation, Code, Source)):
            ids[type(thing)].add(thing.id)
    return ChangeSet(
        label=translate("TeamController", "Changed by someone else"),
        annotations=frozenset(ids[Annotation]),
        codes=frozenset(ids[Code]),
        sources=frozenset(ids[Source]),
    )
