"""The one domain exception: input that cannot be turned into an article."""


class ConversionError(Exception):
    """Unusable input. Carries the file (or None for standard input) and a one-line reason."""

    def __init__(self, path, reason, trace=()):
        self.path = path
        self.reason = reason
        self.trace = trace  # what each line was taken for, when the text was read but nothing was kept
        super().__init__(f"{path if path is not None else '<stdin>'}: {reason}")
