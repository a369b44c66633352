"""Shared test helpers: where ../shared is, and the article schema validator."""
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
REAL = SHARED / "real"


@pytest.fixture(scope="session")
def corpus_dir():
    if not (CORPUS / "gold").is_dir():
        pytest.skip("../shared/corpus is not here")
    return CORPUS


@pytest.fixture(scope="session")
def real_dir():
    """../shared/real: Korean agency files as published (HWPX, HWP, PDF) with gold labels."""
    if not (REAL / "gold").is_dir():
        pytest.skip("../shared/real is not here")
    return REAL


@pytest.fixture(scope="session")
def validate():
    """Validate an article dict against the project's schema (and the shared contract when present)."""
    jsonschema = pytest.importorskip("jsonschema")
    from pr2news.schema import article_schema
    validators = [jsonschema.Draft202012Validator(article_schema())]
    contract = SHARED / "spec" / "article.schema.json"
    if contract.is_file():
        validators.append(jsonschema.Draft202012Validator(json.loads(contract.read_text(encoding="utf-8"))))

    def check(data):
        for validator in validators:
            errors = sorted(validator.iter_errors(data), key=str)
            assert not errors, "; ".join(e.message for e in errors[:3])
        return data
    return check


@pytest.fixture(scope="session")
def scorer():
    """../shared/tools/score.py as a module (its score_doc, input_lines, ...), or a clean skip."""
    import importlib.util
    path = SHARED / "tools" / "score.py"
    if not path.is_file():
        pytest.skip("../shared/tools/score.py is not here")
    spec = importlib.util.spec_from_file_location("pr2news_dev_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
