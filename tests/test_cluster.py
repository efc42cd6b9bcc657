"""Batch ingest on Dask: the store a serial ingest makes, bad files skipped, no dask if serial."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from gazetteer.match import Gazetteer
from incidents import cluster
from incidents.cli import main
from incidents.ingest import ingest_paths
from incidents.store import Store, open_stores
from tests.conftest import store_rows as dump

# Short reports in the style of Arabic war reporting on Afghanistan, written for this test.
REPORTS = {
    "r1": "قتل خمسة من عناصر الشرطة الأفغانية وأصيب ثلاثة آخرون في هجوم شنه مسلحو حركة طالبان "
    "على نقطة تفتيش في مديرية مرجه بولاية هلمند جنوب البلاد فجر اليوم. وأعلن المتحدث باسم "
    "الحركة قاري يوسف أحمدي مسؤولية الحركة عن الهجوم.\n",
    "r2": "أفادت مصادر محلية بأن طائرة أمريكية بدون طيار قصفت سيارة في مديرية نازيان بولاية "
    "ننجرهار شرق أفغانستان، ما أسفر عن مقتل أربعة مسلحين يشتبه في انتمائهم لتنظيم داعش.\n",
    "r3": "انفجرت عبوة ناسفة على جانب الطريق لدى مرور آلية عسكرية للجيش الأفغاني في مديرية "
    "أرغنداب بولاية قندهار، وقال مسؤول في الشرطة إن جنديين قتلا في الانفجار أمس.\n",
    "r4": "هاجم مقاتلو الإمارة الإسلامية مركزا للشرطة في مديرية قره باغ بولاية غزني ليلة أمس، "
    "واستمرت الاشتباكات عدة ساعات، وقال ذبيح الله مجاهد إن عشرة من الجنود قتلوا وغنم "
    "المجاهدون أسلحة خفيفة وثقيلة.\n",
    "r5": "فجر انتحاري سيارته المفخخة قرب قاعدة عسكرية في مديرية سركانو بولاية كنر، وأعلنت "
    "وزارة الداخلية مقتل ثلاثة مدنيين وإصابة سبعة آخرين.\n",
}


def write_folder(folder: Path) -> Path:
    """Reports, a long report first (so its task finishes last), a repeat, a sidecar, a bad file."""
    folder.mkdir()
    long_report = "".join(REPORTS.values()) * 40
    (folder / "a00-long.txt").write_text(long_report, encoding="utf-8")
    for name, text in REPORTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "r3.source.txt").write_text("published: 2014-06-02\n", encoding="utf-8")
    (folder / "r4.txt").write_bytes(REPORTS["r4"].encode("cp1256"))
    (folder / "r6-repeat.txt").write_text(REPORTS["r2"], encoding="utf-8")
    (folder / "r7-bad.bin").write_bytes(b"\x00\xff\x10" * 300)
    return folder


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with cluster.connect(workers=2) as c:
        yield c


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_folder(tmp_path_factory.mktemp("cluster") / "in")


def files(folder: Path) -> list[Path]:
    return sorted(folder.iterdir())


def test_two_workers_store_exactly_what_serial_stores(client, folder, gaz, tmp_path, monkeypatch):
    with Store.open(tmp_path / "serial.db") as s:
        serial_bar = io.StringIO()
        serial = ingest_paths(s, files(folder), gazetteer=gaz, progress=serial_bar)
    # The gazetteer stays on the workers: pickling one here would fail the batch.
    monkeypatch.setattr(Gazetteer, "__reduce_ex__", lambda *_: pytest.fail("gazetteer shipped"))
    with Store.open(tmp_path / "dask.db") as s:
        dask_bar = io.StringIO()
        parallel = cluster.ingest_paths(s, files(folder), client=client, progress=dask_bar, chunk=1)
    assert (serial.new, serial.present, serial.incidents) == (6, 1, serial.incidents)
    assert serial.incidents > 6
    assert [Path(p).name for p, _ in serial.rejected] == ["r7-bad.bin"]
    assert parallel == serial
    assert dump(tmp_path / "dask.db") == dump(tmp_path / "serial.db")
    assert dask_bar.getvalue() == serial_bar.getvalue()


# Run in a fresh process: this one may hold stores opened by other tests (the app's
# cached connection), and then never forks its workers.
FORK_CHECK = """
import os, signal, sys, time
from pathlib import Path
from incidents import cluster
from incidents.store import Store

def preloaded():  # on a worker: forked with the gazetteer loaded, or spawned without it
    import gazetteer.match
    return gazetteer.match._DEFAULT is not None

def main(db):
    with cluster.connect(workers=1) as c:
        print("no store open:", list(c.run(preloaded).values()))
    with Store.open(db), cluster.connect(workers=1) as c:
        print("store open:", list(c.run(preloaded).values()))
    with cluster.connect(workers=1) as c, Store.open(db):
        [killed] = c.run(os.getpid).values()
        os.kill(killed, signal.SIGKILL)  # its nanny starts a new worker process
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            now = list(c.run(lambda: (os.getpid(), preloaded()), on_error="ignore").values())
            if now and now[0][0] != killed:
                break
            time.sleep(0.1)
        print("restarted after the store opened:", [loaded for _, loaded in now])

