"""The type stubs (warta/_warta.pyi) match the compiled module (mypy's stubtest)."""

import os
import subprocess
import sys

import pytest


def test_stubtest():
    pytest.importorskip("mypy.stubtest")
    # Run outside the repository so `warta` is the installed package.
    run = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "warta"],
        capture_output=True,
        text=True,
        cwd=os.path.dirname(os.path.abspath(sys.executable)),
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
