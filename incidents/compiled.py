"""Whether the extraction modules run compiled, and from which build.

The modules that read an article (`NATIVE_MODULES`) are plain, fully typed Python; mypyc
turns them into C extension modules (`python -m incidents.native`, into `build/native/`,
never committed) that run the same rules about 1.8x faster. Their module constants are
declared `Final`, which mypyc keeps in C statics; any other module-level name is looked up
in the module's dict at every use (`tests/test_native.py` checks it). At import,
`incidents/__init__.py` puts the build's folder ahead of the package's own only when the
manifest the build wrote last matches every source's SHA-256 and this interpreter: an
edited module, a missing or interrupted build or another Python means the plain modules
run, with the same results, more slowly; `INCIDENTMAP_PLAIN=1` asks for the plain ones.
`in_force()` tells which (the benchmarks print it; CI requires it).
"""

from __future__ import annotations

import hashlib
import os
import sysconfig
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
BUILD = ROOT / "build" / "native"
FOLDER = BUILD / "incidents"  # what goes ahead of the package's __path__
MANIFEST = BUILD / "SOURCES.sha256"
GROUP = "incidents.native"  # the shared library: incidents/native__mypyc.<suffix>

# Every module an article goes through between its text and its incidents. The records,
# the store, the CLI and the app stay plain: they are not where the time goes, and they
# are pickled, patched and subclassed by the rest of the tree.
NATIVE_MODULES = (
    "background",
    "casualties",
    "clauses",
    "dates",
    "events",
    "eventtypes",
    "extract",
    "lexicon",
    "locate",
    "mentions",
    "numbers",
    "roles",
    "segment",
    "text",
    "tokens",
    "words",
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def extension_suffix() -> str:
    """The file ending of this interpreter's extension modules (".cpython-311-x86_64-linux-
    gnu.so"): a build for another Python is not this one's."""
    return str(sysconfig.get_config_var("EXT_SUFFIX"))


def manifest_lines(*, package: Path = PACKAGE) -> list[str]:
    """What a build of the current sources writes: the interpreter, then one
    "<sha256>  <module>.py" line per compiled module."""
    return [f"interpreter {extension_suffix()}"] + [
        f"{_digest(package / f'{name}.py')}  {name}.py" for name in NATIVE_MODULES
    ]


def fresh(*, manifest: Path = MANIFEST, package: Path = PACKAGE) -> bool:
    """Whether the build matches every source and this interpreter."""
    try:
        built = manifest.read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    return built == manifest_lines(package=package)


def wanted() -> bool:
    """Whether to use a fresh build: not with `INCIDENTMAP_PLAIN` set to anything but
    "" or "0" (to compare the two, or to debug the plain modules)."""
    return os.environ.get(PLAIN_SWITCH, "") in ("", "0")


PLAIN_SWITCH = "INCIDENTMAP_PLAIN"


def in_force() -> bool:
    """Whether the compiled modules are the ones imported (not merely built)."""
    from incidents import segment  # (after the package chose its path)

    return Path(segment.__file__ or "").suffix != ".py"
