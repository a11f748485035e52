"""Outlets as entities: name, country, languages, type, groups, notes, other spellings, domains.

Every outlet name the project's sources already give becomes an outlet (spellings that differ
only in case, diacritics or blanks are one, under the first one's name), with the web domains of
those sources' URLs, so a project upgraded keeps grouping its sources as before and matches new
imports by site name or domain.

Revision ID: 0006
Revises: 0005 (re-chained after 0005 when the branches meet)
Create Date: 2026-12-07
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from urllib.parse import urlsplit

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _key(name: str) -> str:
    # desktop_app.domain.outlets.outlet_key, frozen here as migrations must not move with it
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


def _domain(url: str) -> str:
    text = url.strip()
    if not text:
        return ""
    try:
        host = urlsplit(text if "://" in text else "//" + text).hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".").removeprefix("www.")


def upgrade() -> None:
    connection = op.get_bind()
    if "outlets" in sa.inspect(connection).get_table_names():
        return  # a project whose recorded revision was set back by hand: the table is there
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("country", sa.String(length=200), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("groups", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("domains", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outlets")),
        sa.UniqueConstraint("guid", name=op.f("uq_outlets_guid")),
        sa.UniqueConstraint("name", name=op.f("uq_outlets_name")),
    )
    found: dict[str, tuple[str, list[str]]] = {}
    rows = connection.execute(
        sa.text("SELECT outlet, url FROM sources WHERE outlet <> '' ORDER BY position, id")
    )
    for outlet, url in rows:
        name = " ".join(outlet.split())
        if not name:
            continue
        _, domains = found.setdefault(_key(name), (name, []))
        domain = _domain(url or "")
        if domain and domain not in domains:
            domains.append(domain)
    for name, domains in found.values():
        connection.execute(
            sa.text(
                "INSERT INTO outlets (guid, name, country, languages, type, groups, notes, "
                "aliases, domains) VALUES (:guid, :name, '', '[]', '', '[]', '', '[]', :domains)"
            ),
            {"guid": str(uuid.uuid4()), "name": name, "domains": json.dumps(domains)},
        )


def downgrade() -> None:
    op.drop_table("outlets")
