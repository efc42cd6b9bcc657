"""The compiled extraction modules: used only while they match their sources, and then they
extract exactly what the plain ones do."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from incidents import compiled

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
DATA = ROOT / "data" / "articles"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the compiled modules' sources."""
    folder = tmp_path / "incidents"
    folder.mkdir()
    for name in compiled.NATIVE_MODULES:
        shutil.copy2(compiled.PACKAGE / f"{name}.py", folder / f"{name}.py")
    return folder


def test_a_build_of_these_sources_is_fresh(package: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "SOURCES.sha256"
    manifest.write_text("\n".join(compiled.manifest_lines(package=package)) + "\n")
    assert compiled.fresh(manifest=manifest, package=package)


def test_an_edited_source_makes_the_build_stale(package: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "SOURCES.sha256"
    manifest.write_text("\n".join(compiled.manifest_lines(package=package)) + "\n")
    with (package / "segment.py").open("a", encoding="utf-8") as source:
        source.write("\n# one more line\n")
    assert not compiled.fresh(manifest=manifest, package=package)


def test_a_build_for_another_interpreter_is_stale(package: Path, tmp_path: Path) -> None:
    lines = compiled.manifest_lines(package=package)
    manifest = tmp_path / "SOURCES.sha256"
    manifest.write_text("\n".join(["interpreter .cpython-310-x86_64-linux-gnu.so", *lines[1:]]))
    assert not compiled.fresh(manifest=manifest, package=package)


def test_no_build_is_stale(package: Path, tmp_path: Path) -> None:
    assert not compiled.fresh(manifest=tmp_path / "missing", package=package)


def _in_force(**env: str) -> bool:
    done = subprocess.run(
        [sys.executable, "-c", "from incidents import compiled; print(compiled.in_force())"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **env},
    )
    return done.stdout.strip() == "True"


def test_the_plain_switch_keeps_the_plain_modules() -> None:
    assert not _in_force(INCIDENTMAP_PLAIN="1")


def test_the_compiled_modules_are_in_force_when_required() -> None:
    if os.environ.get("REQUIRE_NATIVE") == "1":
        assert compiled.fresh(), "REQUIRE_NATIVE=1 but build/native does not match the sources"
        assert compiled.in_force()
    elif not compiled.in_force():
        pytest.skip("no fresh build of the compiled modules (make setup builds it)")


def _extract(paths: list[Path], **env: str) -> list[dict[str, object]]:
    done = subprocess.run(
        [sys.executable, "-m", "incidents.cli", "extract", "--json", *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **env},
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_compiled_and_plain_modules_extract_the_same() -> None:
    if not compiled.in_force():
        pytest.skip("no fresh build of the compiled modules")
    folder = CORPUS if CORPUS.is_dir() else DATA
    paths = sorted(p for p in folder.glob("*.txt") if not p.name.endswith(".source.txt"))
    native = _extract(paths)
    plain = _extract(paths, INCIDENTMAP_PLAIN="1")
    assert len(native) > len(paths) // 2
    assert native == plain


def _unfinal_constants(source: str) -> list[str]:
    """Upper-case names bound once at module level without a `Final` annotation."""
    tree = ast.parse(source)
    bound: dict[str, int] = {}
    plain: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            plain += names
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
            if "Final" not in ast.unparse(node.annotation):
                plain += names
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        else:
            continue
        for name in names:
            bound[name] = bound.get(name, 0) + 1
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            for name in node.names:
                bound[name] = bound.get(name, 0) + 1
    return [
        name
        for name in plain
        if name.lstrip("_")[:1].isupper()
        and name.upper() == name
        and not name.startswith("__")
        and bound[name] == 1
    ]


def test_the_compiled_modules_constants_are_final() -> None:
    # mypyc keeps a Final module constant in a C static; any other module-level name is
    # looked up in the module's dict at every use, which cost the compiled run a fifth
    # of its time. A constant rebound later (a cache) stays plain.
    missing = {
        name: found
        for name in compiled.NATIVE_MODULES
        if (found := _unfinal_constants((compiled.PACKAGE / f"{name}.py").read_text("utf-8")))
    }
    assert missing == {}


def test_a_plain_constant_is_found() -> None:
    source = "\n".join(
        [
            "from typing import Final",
            "A: Final = 1",
            "_B = frozenset()",
            "C: int = 2",
            "_D = 1",
            "_D |= 2",
            "_E = 0",
            "def f():",
            "    global _E",
            "    _E = 1",
        ]
    )
    assert _unfinal_constants(source) == ["_B", "C"]