if __name__ == "__main__":
    main(Path(sys.argv[1]))
"""


def test_workers_are_forked_only_from_a_process_holding_no_store(tmp_path):
    script = tmp_path / "fork_check.py"
    script.write_text(FORK_CHECK, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "open.db")],
        capture_output=True,
        text=True,
        check=False,
        timeout=240,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert out.stdout.splitlines() == [
        "no store open: [True]",  # forked, the gazetteer inherited
        "store open: [False]",  # spawned: no worker may inherit a connection
        "restarted after the store opened: [False]",  # a nanny's restart spawns too
    ], out.stderr


def test_cli_opens_the_store_after_the_workers_started(client, folder, tmp_path, monkeypatch):
    seen = []

    @contextmanager
    def connect(**_: object) -> Iterator[object]:
        seen.append(open_stores())
        yield client

    monkeypatch.setattr(cluster, "connect", connect)
    before = open_stores()  # other tests' stores may be open in this process
    db = str(tmp_path / "w.db")
    assert main(["ingest", "--quiet", "--db", db, "--workers", "2", str(folder)]) == 2
    assert seen == [before]


def test_each_worker_loads_the_gazetteer_once(client, folder, tmp_path):
    for name in ("one", "two"):
        with Store.open(tmp_path / f"{name}.db") as s:
            cluster.ingest_paths(s, files(folder), client=client, chunk=1)
        if name == "one":
            first = client.run(lambda: id(cluster.worker_gazetteer()))
    assert len(first) == 2
    assert client.run(lambda: id(cluster.worker_gazetteer())) == first


def test_a_rerun_on_workers_stores_nothing_twice(client, folder, tmp_path):
    with Store.open(tmp_path / "again.db") as s:
        first = cluster.ingest_paths(s, files(folder), client=client)
        again = cluster.ingest_paths(s, files(folder), client=client)
    assert (again.new, again.present, again.incidents) == (0, first.new + first.present, 0)


def test_cli_scheduler_sends_the_work_to_a_running_cluster(client, folder, tmp_path, capsys):
    db = tmp_path / "sched.db"
    address = client.scheduler.address
    assert main(["ingest", "--quiet", "--db", str(db), "--scheduler", address, str(folder)]) == 2
    err = capsys.readouterr().err
    assert "r7-bad.bin: " in err
    assert "articles new 6, already present 1, rejected 1" in err
    assert main(["ingest", "--quiet", "--db", str(tmp_path / "s.db"), str(folder)]) == 2
    assert dump(db) == dump(tmp_path / "s.db")


def run_cli(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=240
    )


def test_cli_workers_and_a_serial_run_that_never_imports_dask(folder, tmp_path):
    serial, parallel = tmp_path / "serial.db", tmp_path / "workers.db"
    out = run_cli(
        "import sys\nfrom incidents.cli import main\n"
        f"code = main(['ingest', '--quiet', '--db', {str(serial)!r}, {str(folder)!r}])\n"
        "assert not any(m.split('.')[0] in {'dask', 'distributed'} for m in sys.modules)\n"
        "sys.exit(code)\n"
    )
    assert out.returncode == 2, out.stderr
    out = run_cli(
        "import sys\nfrom incidents.cli import main\n"
        "if __name__ == '__main__':\n"
        f"    sys.exit(main(['ingest', '--workers', '2', '--db', {str(parallel)!r}, "
        f"{str(folder)!r}]))\n"
    )
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr
    assert "8/8 r7-bad.bin" in out.stderr
    assert "articles new 6, already present 1, rejected 1" in out.stderr
    assert dump(parallel) == dump(serial)


def test_workers_must_be_one_or_more(tmp_path, capsys):
    assert main(["ingest", "--workers", "0", "--db", str(tmp_path / "x.db"), "x"]) == 1
    assert "--workers" in capsys.readouterr().err


def test_tasks_shrink_as_the_batch_runs_out():
    batch = [Path(f"a{i:03d}.txt") for i in range(640)]
    chunks = cluster.plan_chunks(batch, threads=2)
    assert [p for chunk in chunks for p in chunk] == batch  # every file once, in order
    sizes = [len(c) for c in chunks]
    assert sizes[0] == cluster.LARGEST_CHUNK
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-1] <= cluster.SMALLEST_CHUNK
    assert len(chunks) < 640 // 16  # fewer tasks than fixed chunks of 16
    assert [len(c) for c in cluster.plan_chunks(batch[:10], threads=2, chunk=3)] == [3, 3, 3, 1]


def test_spawned_workers_do_not_run_the_parents_main_script_again(tmp_path, monkeypatch):
    # A Streamlit page run in this process leaves itself as __main__, a module with a file
    # and no import name: a spawned worker would run it again (and fail, here).
    import types

    page = tmp_path / "page.py"
    page.write_text("raise SystemExit('the page ran again')\n", encoding="utf-8")
    fake = types.ModuleType("__main__")
    fake.__file__ = str(page)
    monkeypatch.setitem(sys.modules, "__main__", fake)
    with Store.open(tmp_path / "open.db"):  # a store open here: workers are spawned
        assert not cluster.may_fork()
        with cluster.connect(workers=1) as c:
            assert c.submit(sum, [1, 2]).result(timeout=120) == 3
    assert sys.modules["__main__"] is fake
