"""setup.cfg holds the metadata; this only adds the top-level templates/ folder as the package
pr2news.templates (mapped in setup.cfg's package_dir), which `packages = find:` cannot list."""
from setuptools import find_packages, setup

setup(packages=find_packages(include=["pr2news", "pr2news.*"]) + ["pr2news.templates"])
