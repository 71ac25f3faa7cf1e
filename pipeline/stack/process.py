"""Background service processes owned through PID files.

``up`` starts each service in its own session (process group) and records the
PID; ``down`` signals only groups it recorded and whose command line still
looks like the service, so a recycled PID is never killed by mistake.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

# A service log above this size is moved aside (one generation kept) when the
# service next starts, so a long-lived checkout does not grow it without bound.
LOG_ROTATE_BYTES = 20 * 1024 * 1024


class StackError(RuntimeError):
    """A local service failed to start or stop; the message names its log file."""


@dataclass(frozen=True)
class Service:
    name: str
    workdir: Path
    marker: str  # substring of the command line that identifies our process

    @property
    def pid_file(self) -> Path:
        return self.workdir / f"{self.name}.pid"

    @property
    def log_file(self) -> Path:
        return self.workdir / f"{self.name}.log"

    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        return pid if _is_ours(pid, self.marker) else None

    def running(self) -> bool:
        return self.pid() is not None

    def begin_log(self, rotate_bytes: int = LOG_ROTATE_BYTES) -> int:
        """Rotate a large log before a start; the offset where this run's output will begin."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        size = self.log_file.stat().st_size if self.log_file.exists() else 0
        if size <= rotate_bytes:
            return size
        self.log_file.replace(self.log_file.with_name(self.log_file.name + ".1"))
        return 0

    def start(
        self, argv: Sequence[str], *, env: dict[str, str] | None = None, cwd: Path | None = None
    ) -> subprocess.Popen[bytes]:
        self.workdir.mkdir(parents=True, exist_ok=True)
        with open(self.log_file, "ab") as log:
            proc = subprocess.Popen(
                list(argv),
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=cwd or self.workdir,
                env=env,
                start_new_session=True,
            )
        self.pid_file.write_text(f"{proc.pid}\n")
        return proc

    def stop(self, timeout_s: float = 20.0) -> bool:
        """SIGTERM the group, SIGKILL after ``timeout_s``; True if something was stopped."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        _signal_group(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and alive(pid):
            time.sleep(0.2)
        if alive(pid):
            _signal_group(pid, signal.SIGKILL)
            while alive(pid):
                time.sleep(0.1)
        self.pid_file.unlink(missing_ok=True)
        return True

    def wait_ready(self, proc: subprocess.Popen[bytes], check: Callable[[], bool], timeout_s: float, what: str) -> None:
        """Poll ``check`` until it passes; fail fast if ``proc`` exits.

        The child's own exit status is the test, not the PID file: right after the
        fork, /proc/<pid>/cmdline still shows the parent until exec, so a marker
        check there would call a healthy start a crash.
        """
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise StackError(f"{self.name} exited while starting: see {self.log_file}\n{self.log_tail()}")
            try:
                if check():
                    return
            except Exception:  # noqa: BLE001 - not ready yet, whatever the client says
                pass
            time.sleep(0.5)
        raise StackError(
            f"{self.name} did not become ready ({what}) within {timeout_s:.0f}s: see {self.log_file}\n{self.log_tail()}"
        )

    def log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log yet)"


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def alive(pid: int) -> bool:
    """Whether process ``pid`` runs (another user's counts; a zombie child of ours does not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie child of ours counts as gone
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    if state == "Z":
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass
        return False
    return True


def _is_ours(pid: int, marker: str) -> bool:
    if not alive(pid):
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except FileNotFoundError:
        return False
    return marker in cmdline


def _signal_group(pid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pid, sig)
    except ProcessLookupError:
        pass
    except PermissionError:
        os.kill(pid, sig)
