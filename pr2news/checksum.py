"""SHA-256 without loading OpenSSL: `hashlib` links libcrypto at import (~2 ms of a ~50 ms cold start),
while CPython also ships the same digest as a small built-in module. Same hex digest either way."""
try:  # CPython 3.12+ / 3.11
    from _sha2 import sha256 as _sha256
except ImportError:  # pragma: no cover - depends on the interpreter
    try:
        from _sha256 import sha256 as _sha256
    except ImportError:
        from hashlib import sha256 as _sha256


def sha256_hex(data: bytes) -> str:
    return _sha256(data).hexdigest()
