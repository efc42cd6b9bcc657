"""A PostgreSQL server for the tests: one PostGIS template, a database cloned per test.

Creating the PostGIS extension takes about a second; cloning a database that has it takes
a fraction of that, so each test still starts from an empty database of its own.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import psycopg
from psycopg import sql

from incidents.store_postgres import database_url


@dataclass
class PgServer:
    """An administrator's connection to a server the tests may create databases on."""

    admin: psycopg.Connection[Any]
    template: str
    _names: itertools.count[int] = field(default_factory=itertools.count)

    @classmethod
    def start(cls, conninfo: str, *, on_missing: Callable[[str], None]) -> PgServer:
        """Connect and make the template; `on_missing` skips or fails when that cannot be."""
        try:
            admin = psycopg.connect(conninfo, autocommit=True, connect_timeout=10)
        except psycopg.Error as err:
            on_missing(f"cannot connect ({err})")
            raise
        server = cls(admin, f"incidentmap_test_{os.getpid()}")
        server._drop(server.template)
        server._execute("CREATE DATABASE {}", server.template)
        try:
            with psycopg.connect(conninfo, dbname=server.template, autocommit=True) as conn:
                conn.execute("CREATE EXTENSION postgis")
        except psycopg.Error as err:
            server.stop()
            on_missing(f"no PostGIS ({str(err).strip()})")
            raise
        return server

    def create_database(self, *, postgis: bool = True, owner: str | None = None) -> str:
        """A new empty database, with PostGIS (cloned from the template) or without."""
        name = f"{self.template}_{next(self._names)}"
        template = self.template if postgis else "template1"
        if owner is None:
            self._execute("CREATE DATABASE {} TEMPLATE {}", name, template)
        else:
            self._execute("CREATE DATABASE {} TEMPLATE {} OWNER {}", name, template, owner)
        return name

    def drop_database(self, name: str) -> None:
        self._drop(name)

    def url(self, dbname: str, *, user: str | None = None, password: str = "") -> str:
        """A postgresql:// URL for INCIDENTMAP_DB, with the admin's credentials or a user's."""
        url = database_url(self.admin, dbname)
        if user is None:
            return url
        parts = urlsplit(url)
        host = parts.netloc.rsplit("@", 1)[1]
        return urlunsplit(parts._replace(netloc=f"{quote(user)}:{quote(password)}@{host}"))

    def stop(self) -> None:
        self._drop(self.template)
        self.admin.close()

    def _drop(self, name: str) -> None:
        # FORCE ends sessions a test left open (a killed ingest's, a store not closed).
        self._execute("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)

    def _execute(self, statement: str, *names: str) -> None:
        self.admin.execute(sql.SQL(statement).format(*(sql.Identifier(n) for n in names)))
