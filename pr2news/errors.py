"""The one domain exception: input that cannot be turned into an article."""


class ConversionError(Exception):
    """Unusable input. Carries the file (or None for standard input) and a one-line reason."""

    def __init__(self, path, reason):
        self.path = path
        self.reason = reason
        super().__init__(f"{path if path is not None else '<stdin>'}: {reason}")
