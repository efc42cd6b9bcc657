"""Build the compiled extraction modules: `python -m incidents.native [build|check]`.

mypyc compiles `incidents.compiled.NATIVE_MODULES` into `build/native/incidents/`; the
manifest of the sources' hashes is written last, so that a failed or interrupted build is
never taken for a good one (`incidents.compiled.fresh`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from incidents.compiled import (
    BUILD,
    FOLDER,
    GROUP,
    NATIVE_MODULES,
    ROOT,
    extension_suffix,
    fresh,
    manifest_lines,
)


class NativeBuildError(RuntimeError):
    """mypyc or the C compiler failed; the plain modules stay in use."""


def build(*, build_dir: Path = BUILD, quiet: bool = True) -> None:
    """Compile `NATIVE_MODULES` with mypyc into `build_dir` and write the manifest last,
    so that a failed or interrupted build is never taken for a good one."""
    import os  # (the build's own needs stay out of the package's import)
    import shutil
    import subprocess
    import tempfile

    target = build_dir / "incidents"
    manifest = build_dir / "SOURCES.sha256"
    manifest.unlink(missing_ok=True)
    lines = manifest_lines()
    with tempfile.TemporaryDirectory(prefix="incidentmap-native-") as scratch:
        setup = Path(scratch) / "setup.py"
        setup.write_text(_SETUP.format(group=GROUP, modules=list(NATIVE_MODULES)), encoding="utf-8")
        command = [
            sys.executable,
            str(setup),
            "build_ext",
            "--build-lib",
            str(Path(scratch) / "lib"),
            "--build-temp",
            str(Path(scratch) / "temp"),
        ]
        done = subprocess.run(
            command,
            cwd=ROOT,
            capture_output=quiet,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            check=False,
        )
        if done.returncode != 0:
            tail = (done.stderr or done.stdout or "")[-3000:] if quiet else ""
            raise NativeBuildError(f"mypyc build failed (exit {done.returncode})\n{tail}")
        built = sorted((Path(scratch) / "lib" / "incidents").glob("*" + extension_suffix()))
        if not built:
            raise NativeBuildError("mypyc build produced no extension modules")
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        for path in built:
            shutil.copy2(path, target / path.name)
    if manifest_lines() != lines:
        raise NativeBuildError("the sources changed during the build; build again")
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")


# Run by `build` in a scratch folder, from the project root (mypyc reads the project's
# mypy settings there).
_SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="incidents-native",
    ext_modules=mypycify(
        [f"incidents/{{name}}.py" for name in {modules!r}],
        group_name={group!r},
    ),
    script_args=__import__("sys").argv[1:],
)
"""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["check"]:
        state = "fresh" if fresh() else "stale or missing"
        print(f"compiled modules: {state} ({BUILD})")
        return 0 if fresh() else 1
    if args not in ([], ["build"]):
        print("usage: python -m incidents.native [build|check]", file=sys.stderr)
        return 2
    if fresh():
        print(f"compiled modules: fresh ({BUILD})")
        return 0
    try:
        build(quiet=True)
    except NativeBuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"compiled modules: built {len(NATIVE_MODULES)} into {FOLDER}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
