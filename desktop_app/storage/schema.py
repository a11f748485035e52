"""The project database schema as SQLAlchemy 2.x typed ORM models.

Alembic migrations in ``db/versions`` create exactly this schema (a test compares them). The SQL
stays portable: nothing here or in the queries is SQLite-only, so the same project can live on
PostgreSQL. Children are deleted explicitly by the storage layer (not by ``ON DELETE CASCADE``) so
every removed row passes through the change log that undo replays.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# The Alembic revision this schema corresponds to (the head of db/versions). Opening a project
# at this revision needs no Alembic at all; tests/storage/test_migrations.py keeps them equal.
SCHEMA_REVISION = "0006"

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


SETTING_KEY_CHARS = 64  # the longest key a project setting can have (PostgreSQL enforces it)


class ProjectSetting(Base):
    """Key/value facts about the project itself: name, GUID, creation time."""

    __tablename__ = "project_settings"

    key: Mapped[str] = mapped_column(String(SETTING_KEY_CHARS), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Coder(Base):
    __tablename__ = "coders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[str] = mapped_column(String(32))
    # On a server, the database role (login) this coder signs in as; None in a project file.
    db_role: Mapped[str | None] = mapped_column(String(200), default=None)


class SourceRow(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    outlet: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[str] = mapped_column(String(40), default="")
    url: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(40), default="")
    original_name: Mapped[str] = mapped_column(Text, default="")
    file_format: Mapped[str] = mapped_column(String(16), default="")
    # Unique: the same bytes are one source (two imports at once cannot both add them).
    sha256: Mapped[str] = mapped_column(String(64), index=True, unique=True)
    imported_at: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="todo")
    characters: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # The case- and diacritic-folded text (desktop_app.domain.textfold) so project-wide search
    # can narrow to matching sources in SQL on SQLite and PostgreSQL alike.
    folded_text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Optimistic concurrency and authorship (see storage.transaction): the version goes up by
    # one in every transaction that changes the row or its variables.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("coders.id"), default=None)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("coders.id"), default=None)


class OutletRow(Base):
    """An outlet (desktop_app.domain.outlets): a source belongs to the one its ``outlet`` text
    names, under the name or an alias (compared folded, so no foreign key)."""

    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(500), unique=True)
    country: Mapped[str] = mapped_column(String(200), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    type: Mapped[str] = mapped_column(String(32), default="")
    groups: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)


class SourceVariable(Base):
    """Further metadata kept per source (REFI-QDA variables, importer findings)."""

    __tablename__ = "source_variables"

    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class CodeRow(Base):
    __tablename__ = "codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("codes.id"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(16))
    color: Mapped[str] = mapped_column(String(9), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    category: Mapped[str] = mapped_column(String(200), default="")
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    role: Mapped[str] = mapped_column(Text, default="")
    affiliation: Mapped[str] = mapped_column(Text, default="")
    side: Mapped[str] = mapped_column(String(100), default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("coders.id"), default=None)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("coders.id"), default=None)
    created_at: Mapped[str | None] = mapped_column(String(32), default=None)
    updated_at: Mapped[str | None] = mapped_column(String(32), default=None)


class AnnotationRow(Base):
    __tablename__ = "annotations"
    # The reader lists a source's annotations in text order: one index serves both the
    # filter and the sort.
    __table_args__ = (Index("ix_annotations_source_id_start", "source_id", "start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id"))  # who created it
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    # The version goes up by one in every transaction that changes the span or its codes.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("coders.id"), default=None)
    # Where the span came from when Parley proposed it and the analyst accepted it:
    # "suggestion:<kind>:<rule>" (e.g. "suggestion:mention:lemma"); None for mark-up by hand.
    origin: Mapped[str | None] = mapped_column(String(200), default=None)


class AnnotationCode(Base):
    __tablename__ = "annotation_codes"
    __table_args__ = (Index("ix_annotation_codes_code_id", "code_id"),)

    annotation_id: Mapped[int] = mapped_column(ForeignKey("annotations.id"), primary_key=True)
    code_id: Mapped[int] = mapped_column(ForeignKey("codes.id"), primary_key=True)


class LinkRow(Base):
    __tablename__ = "links"
    __table_args__ = (UniqueConstraint("from_id", "to_id", "relation"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True)
    from_id: Mapped[int] = mapped_column(ForeignKey("annotations.id"), index=True)
    to_id: Mapped[int] = mapped_column(ForeignKey("annotations.id"), index=True)
    relation: Mapped[str] = mapped_column(String(100), default="responds to")
    created_at: Mapped[str] = mapped_column(String(32))


class CaseRow(Base):
    """A REFI-QDA case: a named group of sources (e.g. one outlet, one event)."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")


class CaseSource(Base):
    __tablename__ = "case_sources"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), primary_key=True)


class RejectedSuggestion(Base):
    """A suggestion the analyst turned down: never proposed again for this source, span, kind
    and codes (``codes`` holds the code ids ascending, comma-separated: "12,40"). Rejecting is
    an operation like any other, so undo brings the suggestion back."""

    __tablename__ = "rejected_suggestions"
    __table_args__ = (UniqueConstraint("source_id", "start", "end", "kind", "codes"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    codes: Mapped[str] = mapped_column(String(400))
    rule: Mapped[str] = mapped_column(String(100), default="")
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id"), default=None)
    rejected_at: Mapped[str] = mapped_column(String(32))


class ChangeRow(Base):
    """The change feed: one row per committed operation (undo and redo included), so other
    windows on the same project can find out what to refresh. Appended outside the undo log and
    never replayed; ``entities`` holds the ids touched, by kind (see services.team)."""

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(32))
    coder: Mapped[str] = mapped_column(String(200), default="")
    session: Mapped[str] = mapped_column(String(36), default="")
    label: Mapped[str] = mapped_column(Text, default="")
    undo: Mapped[bool] = mapped_column(Boolean, default=False)
    entities: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


TABLES_BY_NAME = {table.name: table for table in Base.metadata.sorted_tables}
