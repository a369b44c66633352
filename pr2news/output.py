"""Writing outputs safely: a temporary file beside the target, then an atomic rename."""
from __future__ import annotations

import os


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path, text, encoding="utf-8"):
    """Write text to path so that readers see the old file or the whole new one, never half."""
    path = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(path))
    import tempfile  # here, not at the top: writing to stdout (a one-file conversion) never needs it (~2 ms a start)
    fd, tmp = tempfile.mkstemp(prefix=".pr2news-", suffix=".tmp", dir=directory)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual permissions
        with os.fdopen(fd, "w", encoding=encoding, newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_staged(path, text, encoding="utf-8"):
    """Write a new file in a private staging folder. No temporary name: nobody reads the staging folder, and
    the atomic step is the rename that later publishes the file. On disk before it returns."""
    with open(path, "x", encoding=encoding, newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
