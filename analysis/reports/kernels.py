"""One warm Jupyter kernel per build worker, reused (and reset) for every report it runs."""

from __future__ import annotations

import logging
from multiprocessing import util

from analysis import config

log = logging.getLogger(__name__)

START_TIMEOUT_S = 60  # seconds for a kernel to start and answer
WARM_UP_TIMEOUT_S = 180  # seconds for the imports of the analysis stack
# Run once in each worker's kernel: die with the worker (Linux PR_SET_PDEATHSIG = 1), then
# import what every report imports, so no report pays for a kernel start or these imports.
WARM_UP = """\
import ctypes, signal
try:
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)
except OSError:
    pass
import matplotlib, pandas, patsy, scipy, seaborn
import analysis.curated.tables, analysis.reports.htmltable, analysis.viz.catalog
import analysis.stats.gain_models, analysis.stats.scaling_study
"""
# Run before each report: a clean namespace, no open figure and tables numbered from 1, as in
# a fresh kernel (the imported modules stay: they are pure, and reading the tables happens in
# the notebook). tests/reports/test_kernels.py compares a reused kernel's report with a fresh one.
RESET = """\
get_ipython().run_line_magic("reset", "-f")
import matplotlib.pyplot as _plt
import analysis.reports.htmltable as _tables
_plt.close("all")
_tables.reset_ids()
del _plt, _tables
"""

_kernel = None  # this worker's KernelManager, once started


def _run(manager, code: str, *, timeout: float) -> None:
    """Execute code in the kernel; raise RuntimeError with the kernel's error if it fails."""
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=START_TIMEOUT_S)
        reply = client.execute_interactive(code, timeout=timeout, output_hook=lambda _: None)
    finally:
        client.stop_channels()
    content = reply["content"]
    if content["status"] != "ok":
        raise RuntimeError(f"{content.get('ename')}: {content.get('evalue')}")


def start() -> None:
    """Start and warm this worker's kernel; it is shut down when the worker exits."""
    from jupyter_client.manager import KernelManager  # the worker's import, not the build's

    global _kernel
    manager = KernelManager(kernel_name=config.KERNEL_NAME)
    manager.start_kernel(cwd=str(config.NOTEBOOKS_DIR))
    _run(manager, WARM_UP, timeout=WARM_UP_TIMEOUT_S)
    _kernel = manager
    util.Finalize(None, shutdown, exitpriority=10)  # multiprocessing skips atexit in workers


def ready():
    """This worker's kernel, reset for the next report (None when the worker has none, or
    when it died: the caller then lets papermill start a fresh one)."""
    global _kernel
    if _kernel is None:
        return None
    if not _kernel.is_alive():
        log.warning("the worker's kernel died; the next report starts a fresh one")
        _kernel = None
        return None
    _run(_kernel, RESET, timeout=START_TIMEOUT_S)
    return _kernel


def shutdown() -> None:
    """Stop this worker's kernel (called when the worker exits)."""
    global _kernel
    if _kernel is not None:
        try:
            _kernel.shutdown_kernel(now=True)
        except Exception as exc:  # noqa: BLE001  a worker exiting must not fail on cleanup
            log.debug("kernel shutdown: %r", exc)
        _kernel = None
